/**
 * The server's database connection, SQLite (./sqlite.ts) or PostgreSQL (./postgres.ts), as one
 * interface: SQL written once with PostgreSQL's `$1` placeholders, which both speak (RETURNING,
 * ON CONFLICT, partial indexes). Each feature (feedback, newsletter, staff) writes its own
 * queries on it; the drivers differ in placeholders, value types and how a transaction holds the
 * database.
 */
export type Row = Record<string, unknown>;
export type SqlValue = string | number | Date | null | undefined | Record<string, unknown>;
export type Dialect = 'sqlite' | 'postgres';

/** Runs SQL written with PostgreSQL's `$1` placeholders. */
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

/** A timestamp column: a Date from PostgreSQL, ISO 8601 text from SQLite. */
export const dateColumn = (value: unknown): Date | undefined =>
	value instanceof Date
		? value
		: typeof value === 'string' || typeof value === 'number'
			? new Date(value)
			: undefined;

/** A text column; a number read back as text. */
export const textColumn = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** A JSON column: JSONB from PostgreSQL, text from SQLite. */
export const jsonColumn = (value: unknown): Record<string, unknown> =>
	(typeof value === 'string' ? JSON.parse(value) : (value ?? {})) as Record<string, unknown>;
