/**
 * The feedback function's tables, as numbered migrations per dialect: the submissions and their
 * history (version 1, which also made the first outbox, rate limits and settings that the server
 * core now uses: src/lib/server/), and paper-brochure requests (version 4). The server core runs
 * every feature's migrations in one order, by version (src/lib/server/schema.ts). A migration is
 * never edited once released: a change is a new migration with the next unused version.
 */
import { sqlStatements, type MigrationList } from '../server/migrations.ts';

const INITIAL_SQLITE = `
CREATE TABLE submissions (
	id INTEGER PRIMARY KEY,
	reference TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL CHECK (kind IN ('suggestion', 'complaint', 'questionnaire')),
	locale TEXT NOT NULL CHECK (locale IN ('fr', 'en')),
	status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'forwarded', 'answered', 'closed')),
	received_at TEXT NOT NULL,
	due_at TEXT,
	idempotency_key TEXT NOT NULL UNIQUE,
	topic TEXT,
	office_id TEXT,
	provider_id TEXT,
	page TEXT,
	contact_name TEXT,
	contact_email TEXT,
	contact_phone TEXT,
	data TEXT NOT NULL,
	client_hash TEXT,
	notified_at TEXT,
	forwarded_to TEXT,
	answer TEXT,
	answered_at TEXT,
	closed_at TEXT,
	updated_at TEXT NOT NULL,
	anonymised_at TEXT
);
CREATE INDEX submissions_received ON submissions (received_at);
CREATE INDEX submissions_kind_status ON submissions (kind, status);
CREATE INDEX submissions_due ON submissions (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX submissions_digest ON submissions (kind) WHERE notified_at IS NULL;
CREATE INDEX submissions_personal ON submissions (received_at) WHERE anonymised_at IS NULL;

CREATE TABLE submission_history (
	id INTEGER PRIMARY KEY,
	submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
	at TEXT NOT NULL,
	actor TEXT NOT NULL,
	action TEXT NOT NULL,
	detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX submission_history_submission ON submission_history (submission_id, at);

CREATE TABLE outbox (
	id INTEGER PRIMARY KEY,
	submission_id INTEGER REFERENCES submissions (id) ON DELETE SET NULL,
	kind TEXT NOT NULL CHECK (kind IN ('office', 'acknowledgement', 'digest')),
	recipient TEXT NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	created_at TEXT NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TEXT NOT NULL,
	last_error TEXT,
	sent_at TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

CREATE TABLE rate_limits (
	client_key TEXT NOT NULL,
	window_start TEXT NOT NULL,
	hits INTEGER NOT NULL,
	PRIMARY KEY (client_key, window_start)
);

CREATE TABLE settings (
	name TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`;

const INITIAL_POSTGRES = `
CREATE TABLE submissions (
	id BIGSERIAL PRIMARY KEY,
	reference TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL CHECK (kind IN ('suggestion', 'complaint', 'questionnaire')),
	locale TEXT NOT NULL CHECK (locale IN ('fr', 'en')),
	status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'forwarded', 'answered', 'closed')),
	received_at TIMESTAMPTZ NOT NULL,
	due_at TIMESTAMPTZ,
	idempotency_key TEXT NOT NULL UNIQUE,
	topic TEXT,
	office_id TEXT,
	provider_id TEXT,
	page TEXT,
	contact_name TEXT,
	contact_email TEXT,
	contact_phone TEXT,
	data JSONB NOT NULL,
	client_hash TEXT,
	notified_at TIMESTAMPTZ,
	forwarded_to TEXT,
	answer TEXT,
	answered_at TIMESTAMPTZ,
	closed_at TIMESTAMPTZ,
	updated_at TIMESTAMPTZ NOT NULL,
	anonymised_at TIMESTAMPTZ
);
CREATE INDEX submissions_received ON submissions (received_at);
CREATE INDEX submissions_kind_status ON submissions (kind, status);
CREATE INDEX submissions_due ON submissions (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX submissions_digest ON submissions (kind) WHERE notified_at IS NULL;
CREATE INDEX submissions_personal ON submissions (received_at) WHERE anonymised_at IS NULL;

CREATE TABLE submission_history (
	id BIGSERIAL PRIMARY KEY,
	submission_id BIGINT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
	at TIMESTAMPTZ NOT NULL,
	actor TEXT NOT NULL,
	action TEXT NOT NULL,
	detail JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX submission_history_submission ON submission_history (submission_id, at);

CREATE TABLE outbox (
	id BIGSERIAL PRIMARY KEY,
	submission_id BIGINT REFERENCES submissions (id) ON DELETE SET NULL,
	kind TEXT NOT NULL CHECK (kind IN ('office', 'acknowledgement', 'digest')),
	recipient TEXT NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_attempt_at TIMESTAMPTZ NOT NULL,
	last_error TEXT,
	sent_at TIMESTAMPTZ
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

CREATE TABLE rate_limits (
	client_key TEXT NOT NULL,
	window_start TIMESTAMPTZ NOT NULL,
	hits INTEGER NOT NULL,
	PRIMARY KEY (client_key, window_start)
);

CREATE TABLE settings (
	name TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`;

/**
 * Version 4, paper-brochure requests (issue 11): a fourth kind of submission. SQLite cannot change
 * a CHECK constraint in place, and dropping the table would cascade into its history: the history
 * and the outbox's links are set aside in temporary tables, the table is copied into a new one
 * with the new constraint, and they are put back. PostgreSQL swaps the constraint.
 * @see https://www.sqlite.org/lang_altertable.html#otheralter
 */
const BROCHURE_REQUESTS_SQLITE = `
CREATE TABLE submissions_v4 (
	id INTEGER PRIMARY KEY,
	reference TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL CHECK (kind IN ('suggestion', 'complaint', 'questionnaire', 'brochureRequest')),
	locale TEXT NOT NULL CHECK (locale IN ('fr', 'en')),
	status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'forwarded', 'answered', 'closed')),
	received_at TEXT NOT NULL,
	due_at TEXT,
	idempotency_key TEXT NOT NULL UNIQUE,
	topic TEXT,
	office_id TEXT,
	provider_id TEXT,
	page TEXT,
	contact_name TEXT,
	contact_email TEXT,
	contact_phone TEXT,
	data TEXT NOT NULL,
	client_hash TEXT,
	notified_at TEXT,
	forwarded_to TEXT,
	answer TEXT,
	answered_at TEXT,
	closed_at TEXT,
	updated_at TEXT NOT NULL,
	anonymised_at TEXT
);
INSERT INTO submissions_v4 (id, reference, kind, locale, status, received_at, due_at,
	idempotency_key, topic, office_id, provider_id, page, contact_name, contact_email, contact_phone,
	data, client_hash, notified_at, forwarded_to, answer, answered_at, closed_at, updated_at,
	anonymised_at)
SELECT id, reference, kind, locale, status, received_at, due_at, idempotency_key, topic, office_id,
	provider_id, page, contact_name, contact_email, contact_phone, data, client_hash, notified_at,
	forwarded_to, answer, answered_at, closed_at, updated_at, anonymised_at FROM submissions;
CREATE TEMP TABLE history_v4 AS SELECT * FROM submission_history;
CREATE TEMP TABLE outbox_links_v4 AS
	SELECT id, submission_id FROM outbox WHERE submission_id IS NOT NULL;
DROP TABLE submissions;
ALTER TABLE submissions_v4 RENAME TO submissions;
INSERT INTO submission_history SELECT * FROM temp.history_v4;
UPDATE outbox SET submission_id = (
	SELECT link.submission_id FROM temp.outbox_links_v4 AS link WHERE link.id = outbox.id
) WHERE id IN (SELECT id FROM temp.outbox_links_v4);
DROP TABLE temp.history_v4;
DROP TABLE temp.outbox_links_v4;
CREATE INDEX submissions_received ON submissions (received_at);
CREATE INDEX submissions_kind_status ON submissions (kind, status);
CREATE INDEX submissions_due ON submissions (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX submissions_digest ON submissions (kind) WHERE notified_at IS NULL;
CREATE INDEX submissions_personal ON submissions (received_at) WHERE anonymised_at IS NULL;
CREATE INDEX submissions_office ON submissions (office_id, received_at);
`;

const BROCHURE_REQUESTS_POSTGRES = `
ALTER TABLE submissions DROP CONSTRAINT submissions_kind_check;
ALTER TABLE submissions ADD CONSTRAINT submissions_kind_check
	CHECK (kind IN ('suggestion', 'complaint', 'questionnaire', 'brochureRequest'));
`;

export const FEEDBACK_MIGRATIONS: MigrationList = {
	owner: 'feedback',
	migrations: [
		{
			version: 1,
			name: 'submissions, history, outbox, rate limits',
			up: sqlStatements({ sqlite: INITIAL_SQLITE, postgres: INITIAL_POSTGRES }),
		},
		{
			version: 4,
			name: 'paper-brochure requests',
			up: sqlStatements({ sqlite: BROCHURE_REQUESTS_SQLITE, postgres: BROCHURE_REQUESTS_POSTGRES }),
		},
	],
};
