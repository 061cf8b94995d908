/**
 * The feedback repository on a new connection of the server core, for tests that set up or
 * inspect a store themselves: the SQLite file at `path`, or the PostgreSQL database at `url`.
 * Not migrated: call `migrate()`.
 */
import { SqlRepository } from '../../src/lib/feedback/sql-repository.ts';
import { postgresDriver } from '../../src/lib/server/postgres.ts';
import { sqliteDriver } from '../../src/lib/server/sqlite.ts';

export const openSqlite = (path: string): SqlRepository => new SqlRepository(sqliteDriver(path));

export const openPostgres = (url: string, poolSize?: number): SqlRepository =>
	new SqlRepository(postgresDriver(url, poolSize));
