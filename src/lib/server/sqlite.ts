/**
 * The embedded store: Node's built-in SQLite (`node:sqlite`), one file, write-ahead log.
 * `synchronous = FULL` makes every commit durable on disk before the visitor is told it is
 * stored, so neither a crash of the process nor a power cut loses an acknowledged submission.
 * Several processes may share the file (WAL + busy timeout); one process runs one statement or
 * transaction at a time on its connection, and commits the transactions that arrive together at
 * once (group commit).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { Driver, Queryable, Row, SqlValue } from './sql.ts';

function bind(value: SqlValue): SQLInputValue {
	if (value === undefined || value === null) return null;
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'object') return JSON.stringify(value);
	return value;
}

/**
 * SQL written by hand (tests, tools) may use PostgreSQL's `$1`, which is SQLite's `?1`. Kysely's
 * SQLite compiler writes `?` and puts every value in a parameter, so its SQL has no `$1` to touch.
 */
const placeholders = (sql: string) => sql.replace(/\$(\d+)/g, '?$1');

class SqliteDriver implements Driver {
	readonly dialect = 'sqlite';
	readonly #database: DatabaseSync;
	readonly #statements = new Map<string, ReturnType<DatabaseSync['prepare']>>();
	/** The tail of the queue of work on the connection: one statement or transaction at a time. */
	#queue: Promise<unknown> = Promise.resolve();
	/** Transactions waiting for the next group commit. */
	#batch: {
		work: (tx: Queryable) => Promise<unknown>;
		resolve: (value: unknown) => void;
		reject: (error: unknown) => void;
	}[] = [];
	#flushScheduled = false;

	constructor(path: string) {
		if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
		this.#database = new DatabaseSync(path, { timeout: 10_000 });
		this.#database.exec(`
			PRAGMA journal_mode = WAL;
			PRAGMA synchronous = FULL;
			PRAGMA foreign_keys = ON;
		`);
	}

	#run(sql: string, params: SqlValue[] = []): Row[] {
		let statement = this.#statements.get(sql);
		if (!statement) {
			statement = this.#database.prepare(placeholders(sql));
			this.#statements.set(sql, statement);
		}
		const values = params.map(bind);
		if (/^\s*(SELECT|WITH)|RETURNING/i.test(sql)) return statement.all(...values);
		statement.run(...values);
		return [];
	}

	#exclusive<T>(work: () => Promise<T>): Promise<T> {
		const result = this.#queue.then(work, work);
		this.#queue = result.catch(() => undefined);
		return result;
	}

	query(sql: string, params?: SqlValue[]): Promise<Row[]> {
		return this.#exclusive(() => Promise.resolve(this.#run(sql, params)));
	}

	/**
	 * Group commit: the transactions asked for while the connection is busy run together, each in a
	 * savepoint of one database transaction, and all are answered once it is committed. One sync to
	 * disk serves many submissions, and each is still acknowledged only after it is on disk. A
	 * failing one is rolled back to its savepoint alone.
	 */
	transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			this.#batch.push({
				work,
				resolve: (value) => resolve(value as T),
				reject,
			});
			if (this.#flushScheduled) return;
			this.#flushScheduled = true;
			// After the pending I/O callbacks, so that requests arriving together share the commit.
			setImmediate(() => void this.#exclusive(() => this.#flush()));
		});
	}

	async #flush(): Promise<void> {
		this.#flushScheduled = false;
		const batch = this.#batch.splice(0);
		if (batch.length === 0) return;
		const tx: Queryable = { query: (sql, params) => Promise.resolve(this.#run(sql, params)) };
		const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
		try {
			this.#database.exec('BEGIN IMMEDIATE');
			for (const { work } of batch) {
				this.#database.exec('SAVEPOINT work');
				try {
					const value = await work(tx);
					this.#database.exec('RELEASE work');
					outcomes.push({ ok: true, value });
				} catch (error) {
					this.#database.exec('ROLLBACK TO work');
					this.#database.exec('RELEASE work');
					outcomes.push({ ok: false, error });
				}
			}
			this.#database.exec('COMMIT');
		} catch (error) {
			if (this.#database.isTransaction) this.#database.exec('ROLLBACK');
			for (const { reject } of batch) reject(error);
			return;
		}
		batch.forEach(({ resolve, reject }, index) => {
			const outcome = outcomes[index];
			if (outcome?.ok) resolve(outcome.value);
			else reject(outcome?.error);
		});
	}

	async migrationLock(): Promise<void> {
		// BEGIN IMMEDIATE already holds the file's write lock.
	}

	async close(): Promise<void> {
		await this.#queue;
		this.#database.close();
	}
}

/** A connection to the SQLite file at `path` (its folder is created); not yet migrated. */
export function sqliteDriver(path: string): Driver {
	return new SqliteDriver(path);
}
