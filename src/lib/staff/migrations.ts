/**
 * The back office's tables and columns, as numbered migrations per dialect (run by the server
 * core in the order of every feature's versions, src/lib/server/schema.ts; never edited once
 * released: a change is a new migration with the next unused version).
 */
import { sqlStatements, type MigrationList } from '../server/migrations.ts';

/**
 * Version 2, the staff back office (src/lib/staff/): staff accounts (scrypt hash, failed sign-in
 * count and lock), their sessions (the hash of the cookie's id, its CSRF token, its expiry), and
 * an index for the inbox's office filter. Internal notes are history entries (action "note");
 * forwarded-to and answer are columns of version 1.
 */
const STAFF_SQLITE = `
CREATE TABLE staff_accounts (
	id INTEGER PRIMARY KEY,
	email TEXT NOT NULL UNIQUE,
	password_hash TEXT NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	failed_attempts INTEGER NOT NULL DEFAULT 0,
	locked_until TEXT,
	last_sign_in_at TEXT
);

CREATE TABLE staff_sessions (
	id_hash TEXT PRIMARY KEY,
	account_id INTEGER NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
	csrf_token TEXT NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
CREATE INDEX submissions_office ON submissions (office_id, received_at);
`;

const STAFF_POSTGRES = `
CREATE TABLE staff_accounts (
	id BIGSERIAL PRIMARY KEY,
	email TEXT NOT NULL UNIQUE,
	password_hash TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	failed_attempts INTEGER NOT NULL DEFAULT 0,
	locked_until TIMESTAMPTZ,
	last_sign_in_at TIMESTAMPTZ
);

CREATE TABLE staff_sessions (
	id_hash TEXT PRIMARY KEY,
	account_id BIGINT NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
	csrf_token TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
CREATE INDEX submissions_office ON submissions (office_id, received_at);
`;

/**
 * Version 5, mail written in the back office: the answer sent to the visitor ("reply") and an item
 * forwarded to a member, an office or a colleague ("forward"). SQLite cannot change a CHECK
 * constraint in place and no table refers to the outbox: it is copied into a new table.
 */
const STAFF_MAIL_SQLITE = `
CREATE TABLE outbox_v5 (
	id INTEGER PRIMARY KEY,
	submission_id INTEGER REFERENCES submissions (id) ON DELETE SET NULL,
	kind TEXT NOT NULL CHECK (kind IN ('office', 'acknowledgement', 'digest', 'newsletter', 'reply', 'forward')),
	recipient TEXT NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	created_at TEXT NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TEXT NOT NULL,
	last_error TEXT,
	sent_at TEXT,
	headers TEXT,
	subscriber_id INTEGER REFERENCES newsletter_subscribers (id) ON DELETE CASCADE
);
INSERT INTO outbox_v5 SELECT id, submission_id, kind, recipient, subject, body, created_at,
	attempts, next_attempt_at, last_error, sent_at, headers, subscriber_id FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v5 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_subscriber ON outbox (subscriber_id) WHERE subscriber_id IS NOT NULL;
`;

const STAFF_MAIL_POSTGRES = `
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
	CHECK (kind IN ('office', 'acknowledgement', 'digest', 'newsletter', 'reply', 'forward'));
`;

/**
 * Version 6, items typed in by staff (issue 24): where each came from (`source`: the web form, a
 * paper form or questionnaire, an oral remark from the cahier de liaison, an online review), the
 * day of the visit or of the review it tells of (`dated_at`, which the synthesis counts it by; the
 * day of receipt when unset) and who typed it (`entered_by`, a staff e-mail). Columns with a
 * constant default are added in place in both dialects. And the log of the erasures of one
 * person's data done on request (src/lib/staff/erasure.ts): who, when, how many rows of each
 * table — never what was erased.
 */
const STAFF_ENTRY_SQLITE = `
ALTER TABLE submissions ADD COLUMN source TEXT NOT NULL DEFAULT 'web'
	CHECK (source IN ('web', 'paper', 'oral', 'review'));
ALTER TABLE submissions ADD COLUMN dated_at TEXT;
ALTER TABLE submissions ADD COLUMN entered_by TEXT;
CREATE INDEX submissions_dated ON submissions (dated_at) WHERE dated_at IS NOT NULL;
CREATE INDEX submissions_contact_email ON submissions (LOWER(contact_email))
	WHERE contact_email IS NOT NULL;

CREATE TABLE erasures (
	id INTEGER PRIMARY KEY,
	at TEXT NOT NULL,
	actor TEXT NOT NULL,
	counts TEXT NOT NULL
);
`;

const STAFF_ENTRY_POSTGRES = `
ALTER TABLE submissions ADD COLUMN source TEXT NOT NULL DEFAULT 'web'
	CHECK (source IN ('web', 'paper', 'oral', 'review'));
ALTER TABLE submissions ADD COLUMN dated_at TIMESTAMPTZ;
ALTER TABLE submissions ADD COLUMN entered_by TEXT;
CREATE INDEX submissions_dated ON submissions (dated_at) WHERE dated_at IS NOT NULL;
CREATE INDEX submissions_contact_email ON submissions (LOWER(contact_email))
	WHERE contact_email IS NOT NULL;

CREATE TABLE erasures (
	id BIGSERIAL PRIMARY KEY,
	at TIMESTAMPTZ NOT NULL,
	actor TEXT NOT NULL,
	counts JSONB NOT NULL
);
`;

/**
 * Version 7, accounts managed in the back office (src/lib/staff/accounts.ts): a person's name and
 * office, a role (an administrator invites and manages colleagues; the accounts made before with
 * `npm run staff:add` become administrators), deactivation; single-use tokens (their SHA-256
 * only) of the links that set a password, from an invitation or a reset; and the outbox kind of
 * their mail ("account"), and the office's daily reminder ("reminder"). An invited account has no password yet (an empty hash, which matches
 * none). Items are assigned to a person (an account) or an office. The office's reply templates
 * (src/lib/staff/templates.ts), a French and an English text each. Like version 5, SQLite copies
 * the outbox to change its CHECK constraint.
 */
const STAFF_ACCOUNTS_SQLITE = `
ALTER TABLE staff_accounts ADD COLUMN name TEXT;
ALTER TABLE staff_accounts ADD COLUMN office_id TEXT;
ALTER TABLE staff_accounts ADD COLUMN role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'admin'));
ALTER TABLE staff_accounts ADD COLUMN deactivated_at TEXT;
UPDATE staff_accounts SET role = 'admin';

CREATE TABLE staff_tokens (
	token_hash TEXT PRIMARY KEY,
	account_id INTEGER NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
	purpose TEXT NOT NULL CHECK (purpose IN ('invite', 'reset')),
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
);
CREATE INDEX staff_tokens_account ON staff_tokens (account_id, created_at);

ALTER TABLE submissions ADD COLUMN assigned_account_id INTEGER REFERENCES staff_accounts (id) ON DELETE SET NULL;
ALTER TABLE submissions ADD COLUMN assigned_office_id TEXT;
CREATE INDEX submissions_assigned ON submissions (assigned_account_id, assigned_office_id);

CREATE TABLE reply_templates (
	id INTEGER PRIMARY KEY,
	kind TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion')),
	title TEXT NOT NULL,
	body_fr TEXT NOT NULL,
	body_en TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	updated_by TEXT NOT NULL
);

CREATE TABLE outbox_v7 (
	id INTEGER PRIMARY KEY,
	submission_id INTEGER REFERENCES submissions (id) ON DELETE SET NULL,
	kind TEXT NOT NULL CHECK (kind IN ('office', 'acknowledgement', 'digest', 'newsletter', 'reply', 'forward', 'account', 'reminder')),
	recipient TEXT NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	created_at TEXT NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TEXT NOT NULL,
	last_error TEXT,
	sent_at TEXT,
	headers TEXT,
	subscriber_id INTEGER REFERENCES newsletter_subscribers (id) ON DELETE CASCADE
);
INSERT INTO outbox_v7 SELECT id, submission_id, kind, recipient, subject, body, created_at,
	attempts, next_attempt_at, last_error, sent_at, headers, subscriber_id FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v7 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_subscriber ON outbox (subscriber_id) WHERE subscriber_id IS NOT NULL;
`;

const STAFF_ACCOUNTS_POSTGRES = `
ALTER TABLE staff_accounts ADD COLUMN name TEXT;
ALTER TABLE staff_accounts ADD COLUMN office_id TEXT;
ALTER TABLE staff_accounts ADD COLUMN role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff', 'admin'));
ALTER TABLE staff_accounts ADD COLUMN deactivated_at TIMESTAMPTZ;
UPDATE staff_accounts SET role = 'admin';

CREATE TABLE staff_tokens (
	token_hash TEXT PRIMARY KEY,
	account_id BIGINT NOT NULL REFERENCES staff_accounts (id) ON DELETE CASCADE,
	purpose TEXT NOT NULL CHECK (purpose IN ('invite', 'reset')),
	created_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX staff_tokens_account ON staff_tokens (account_id, created_at);

ALTER TABLE submissions ADD COLUMN assigned_account_id BIGINT REFERENCES staff_accounts (id) ON DELETE SET NULL;
ALTER TABLE submissions ADD COLUMN assigned_office_id TEXT;
CREATE INDEX submissions_assigned ON submissions (assigned_account_id, assigned_office_id);

CREATE TABLE reply_templates (
	id BIGSERIAL PRIMARY KEY,
	kind TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion')),
	title TEXT NOT NULL,
	body_fr TEXT NOT NULL,
	body_en TEXT NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	updated_by TEXT NOT NULL
);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
	CHECK (kind IN ('office', 'acknowledgement', 'digest', 'newsletter', 'reply', 'forward', 'account', 'reminder'));
`;

/**
 * Version 8, the groupe qualité's own part of a synthesis (src/lib/staff/synthesis-notes.ts):
 * the improvements it sees and the actions it decides, kept per period ("2026", "2026-summer")
 * with who wrote them last and when.
 */
const SYNTHESIS_NOTES_SQLITE = `
CREATE TABLE synthesis_notes (
	period TEXT PRIMARY KEY,
	improvements TEXT NOT NULL,
	actions TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	updated_by TEXT NOT NULL
);
`;

const SYNTHESIS_NOTES_POSTGRES = `
CREATE TABLE synthesis_notes (
	period TEXT PRIMARY KEY,
	improvements TEXT NOT NULL,
	actions TEXT NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	updated_by TEXT NOT NULL
);
`;

export const STAFF_MIGRATIONS: MigrationList = {
	owner: 'staff',
	migrations: [
		{
			version: 2,
			name: 'staff accounts and sessions',
			up: sqlStatements({ sqlite: STAFF_SQLITE, postgres: STAFF_POSTGRES }),
		},
		{
			version: 5,
			name: 'answers and forwards mailed from the back office',
			up: sqlStatements({ sqlite: STAFF_MAIL_SQLITE, postgres: STAFF_MAIL_POSTGRES }),
		},
		{
			version: 6,
			name: 'items typed in by staff, erasures log',
			up: sqlStatements({ sqlite: STAFF_ENTRY_SQLITE, postgres: STAFF_ENTRY_POSTGRES }),
		},
		{
			version: 7,
			name: 'accounts managed in the back office, assignment, reply templates',
			up: sqlStatements({ sqlite: STAFF_ACCOUNTS_SQLITE, postgres: STAFF_ACCOUNTS_POSTGRES }),
		},
		{
			version: 8,
			name: 'improvements and actions of a synthesis',
			up: sqlStatements({ sqlite: SYNTHESIS_NOTES_SQLITE, postgres: SYNTHESIS_NOTES_POSTGRES }),
		},
	],
};
