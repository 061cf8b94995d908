/**
 * The server's database: the tables of every feature, migrated by the core in one order
 * (./migrations.ts). A feature adds its tables by adding a migration to its own list.
 */
import { FEEDBACK_MIGRATIONS } from '../feedback/migrations.ts';
import { NEWSLETTER_MIGRATIONS } from '../newsletter/migrations.ts';
import { STAFF_MIGRATIONS } from '../staff/migrations.ts';
import { migrate, ordered, type Migration, type MigrationList } from './migrations.ts';
import type { Driver } from './sql.ts';

export const SCHEMA: readonly MigrationList[] = [
	FEEDBACK_MIGRATIONS,
	NEWSLETTER_MIGRATIONS,
	STAFF_MIGRATIONS,
];

/** Every migration of the server's database, in the order they run. */
export const schemaMigrations = (): Migration[] => ordered(SCHEMA);

/** The latest schema version. */
export const schemaVersion = (): number =>
	Math.max(...schemaMigrations().map((migration) => migration.version));

/** Brings the database up to date; returns the schema version. */
export const migrateSchema = (driver: Driver): Promise<number> => migrate(driver, SCHEMA);
