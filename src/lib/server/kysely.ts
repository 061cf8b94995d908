/**
 * Typed queries and schema changes through Kysely, run on our own drivers (./sqlite.ts,
 * ./postgres.ts). Kysely only compiles: its SQL goes through `Queryable.query`, so the SQLite
 * driver keeps its one-statement-at-a-time queue and its group commit, and PostgreSQL its pool
 * and advisory migration lock. A transaction is always `driver.transaction(work)`: `inTransaction`
 * hands `work` a Kysely bound to that transaction's connection; Kysely's own `transaction()` is
 * refused, since it would bypass the driver's.
 */
import {
	Kysely,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	SqliteAdapter,
	SqliteIntrospector,
	SqliteQueryCompiler,
	type ColumnType,
	type CompiledQuery,
	type DatabaseConnection,
	type Dialect as KyselyDialect,
	type Driver as KyselyDriver,
	type QueryResult,
} from 'kysely';
import type { Database } from './tables.ts';
import type { Dialect, Driver, Queryable, SqlValue } from './sql.ts';

class QueryableConnection implements DatabaseConnection {
	readonly #queryable: Queryable;

	constructor(queryable: Queryable) {
		this.#queryable = queryable;
	}

	async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
		// SQLite's compiler writes `?` placeholders, which the SQLite driver prepares as they are;
		// PostgreSQL's writes `$1`. Rows that count come back through `returning`.
		const rows = await this.#queryable.query(query.sql, query.parameters as SqlValue[]);
		return { rows: rows as R[] };
	}

	streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
		throw new Error('Streaming is not supported: the drivers return whole results.');
	}
}

class QueryableDriver implements KyselyDriver {
	readonly #connection: QueryableConnection;

	constructor(queryable: Queryable) {
		this.#connection = new QueryableConnection(queryable);
	}

	async init(): Promise<void> {}

	acquireConnection(): Promise<DatabaseConnection> {
		return Promise.resolve(this.#connection);
	}

	beginTransaction(): Promise<void> {
		throw new Error('Run transactions with inTransaction(driver, work), not Kysely.');
	}

	commitTransaction(): Promise<void> {
		return this.beginTransaction();
	}

	rollbackTransaction(): Promise<void> {
		return this.beginTransaction();
	}

	async releaseConnection(): Promise<void> {}

	async destroy(): Promise<void> {}
}

/** Kysely's adapter, compiler and introspector of `dialect`, executing on `queryable`. */
class QueryableDialect implements KyselyDialect {
	readonly #queryable: Queryable;
	readonly #dialect: Dialect;

	constructor(queryable: Queryable, dialect: Dialect) {
		this.#queryable = queryable;
		this.#dialect = dialect;
	}

	createDriver() {
		return new QueryableDriver(this.#queryable);
	}

	createQueryCompiler() {
		return this.#dialect === 'postgres' ? new PostgresQueryCompiler() : new SqliteQueryCompiler();
	}

	createAdapter() {
		return this.#dialect === 'postgres' ? new PostgresAdapter() : new SqliteAdapter();
	}

	createIntrospector(db: Kysely<unknown>) {
		return this.#dialect === 'postgres' ? new PostgresIntrospector(db) : new SqliteIntrospector(db);
	}
}

/** A Kysely over `queryable` (a driver, or a transaction of it) in the SQL of `dialect`. */
export function kysely<DB = Database>(queryable: Queryable, dialect: Dialect): Kysely<DB> {
	return new Kysely<DB>({ dialect: new QueryableDialect(queryable, dialect) });
}

const outsideTransactions = new WeakMap<Driver, Kysely<Database>>();

/** The Kysely of `driver`, each query on its own (one per driver, kept). */
export function database(driver: Driver): Kysely<Database> {
	let db = outsideTransactions.get(driver);
	if (!db) {
		db = kysely(driver, driver.dialect);
		outsideTransactions.set(driver, db);
	}
	return db;
}

/** Runs `work` in one of `driver`'s transactions, with a Kysely bound to it. */
export function inTransaction<T>(
	driver: Driver,
	work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
	return driver.transaction((tx) => work(kysely(tx, driver.dialect)));
}

/**
 * A timestamp column: TIMESTAMPTZ, read as a Date, in PostgreSQL; ISO 8601 TEXT in SQLite. It is
 * written as a Date (the SQLite driver stores its ISO text) and read through `toDate`.
 */
export type Timestamp = ColumnType<Date | string, Date, Date>;
export type NullableTimestamp = ColumnType<Date | string | null, Date | null, Date | null>;

/** A JSON column: JSONB, parsed by `pg`; TEXT in SQLite. The drivers serialise what is written. */
export type Json<T> = ColumnType<T | string, T, T>;
export type NullableJson<T> = ColumnType<T | string | null, T | null, T | null>;

/** A timestamp column's value as a Date, whichever database it came from. */
export function toDate(value: Date | string): Date {
	return value instanceof Date ? value : new Date(value);
}

/** A nullable timestamp column's value: a Date, or undefined. */
export const optionalDate = (value: Date | string | null): Date | undefined =>
	value === null ? undefined : toDate(value);

/** A JSON column's value, whichever database it came from. */
export function fromJson<T>(value: T | string): T {
	return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
