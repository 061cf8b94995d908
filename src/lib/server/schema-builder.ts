/**
 * What the migrations need beyond Kysely's schema builder, written once for both databases: the
 * column types that differ (SQLite stores timestamps and JSON as TEXT, and an id is its rowid),
 * CHECK constraints over a list of values, and the one change SQLite cannot make in place —
 * widening such a constraint — done by copying the table. The outbox's definition is here
 * because three features' migrations rebuilt it.
 * @see https://www.sqlite.org/lang_altertable.html#otheralter
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from './sql.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SchemaDb = Kysely<any>;

/** The column types that differ between the two databases. */
export interface ColumnTypes {
	/** A table's id: SQLite's rowid (INTEGER PRIMARY KEY), or BIGSERIAL. */
	id: 'integer' | 'bigserial';
	/** A column holding another table's id. */
	reference: 'integer' | 'bigint';
	/** ISO 8601 text in SQLite, TIMESTAMPTZ in PostgreSQL. */
	timestamp: 'text' | 'timestamptz';
	/** Text in SQLite, JSONB in PostgreSQL. */
	json: 'text' | 'jsonb';
}

export const columnTypes = (dialect: Dialect): ColumnTypes =>
	dialect === 'postgres'
		? { id: 'bigserial', reference: 'bigint', timestamp: 'timestamptz', json: 'jsonb' }
		: { id: 'integer', reference: 'integer', timestamp: 'text', json: 'text' };

/** `column IN ('a', 'b')`, for a CHECK constraint (the values are the code's own constants). */
export const oneOf = (column: string, values: readonly string[]): RawBuilder<unknown> =>
	sql.raw(`${column} IN (${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`);

/**
 * Widens the CHECK constraint `<table>_<column>_check` to `values`: PostgreSQL swaps the
 * constraint; SQLite, which cannot, runs `rebuild` (copy the table into a new one).
 */
export async function widenCheck(
	db: SchemaDb,
	dialect: Dialect,
	table: string,
	column: string,
	values: readonly string[],
	rebuild: () => Promise<void>,
): Promise<void> {
	if (dialect === 'sqlite') return rebuild();
	const constraint = `${table}_${column}_check`;
	await db.schema.alterTable(table).dropConstraint(constraint).execute();
	await db.schema.alterTable(table).addCheckConstraint(constraint, oneOf(column, values)).execute();
}

/** The outbox's kinds of mail, as each migration that widened them left them. */
export const OUTBOX_KINDS = {
	1: ['office', 'acknowledgement', 'digest'],
	3: ['office', 'acknowledgement', 'digest', 'newsletter'],
	5: ['office', 'acknowledgement', 'digest', 'newsletter', 'reply', 'forward'],
	7: [
		'office',
		'acknowledgement',
		'digest',
		'newsletter',
		'reply',
		'forward',
		'account',
		'reminder',
	],
} as const;

/**
 * Creates the outbox as `name`, with `kinds`; from version 3 on (`newsletter`) with the
 * newsletter's columns (extra headers, the subscriber it is about).
 */
export async function createOutbox(
	db: SchemaDb,
	dialect: Dialect,
	name: string,
	kinds: readonly string[],
	newsletter: boolean,
): Promise<void> {
	const type = columnTypes(dialect);
	let table = db.schema
		.createTable(name)
		.addColumn('id', type.id, (column) => column.primaryKey())
		.addColumn('submission_id', type.reference, (column) =>
			column.references('submissions.id').onDelete('set null'),
		)
		.addColumn('kind', 'text', (column) => column.notNull().check(oneOf('kind', kinds)))
		.addColumn('recipient', 'text', (column) => column.notNull())
		.addColumn('subject', 'text', (column) => column.notNull())
		.addColumn('body', 'text', (column) => column.notNull())
		.addColumn('created_at', type.timestamp, (column) => column.notNull())
		.addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('next_attempt_at', type.timestamp, (column) => column.notNull())
		.addColumn('last_error', 'text')
		.addColumn('sent_at', type.timestamp);
	if (newsletter)
		table = table
			.addColumn('headers', type.json)
			.addColumn('subscriber_id', type.reference, (column) =>
				column.references('newsletter_subscribers.id').onDelete('cascade'),
			);
	await table.execute();
}

/** The outbox's indexes, made again after SQLite copied it. */
export async function indexOutbox(db: SchemaDb, newsletter: boolean): Promise<void> {
	await db.schema
		.createIndex('outbox_due')
		.on('outbox')
		.column('next_attempt_at')
		.where(sql.ref('sent_at'), 'is', null)
		.execute();
	if (newsletter) await indexOutboxSubscribers(db);
}

/** The outbox's index of the newsletter's mail, by subscriber. */
export async function indexOutboxSubscribers(db: SchemaDb): Promise<void> {
	await db.schema
		.createIndex('outbox_subscriber')
		.on('outbox')
		.column('subscriber_id')
		.where(sql.ref('subscriber_id'), 'is not', null)
		.execute();
}

/**
 * SQLite: the outbox copied into a new one with `kinds` (no table refers to the outbox, so it can
 * be dropped), the columns of version 3 on.
 */
export async function copyOutbox(db: SchemaDb, kinds: readonly string[]): Promise<void> {
	await createOutbox(db, 'sqlite', 'outbox_new', kinds, true);
	await sql`INSERT INTO outbox_new SELECT id, submission_id, kind, recipient, subject, body,
		created_at, attempts, next_attempt_at, last_error, sent_at, headers, subscriber_id
		FROM outbox`.execute(db);
	await db.schema.dropTable('outbox').execute();
	await db.schema.alterTable('outbox_new').renameTo('outbox').execute();
	await indexOutbox(db, true);
}
