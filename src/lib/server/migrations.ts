/**
 * The migration runner. Each feature owns its tables as a list of numbered migrations
 * (src/lib/feedback/migrations.ts, src/lib/newsletter/migrations.ts,
 * src/lib/staff/migrations.ts); versions are unique across features, and the runner applies the
 * missing ones in the order of their versions — the order in which they were released, so that a
 * migration finds the tables of the earlier ones — each recorded in `schema_migrations`, all in
 * one transaction under the driver's migration lock.
 */
import type { Dialect, Driver } from './sql.ts';

export interface Migration {
	version: number;
	name: string;
	/** The statements, separated by `;` at the end of a line, per dialect. */
	sql: Record<Dialect, string>;
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

/** Applies the migrations of `lists` not yet applied; returns the schema version. */
export async function migrate(driver: Driver, lists: readonly MigrationList[]): Promise<number> {
	const migrations = ordered(lists);
	return driver.transaction(async (tx) => {
		await driver.migrationLock(tx);
		await tx.query(
			`CREATE TABLE IF NOT EXISTS schema_migrations (
				version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
		);
		const applied = new Set(
			(await tx.query('SELECT version FROM schema_migrations')).map((row) =>
				Number(row['version']),
			),
		);
		for (const migration of migrations) {
			if (applied.has(migration.version)) continue;
			for (const statement of migration.sql[driver.dialect]
				.split(/;\s*\n/)
				.filter((sql) => sql.trim()))
				await tx.query(statement);
			await tx.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
				migration.version,
				migration.name,
				new Date().toISOString(),
			]);
		}
		return Math.max(0, ...migrations.map((migration) => migration.version));
	});
}
