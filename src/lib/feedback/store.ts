/** The store the configuration asks for: PostgreSQL when DATABASE_URL is set, SQLite otherwise. */
import type { FeedbackConfig } from './config.ts';
import { openPostgres } from './postgres.ts';
import type { FeedbackRepository } from './repository.ts';
import { openSqlite } from './sqlite.ts';

export async function openRepository(config: FeedbackConfig): Promise<FeedbackRepository> {
	const repository = config.databaseUrl
		? openPostgres(config.databaseUrl)
		: openSqlite(config.sqlitePath);
	await repository.migrate();
	return repository;
}
