/**
 * The server's database as Kysely sees it: every table, typed by the feature that owns it, next
 * to its queries. A feature adds its tables here once it has a migration that makes them.
 */
import type { FeedbackTables } from '../feedback/submission-rows.ts';
import type { NewsletterTables } from '../newsletter/store.ts';
import type { ErasureTables } from '../staff/erasure.ts';
import type { StaffAccountTables } from '../staff/account-rows.ts';
import type { SynthesisNotesTables } from '../staff/synthesis-notes.ts';
import type { TemplateTables } from '../staff/templates.ts';
import type { SchemaMigrationsTable } from './migrations.ts';
import type { OutboxTable } from './outbox-store.ts';
import type { RateLimitsTable } from './rate-limits.ts';
import type { SettingsTable } from './settings.ts';

/** The server core's own tables. */
export interface ServerTables {
	schema_migrations: SchemaMigrationsTable;
	outbox: OutboxTable;
	rate_limits: RateLimitsTable;
	settings: SettingsTable;
}

export type Database = ServerTables &
	FeedbackTables &
	NewsletterTables &
	StaffAccountTables &
	TemplateTables &
	SynthesisNotesTables &
	ErasureTables;
