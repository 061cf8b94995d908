/**
 * The database the configuration asks for: PostgreSQL when DATABASE_URL is set, SQLite otherwise,
 * migrated. Each driver is loaded only when used, so a host without `node:sqlite` (a serverless
 * runtime on an older Node) runs PostgreSQL.
 */
import type { FeedbackConfig } from './config.ts';
import { migrateSchema } from './schema.ts';
import type { Driver } from './sql.ts';

export async function openDatabase(
	config: Pick<FeedbackConfig, 'databaseUrl' | 'sqlitePath'>,
): Promise<Driver> {
	const driver = config.databaseUrl
		? (await import('./postgres.ts')).postgresDriver(config.databaseUrl)
		: (await import('./sqlite.ts')).sqliteDriver(config.sqlitePath);
	await migrateSchema(driver);
	return driver;
}
