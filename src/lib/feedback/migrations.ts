/**
 * The database schema, as numbered migrations per dialect. A migration is never edited once
 * released: a change is a new migration with the next number. `migrate()` applies the missing
 * ones in order, each in a transaction, and records it in `schema_migrations`.
 */
export interface Migration {
	version: number;
	name: string;
	sql: string;
}

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

export const MIGRATIONS: Record<'sqlite' | 'postgres', Migration[]> = {
	sqlite: [{ version: 1, name: 'submissions, history, outbox, rate limits', sql: INITIAL_SQLITE }],
	postgres: [
		{ version: 1, name: 'submissions, history, outbox, rate limits', sql: INITIAL_POSTGRES },
	],
};
