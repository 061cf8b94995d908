/**
 * The newsletter's tables, as a numbered migration per dialect (run by the server core in the
 * order of every feature's versions, src/lib/server/schema.ts; never edited once released).
 */
import { sqlStatements, type MigrationList } from '../server/migrations.ts';

/**
 * Version 3, the newsletter (issue 11): its subscribers, and an outbox that also carries the
 * newsletter's mail (kind "newsletter") with extra headers (List-Unsubscribe, RFC 8058). SQLite
 * cannot change a CHECK constraint in place: the outbox is copied into a new table.
 */
const NEWSLETTER_SQLITE = `
CREATE TABLE newsletter_subscribers (
	id INTEGER PRIMARY KEY,
	email TEXT NOT NULL UNIQUE,
	locale TEXT NOT NULL CHECK (locale IN ('fr', 'en')),
	sectors TEXT NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed')),
	created_at TEXT NOT NULL,
	confirmed_at TEXT,
	last_mail_at TEXT,
	client_hash TEXT,
	updated_at TEXT NOT NULL
);
CREATE INDEX newsletter_subscribers_pending ON newsletter_subscribers (created_at) WHERE status = 'pending';

CREATE TABLE outbox_v3 (
	id INTEGER PRIMARY KEY,
	submission_id INTEGER REFERENCES submissions (id) ON DELETE SET NULL,
	kind TEXT NOT NULL CHECK (kind IN ('office', 'acknowledgement', 'digest', 'newsletter')),
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
INSERT INTO outbox_v3 (id, submission_id, kind, recipient, subject, body, created_at, attempts,
	next_attempt_at, last_error, sent_at)
SELECT id, submission_id, kind, recipient, subject, body, created_at, attempts, next_attempt_at,
	last_error, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v3 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX outbox_subscriber ON outbox (subscriber_id) WHERE subscriber_id IS NOT NULL;
`;

const NEWSLETTER_POSTGRES = `
CREATE TABLE newsletter_subscribers (
	id BIGSERIAL PRIMARY KEY,
	email TEXT NOT NULL UNIQUE,
	locale TEXT NOT NULL CHECK (locale IN ('fr', 'en')),
	sectors JSONB NOT NULL,
	status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed')),
	created_at TIMESTAMPTZ NOT NULL,
	confirmed_at TIMESTAMPTZ,
	last_mail_at TIMESTAMPTZ,
	client_hash TEXT,
	updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX newsletter_subscribers_pending ON newsletter_subscribers (created_at) WHERE status = 'pending';

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
	CHECK (kind IN ('office', 'acknowledgement', 'digest', 'newsletter'));
ALTER TABLE outbox ADD COLUMN headers JSONB;
ALTER TABLE outbox ADD COLUMN subscriber_id BIGINT
	REFERENCES newsletter_subscribers (id) ON DELETE CASCADE;
CREATE INDEX outbox_subscriber ON outbox (subscriber_id) WHERE subscriber_id IS NOT NULL;
`;

export const NEWSLETTER_MIGRATIONS: MigrationList = {
	owner: 'newsletter',
	migrations: [
		{
			version: 3,
			name: 'newsletter subscribers, newsletter mail',
			up: sqlStatements({ sqlite: NEWSLETTER_SQLITE, postgres: NEWSLETTER_POSTGRES }),
		},
	],
};
