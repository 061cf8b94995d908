/**
 * The store the configuration asks for: PostgreSQL when DATABASE_URL is set, SQLite otherwise.
 * Each driver is loaded only when used, so a host without `node:sqlite` (a serverless runtime on
 * an older Node) runs the PostgreSQL store.
 */
import type { FeedbackConfig } from './config.ts';
import type { FeedbackRepository } from './repository.ts';

export async function openRepository(config: FeedbackConfig): Promise<FeedbackRepository> {
	const repository = config.databaseUrl
		? (await import('./postgres.ts')).openPostgres(config.databaseUrl)
		: (await import('./sqlite.ts')).openSqlite(config.sqlitePath);
	await repository.migrate();
	return repository;
}
