/**
 * The server's database connection, SQLite (./sqlite.ts) or PostgreSQL (./postgres.ts), as one
 * interface. The features do not write SQL text on it: they query typed tables through Kysely
 * (./kysely.ts), which compiles for the connection's dialect (`?` placeholders for SQLite, `$1`
 * for PostgreSQL) and runs the result here. The drivers differ in value types and in how a
 * transaction holds the database.
 */
export type Row = Record<string, unknown>;
/** A parameter; an object or an array is stored as JSON (JSONB, or TEXT in SQLite). */
export type SqlValue =
	string | number | Date | null | undefined | Record<string, unknown> | readonly unknown[];
export type Dialect = 'sqlite' | 'postgres';

/** Runs one SQL statement with its parameters (`?` or `?1` in SQLite, `$1` in PostgreSQL). */
export interface Queryable {
	query(sql: string, params?: SqlValue[]): Promise<Row[]>;
}

export interface Driver extends Queryable {
	readonly dialect: Dialect;
	/** Runs `work` in a transaction that holds the right to write (no other writer meanwhile). */
	transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
	/** Serialises migrations across instances starting together. */
	migrationLock(tx: Queryable): Promise<void>;
	close(): Promise<void>;
}
