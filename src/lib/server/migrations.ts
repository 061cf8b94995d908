/**
 * The migration runner. Each feature owns its tables as a list of numbered migrations
 * (src/lib/feedback/migrations.ts, src/lib/newsletter/migrations.ts,
 * src/lib/staff/migrations.ts), written once with Kysely's schema builder for both databases
 * (./schema-builder.ts holds what differs); versions are unique across features, and the runner
 * applies the missing ones in the order of their versions — the order in which they were
 * released, so that a migration finds the tables of the earlier ones — each recorded in
 * `schema_migrations`, all in one transaction under the driver's migration lock.
 */
import { sql, type Kysely } from 'kysely';
import { kysely } from './kysely.ts';
import type { Dialect, Driver } from './sql.ts';

/** The table of applied migrations (TEXT `applied_at` in both databases, as it always was). */
export interface SchemaMigrationsTable {
	version: number;
	name: string;
	applied_at: string;
}

export interface Migration {
	version: number;
	name: string;
	/**
	 * Makes the change on `db`, a transaction. A migration works on tables as they were when it
	 * was released, not on today's types: its Kysely is untyped.
	 */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/** One feature's migrations. */
export interface MigrationList {
	owner: string;
	migrations: Migration[];
}

/** Every migration of `lists` in the order they run; a version given twice is an error. */
export function ordered(lists: readonly MigrationList[]): Migration[] {
	const owners = new Map<number, string>();
	for (const { owner, migrations } of lists)
		for (const { version } of migrations) {
			const other = owners.get(version);
			if (other) throw new Error(`Migration ${version} is claimed by ${other} and by ${owner}`);
			owners.set(version, owner);
		}
	return lists.flatMap((list) => list.migrations).sort((a, b) => a.version - b.version);
}

/**
 * Applies the migrations of `lists` not yet applied, up to version `upTo` (all by default);
 * returns the schema version.
 */
export async function migrate(
	driver: Driver,
	lists: readonly MigrationList[],
	upTo = Number.POSITIVE_INFINITY,
): Promise<number> {
	const migrations = ordered(lists).filter((migration) => migration.version <= upTo);
	return driver.transaction(async (tx) => {
		await driver.migrationLock(tx);
		const db = kysely<{ schema_migrations: SchemaMigrationsTable }>(tx, driver.dialect);
		// Made by hand in the first releases: kept as it was, not through the schema builder.
		await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
				version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`.execute(db);
		const applied = new Set(
			(await db.selectFrom('schema_migrations').select('version').execute()).map((row) =>
				Number(row.version),
			),
		);
		for (const migration of migrations) {
			if (applied.has(migration.version)) continue;
			await migration.up(db, driver.dialect);
			await db
				.insertInto('schema_migrations')
				.values({
					version: migration.version,
					name: migration.name,
					applied_at: new Date().toISOString(),
				})
				.execute();
		}
		return Math.max(0, ...migrations.map((migration) => migration.version));
	});
}
