/**
 * The newsletter's tables, as a numbered migration written once for both databases with Kysely's
 * schema builder (run by the server core in the order of every feature's versions,
 * src/lib/server/schema.ts; never changed once released).
 */
import { sql } from 'kysely';
import type { MigrationList } from '../server/migrations.ts';
import {
	OUTBOX_KINDS,
	columnTypes,
	createOutbox,
	indexOutbox,
	indexOutboxSubscribers,
	oneOf,
	widenCheck,
	type SchemaDb,
} from '../server/schema-builder.ts';
import type { Dialect } from '../server/sql.ts';

/**
 * Version 3, the newsletter: its subscribers, and an outbox that also carries the newsletter's
 * mail (kind "newsletter") with extra headers (List-Unsubscribe, RFC 8058) and the subscriber it
 * is about. SQLite copies the outbox into a new table with the new columns; PostgreSQL adds them.
 */
async function newsletter(db: SchemaDb, dialect: Dialect): Promise<void> {
	const type = columnTypes(dialect);
	await db.schema
		.createTable('newsletter_subscribers')
		.addColumn('id', type.id, (column) => column.primaryKey())
		.addColumn('email', 'text', (column) => column.notNull().unique())
		.addColumn('locale', 'text', (column) => column.notNull().check(oneOf('locale', ['fr', 'en'])))
		.addColumn('sectors', type.json, (column) => column.notNull())
		.addColumn('status', 'text', (column) =>
			column.notNull().check(oneOf('status', ['pending', 'confirmed'])),
		)
		.addColumn('created_at', type.timestamp, (column) => column.notNull())
		.addColumn('confirmed_at', type.timestamp)
		.addColumn('last_mail_at', type.timestamp)
		.addColumn('client_hash', 'text')
		.addColumn('updated_at', type.timestamp, (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('newsletter_subscribers_pending')
		.on('newsletter_subscribers')
		.column('created_at')
		.where(sql.ref('status'), '=', 'pending')
		.execute();

	await widenCheck(db, dialect, 'outbox', 'kind', OUTBOX_KINDS[3], async () => {
		await createOutbox(db, dialect, 'outbox_v3', OUTBOX_KINDS[3], true);
		await sql`INSERT INTO outbox_v3 (id, submission_id, kind, recipient, subject, body,
			created_at, attempts, next_attempt_at, last_error, sent_at)
			SELECT id, submission_id, kind, recipient, subject, body, created_at, attempts,
			next_attempt_at, last_error, sent_at FROM outbox`.execute(db);
		await db.schema.dropTable('outbox').execute();
		await db.schema.alterTable('outbox_v3').renameTo('outbox').execute();
		await indexOutbox(db, false);
	});
	if (dialect === 'postgres') {
		await db.schema.alterTable('outbox').addColumn('headers', type.json).execute();
		await db.schema
			.alterTable('outbox')
			.addColumn('subscriber_id', type.reference, (column) =>
				column.references('newsletter_subscribers.id').onDelete('cascade'),
			)
			.execute();
	}
	await indexOutboxSubscribers(db);
}

export const NEWSLETTER_MIGRATIONS: MigrationList = {
	owner: 'newsletter',
	migrations: [{ version: 3, name: 'newsletter subscribers, newsletter mail', up: newsletter }],
};
