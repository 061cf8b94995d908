/**
 * The store for hosting without a local disk (serverless functions): PostgreSQL through `pg`,
 * when DATABASE_URL is set. Transactions run on one pooled connection; migrations take an
 * advisory lock so that instances starting together apply them once.
 */
import pg from 'pg';
import type { Driver, Queryable, Row, SqlValue } from './sql.ts';

function bind(value: SqlValue): unknown {
	if (value === undefined) return null;
	if (value !== null && typeof value === 'object' && !(value instanceof Date))
		return JSON.stringify(value);
	return value;
}

/**
 * BIGINT (the ids, COUNT) read as a number rather than `pg`'s default string: the ids stay far
 * below 2^53, and the rows then have the same types as SQLite's.
 */
const INT8 = 20;
const types = {
	getTypeParser: ((oid: number, format?: 'text') =>
		oid === INT8
			? (value: string) => Number(value)
			: (pg.types.getTypeParser(oid, format) as (
					value: string,
				) => unknown)) as typeof pg.types.getTypeParser,
};

/** An arbitrary constant naming the migration lock. */
const MIGRATION_LOCK = 4_866_451;

class PostgresDriver implements Driver {
	readonly dialect = 'postgres';
	readonly #pool: pg.Pool;

	constructor(connectionString: string, poolSize: number) {
		this.#pool = new pg.Pool({ connectionString, max: poolSize, types });
		// An idle connection dropped by the server must not crash the process.
		this.#pool.on('error', (error) => console.error('[server] PostgreSQL:', error.message));
	}

	async query(sql: string, params: SqlValue[] = []): Promise<Row[]> {
		return (await this.#pool.query(sql, params.map(bind))).rows as Row[];
	}

	async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
		const client = await this.#pool.connect();
		// A connection that the server ends while it is checked out (a restart, `pg_ctl stop -m
		// fast`, an administrator's pg_terminate_backend) emits 'error' on the client: without a
		// listener that event would end the whole process. The query in flight fails on its own.
		let broken: Error | undefined;
		const onError = (error: Error) => {
			broken = error;
			console.error('[server] PostgreSQL connection lost:', error.message);
		};
		client.on('error', onError);
		try {
			await client.query('BEGIN');
			const result = await work({
				query: async (sql, params = []) =>
					(await client.query(sql, params.map(bind))).rows as Row[],
			});
			await client.query('COMMIT');
			return result;
		} catch (error) {
			if (!broken) await client.query('ROLLBACK').catch(() => undefined);
			throw error;
		} finally {
			client.off('error', onError);
			// A broken connection is destroyed rather than handed to the next caller.
			client.release(broken);
		}
	}

	async migrationLock(tx: Queryable): Promise<void> {
		await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
	}

	close(): Promise<void> {
		return this.#pool.end();
	}
}

/** A connection pool to the PostgreSQL database at `connectionString`; not yet migrated. */
export function postgresDriver(connectionString: string, poolSize = 10): Driver {
	return new PostgresDriver(connectionString, poolSize);
}
