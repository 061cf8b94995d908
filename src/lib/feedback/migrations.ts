/**
 * The feedback function's tables, as numbered migrations written once for both databases with
 * Kysely's schema builder (../server/schema-builder.ts holds what differs): the submissions and
 * their history (version 1, which also made the first outbox, rate limits and settings that the
 * server core now uses: src/lib/server/), and paper-brochure requests (version 4). The server
 * core runs every feature's migrations in one order, by version (src/lib/server/schema.ts). A
 * migration is never changed once released in what it makes: a change is a new migration with
 * the next unused version.
 */
import { sql } from 'kysely';
import type { MigrationList } from '../server/migrations.ts';
import {
	OUTBOX_KINDS,
	columnTypes,
	createOutbox,
	indexOutbox,
	oneOf,
	widenCheck,
	type SchemaDb,
} from '../server/schema-builder.ts';
import type { Dialect } from '../server/sql.ts';

const KINDS_1 = ['suggestion', 'complaint', 'questionnaire'];
const KINDS_4 = [...KINDS_1, 'brochureRequest'];

/** The submissions table as version 1 made it, as `name`, with `kinds`. */
async function createSubmissions(
	db: SchemaDb,
	dialect: Dialect,
	name: string,
	kinds: readonly string[],
): Promise<void> {
	const type = columnTypes(dialect);
	await db.schema
		.createTable(name)
		.addColumn('id', type.id, (column) => column.primaryKey())
		.addColumn('reference', 'text', (column) => column.notNull().unique())
		.addColumn('kind', 'text', (column) => column.notNull().check(oneOf('kind', kinds)))
		.addColumn('locale', 'text', (column) => column.notNull().check(oneOf('locale', ['fr', 'en'])))
		.addColumn('status', 'text', (column) =>
			column
				.notNull()
				.defaultTo('new')
				.check(oneOf('status', ['new', 'forwarded', 'answered', 'closed'])),
		)
		.addColumn('received_at', type.timestamp, (column) => column.notNull())
		.addColumn('due_at', type.timestamp)
		.addColumn('idempotency_key', 'text', (column) => column.notNull().unique())
		.addColumn('topic', 'text')
		.addColumn('office_id', 'text')
		.addColumn('provider_id', 'text')
		.addColumn('page', 'text')
		.addColumn('contact_name', 'text')
		.addColumn('contact_email', 'text')
		.addColumn('contact_phone', 'text')
		.addColumn('data', type.json, (column) => column.notNull())
		.addColumn('client_hash', 'text')
		.addColumn('notified_at', type.timestamp)
		.addColumn('forwarded_to', 'text')
		.addColumn('answer', 'text')
		.addColumn('answered_at', type.timestamp)
		.addColumn('closed_at', type.timestamp)
		.addColumn('updated_at', type.timestamp, (column) => column.notNull())
		.addColumn('anonymised_at', type.timestamp)
		.execute();
}

/** The indexes of version 1 on the submissions. */
async function indexSubmissions(db: SchemaDb): Promise<void> {
	const index = (name: string) => db.schema.createIndex(name).on('submissions');
	await index('submissions_received').column('received_at').execute();
	await index('submissions_kind_status').columns(['kind', 'status']).execute();
	await index('submissions_due')
		.column('due_at')
		.where(sql.ref('due_at'), 'is not', null)
		.execute();
	await index('submissions_digest')
		.column('kind')
		.where(sql.ref('notified_at'), 'is', null)
		.execute();
	await index('submissions_personal')
		.column('received_at')
		.where(sql.ref('anonymised_at'), 'is', null)
		.execute();
}

/** Version 1: submissions, their history, and the server's outbox, rate limits and settings. */
async function initial(db: SchemaDb, dialect: Dialect): Promise<void> {
	const type = columnTypes(dialect);
	await createSubmissions(db, dialect, 'submissions', KINDS_1);
	await indexSubmissions(db);

	await db.schema
		.createTable('submission_history')
		.addColumn('id', type.id, (column) => column.primaryKey())
		.addColumn('submission_id', type.reference, (column) =>
			column.notNull().references('submissions.id').onDelete('cascade'),
		)
		.addColumn('at', type.timestamp, (column) => column.notNull())
		.addColumn('actor', 'text', (column) => column.notNull())
		.addColumn('action', 'text', (column) => column.notNull())
		.addColumn('detail', type.json, (column) => column.notNull().defaultTo('{}'))
		.execute();
	await db.schema
		.createIndex('submission_history_submission')
		.on('submission_history')
		.columns(['submission_id', 'at'])
		.execute();

	await createOutbox(db, dialect, 'outbox', OUTBOX_KINDS[1], false);
	await indexOutbox(db, false);

	await db.schema
		.createTable('rate_limits')
		.addColumn('client_key', 'text', (column) => column.notNull())
		.addColumn('window_start', type.timestamp, (column) => column.notNull())
		.addColumn('hits', 'integer', (column) => column.notNull())
		.addPrimaryKeyConstraint('rate_limits_pkey', ['client_key', 'window_start'])
		.execute();

	await db.schema
		.createTable('settings')
		.addColumn('name', 'text', (column) => column.primaryKey())
		.addColumn('value', 'text', (column) => column.notNull())
		.execute();
}

/**
 * Version 4, paper-brochure requests: a fourth kind of submission. SQLite copies the table, and
 * since dropping it would cascade into its history, the history and the outbox's links are set
 * aside in temporary tables and put back.
 */
async function brochureRequests(db: SchemaDb, dialect: Dialect): Promise<void> {
	await widenCheck(db, dialect, 'submissions', 'kind', KINDS_4, async () => {
		await createSubmissions(db, dialect, 'submissions_v4', KINDS_4);
		await sql`INSERT INTO submissions_v4 SELECT id, reference, kind, locale, status, received_at,
			due_at, idempotency_key, topic, office_id, provider_id, page, contact_name, contact_email,
			contact_phone, data, client_hash, notified_at, forwarded_to, answer, answered_at,
			closed_at, updated_at, anonymised_at FROM submissions`.execute(db);
		await sql`CREATE TEMP TABLE history_v4 AS SELECT * FROM submission_history`.execute(db);
		await sql`CREATE TEMP TABLE outbox_links_v4 AS
			SELECT id, submission_id FROM outbox WHERE submission_id IS NOT NULL`.execute(db);
		await db.schema.dropTable('submissions').execute();
		await db.schema.alterTable('submissions_v4').renameTo('submissions').execute();
		await sql`INSERT INTO submission_history SELECT * FROM temp.history_v4`.execute(db);
		await sql`UPDATE outbox SET submission_id = (
				SELECT link.submission_id FROM temp.outbox_links_v4 AS link WHERE link.id = outbox.id
			) WHERE id IN (SELECT id FROM temp.outbox_links_v4)`.execute(db);
		await sql`DROP TABLE temp.history_v4`.execute(db);
		await sql`DROP TABLE temp.outbox_links_v4`.execute(db);
		await indexSubmissions(db);
		// Made by version 2 (the back office), dropped with the table.
		await db.schema
			.createIndex('submissions_office')
			.on('submissions')
			.columns(['office_id', 'received_at'])
			.execute();
	});
}

export const FEEDBACK_MIGRATIONS: MigrationList = {
	owner: 'feedback',
	migrations: [
		{ version: 1, name: 'submissions, history, outbox, rate limits', up: initial },
		{ version: 4, name: 'paper-brochure requests', up: brochureRequests },
	],
};
