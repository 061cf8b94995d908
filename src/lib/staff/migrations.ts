/**
 * The back office's tables and columns, as numbered migrations written once for both databases
 * with Kysely's schema builder (run by the server core in the order of every feature's versions,
 * src/lib/server/schema.ts; never changed once released in what they make: a change is a new
 * migration with the next unused version).
 */
import { sql } from 'kysely';
import type { MigrationList } from '../server/migrations.ts';
import {
	OUTBOX_KINDS,
	columnTypes,
	copyOutbox,
	oneOf,
	widenCheck,
	type SchemaDb,
} from '../server/schema-builder.ts';
import type { Dialect } from '../server/sql.ts';

/**
 * Version 2, the staff back office: staff accounts (scrypt hash, failed sign-in count and lock),
 * their sessions (the hash of the cookie's id, its CSRF token, its expiry), and an index for the
 * inbox's office filter. Internal notes are history entries (action "note"); forwarded-to and
 * answer are columns of version 1.
 */
async function staff(db: SchemaDb, dialect: Dialect): Promise<void> {
	const type = columnTypes(dialect);
	await db.schema
		.createTable('staff_accounts')
		.addColumn('id', type.id, (column) => column.primaryKey())
		.addColumn('email', 'text', (column) => column.notNull().unique())
		.addColumn('password_hash', 'text', (column) => column.notNull())
		.addColumn('created_at', type.timestamp, (column) => column.notNull())
		.addColumn('updated_at', type.timestamp, (column) => column.notNull())
		.addColumn('failed_attempts', 'integer', (column) => column.notNull().defaultTo(0))
		.addColumn('locked_until', type.timestamp)
		.addColumn('last_sign_in_at', type.timestamp)
		.execute();
	await db.schema
		.createTable('staff_sessions')
		.addColumn('id_hash', 'text', (column) => column.primaryKey())
		.addColumn('account_id', type.reference, (column) =>
			column.notNull().references('staff_accounts.id').onDelete('cascade'),
		)
		.addColumn('csrf_token', 'text', (column) => column.notNull())
		.addColumn('created_at', type.timestamp, (column) => column.notNull())
		.addColumn('expires_at', type.timestamp, (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('staff_sessions_expiry')
		.on('staff_sessions')
		.column('expires_at')
		.execute();
	await db.schema
		.createIndex('submissions_office')
		.on('submissions')
		.columns(['office_id', 'received_at'])
		.execute();
}

/**
 * Version 5, mail written in the back office: the answer sent to the visitor ("reply") and an item
 * forwarded to a member, an office or a colleague ("forward").
 */
const staffMail = (db: SchemaDb, dialect: Dialect) =>
	widenCheck(db, dialect, 'outbox', 'kind', OUTBOX_KINDS[5], () => copyOutbox(db, OUTBOX_KINDS[5]));

/**
 * Version 6, items typed in by staff: where each came from (`source`: the web form, a paper form
 * or questionnaire, an oral remark from the cahier de liaison, an online review), the day of the
 * visit or of the review it tells of (`dated_at`, which the synthesis counts it by; the day of
 * receipt when unset) and who typed it (`entered_by`, a staff e-mail). And the log of the
 * erasures of one person's data done on request (src/lib/staff/erasure.ts): who, when, how many
 * rows of each table — never what was erased.
 */
async function staffEntry(db: SchemaDb, dialect: Dialect): Promise<void> {
	const type = columnTypes(dialect);
	const submissions = () => db.schema.alterTable('submissions');
	await submissions()
		.addColumn('source', 'text', (column) =>
			column
				.notNull()
				.defaultTo('web')
				.check(oneOf('source', ['web', 'paper', 'oral', 'review'])),
		)
		.execute();
	await submissions().addColumn('dated_at', type.timestamp).execute();
	await submissions().addColumn('entered_by', 'text').execute();
	await db.schema
		.createIndex('submissions_dated')
		.on('submissions')
		.column('dated_at')
		.where(sql.ref('dated_at'), 'is not', null)
		.execute();
	await db.schema
		.createIndex('submissions_contact_email')
		.on('submissions')
		.expression(sql`LOWER(contact_email)`)
		.where(sql.ref('contact_email'), 'is not', null)
		.execute();
	await db.schema
		.createTable('erasures')
		.addColumn('id', type.id, (column) => column.primaryKey())
		.addColumn('at', type.timestamp, (column) => column.notNull())
		.addColumn('actor', 'text', (column) => column.notNull())
		.addColumn('counts', type.json, (column) => column.notNull())
		.execute();
}

/**
 * Version 7, accounts managed in the back office (src/lib/staff/accounts.ts): a person's name and
 * office, a role (an administrator invites and manages colleagues; the accounts made before with
 * `npm run staff:add` become administrators), deactivation; single-use tokens (their SHA-256
 * only) of the links that set a password, from an invitation or a reset; and the outbox kinds of
 * their mail ("account") and of the office's daily reminder ("reminder"). An invited account has
 * no password yet (an empty hash, which matches none). Items are assigned to a person (an
 * account) or an office. The office's reply templates (src/lib/staff/templates.ts), a French and
 * an English text each.
 */
async function staffAccounts(db: SchemaDb, dialect: Dialect): Promise<void> {
	const type = columnTypes(dialect);
	const accounts = () => db.schema.alterTable('staff_accounts');
	await accounts().addColumn('name', 'text').execute();
	await accounts().addColumn('office_id', 'text').execute();
	await accounts()
		.addColumn('role', 'text', (column) =>
			column
				.notNull()
				.defaultTo('staff')
				.check(oneOf('role', ['staff', 'admin'])),
		)
		.execute();
	await accounts().addColumn('deactivated_at', type.timestamp).execute();
	await db.updateTable('staff_accounts').set({ role: 'admin' }).execute();

	await db.schema
		.createTable('staff_tokens')
		.addColumn('token_hash', 'text', (column) => column.primaryKey())
		.addColumn('account_id', type.reference, (column) =>
			column.notNull().references('staff_accounts.id').onDelete('cascade'),
		)
		.addColumn('purpose', 'text', (column) =>
			column.notNull().check(oneOf('purpose', ['invite', 'reset'])),
		)
		.addColumn('created_at', type.timestamp, (column) => column.notNull())
		.addColumn('expires_at', type.timestamp, (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex('staff_tokens_account')
		.on('staff_tokens')
		.columns(['account_id', 'created_at'])
		.execute();

	await db.schema
		.alterTable('submissions')
		.addColumn('assigned_account_id', type.reference, (column) =>
			column.references('staff_accounts.id').onDelete('set null'),
		)
		.execute();
	await db.schema.alterTable('submissions').addColumn('assigned_office_id', 'text').execute();
	await db.schema
		.createIndex('submissions_assigned')
		.on('submissions')
		.columns(['assigned_account_id', 'assigned_office_id'])
		.execute();

	await db.schema
		.createTable('reply_templates')
		.addColumn('id', type.id, (column) => column.primaryKey())
		.addColumn('kind', 'text', (column) =>
			column.notNull().check(oneOf('kind', ['complaint', 'suggestion'])),
		)
		.addColumn('title', 'text', (column) => column.notNull())
		.addColumn('body_fr', 'text', (column) => column.notNull())
		.addColumn('body_en', 'text', (column) => column.notNull())
		.addColumn('updated_at', type.timestamp, (column) => column.notNull())
		.addColumn('updated_by', 'text', (column) => column.notNull())
		.execute();

	await widenCheck(db, dialect, 'outbox', 'kind', OUTBOX_KINDS[7], () =>
		copyOutbox(db, OUTBOX_KINDS[7]),
	);
}

/**
 * Version 8, the groupe qualité's own part of a synthesis (src/lib/staff/synthesis-notes.ts):
 * the improvements it sees and the actions it decides, kept per period ("2026", "2026-summer")
 * with who wrote them last and when.
 */
async function synthesisNotes(db: SchemaDb, dialect: Dialect): Promise<void> {
	await db.schema
		.createTable('synthesis_notes')
		.addColumn('period', 'text', (column) => column.primaryKey())
		.addColumn('improvements', 'text', (column) => column.notNull())
		.addColumn('actions', 'text', (column) => column.notNull())
		.addColumn('updated_at', columnTypes(dialect).timestamp, (column) => column.notNull())
		.addColumn('updated_by', 'text', (column) => column.notNull())
		.execute();
}

export const STAFF_MIGRATIONS: MigrationList = {
	owner: 'staff',
	migrations: [
		{ version: 2, name: 'staff accounts and sessions', up: staff },
		{ version: 5, name: 'answers and forwards mailed from the back office', up: staffMail },
		{ version: 6, name: 'items typed in by staff, erasures log', up: staffEntry },
		{
			version: 7,
			name: 'accounts managed in the back office, assignment, reply templates',
			up: staffAccounts,
		},
		{ version: 8, name: 'improvements and actions of a synthesis', up: synthesisNotes },
	],
};
