/**
 * The staff tables (migration 2 in src/lib/feedback/migrations.ts), on the feedback function's
 * database: the same connection, SQLite or PostgreSQL, the same `$1` SQL for both.
 */
import type { Driver, Row } from '../feedback/sql-repository.ts';

export interface StaffAccount {
	id: number;
	email: string;
	passwordHash: string;
	failedAttempts: number;
	lockedUntil?: Date | undefined;
	lastSignInAt?: Date | undefined;
}

export interface StoredSession {
	accountId: number;
	email: string;
	csrfToken: string;
	createdAt: Date;
	expiresAt: Date;
}

const date = (value: unknown): Date | undefined =>
	value instanceof Date
		? value
		: typeof value === 'string' || typeof value === 'number'
			? new Date(value)
			: undefined;

const toAccount = (row: Row): StaffAccount => ({
	id: Number(row['id']),
	email: String(row['email']),
	passwordHash: String(row['password_hash']),
	failedAttempts: Number(row['failed_attempts'] ?? 0),
	lockedUntil: date(row['locked_until']),
	lastSignInAt: date(row['last_sign_in_at']),
});

/** E-mail addresses are compared without case and surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class StaffStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/** Creates an account, or sets a new password (and unlocks it) when the address exists. */
	async saveAccount(
		email: string,
		passwordHash: string,
		at: Date,
	): Promise<{ account: StaffAccount; created: boolean }> {
		const address = normaliseEmail(email);
		const [existing] = await this.#driver.query('SELECT id FROM staff_accounts WHERE email = $1', [
			address,
		]);
		const [row] = existing
			? await this.#driver.query(
					`UPDATE staff_accounts SET password_hash = $2, updated_at = $3, failed_attempts = 0,
						locked_until = NULL WHERE email = $1 RETURNING *`,
					[address, passwordHash, at],
				)
			: await this.#driver.query(
					`INSERT INTO staff_accounts (email, password_hash, created_at, updated_at)
					VALUES ($1, $2, $3, $3) RETURNING *`,
					[address, passwordHash, at],
				);
		if (!row) throw new Error(`Account ${address} not stored`);
		if (existing)
			await this.#driver.query('DELETE FROM staff_sessions WHERE account_id = $1', [
				Number(row['id']),
			]);
		return { account: toAccount(row), created: !existing };
	}

	async findAccount(email: string): Promise<StaffAccount | undefined> {
		const [row] = await this.#driver.query('SELECT * FROM staff_accounts WHERE email = $1', [
			normaliseEmail(email),
		]);
		return row ? toAccount(row) : undefined;
	}

	async listAccounts(): Promise<StaffAccount[]> {
		return (await this.#driver.query('SELECT * FROM staff_accounts ORDER BY email')).map(toAccount);
	}

	/** A wrong password: counted, for the record (sign-in throttling is in ./sign-in-throttle.ts). */
	async recordFailure(id: number): Promise<void> {
		await this.#driver.query(
			'UPDATE staff_accounts SET failed_attempts = failed_attempts + 1 WHERE id = $1',
			[id],
		);
	}

	/** A successful sign-in: the failure count starts again. */
	async recordSuccess(id: number, at: Date): Promise<void> {
		await this.#driver.query(
			`UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = $2
			WHERE id = $1`,
			[id, at],
		);
	}

	async createSession(
		idHash: string,
		accountId: number,
		csrfToken: string,
		at: Date,
		expiresAt: Date,
	): Promise<void> {
		await this.#driver.query(
			`INSERT INTO staff_sessions (id_hash, account_id, csrf_token, created_at, expires_at)
			VALUES ($1, $2, $3, $4, $5)`,
			[idHash, accountId, csrfToken, at, expiresAt],
		);
	}

	/** The session with that id hash, unless it has expired at `now`. */
	async findSession(idHash: string, now: Date): Promise<StoredSession | undefined> {
		const [row] = await this.#driver.query(
			`SELECT s.account_id, s.csrf_token, s.created_at, s.expires_at, a.email
			FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
			WHERE s.id_hash = $1 AND s.expires_at > $2`,
			[idHash, now],
		);
		if (!row) return undefined;
		return {
			accountId: Number(row['account_id']),
			email: String(row['email']),
			csrfToken: String(row['csrf_token']),
			createdAt: date(row['created_at']) ?? new Date(0),
			expiresAt: date(row['expires_at']) ?? new Date(0),
		};
	}

	async deleteSession(idHash: string): Promise<void> {
		await this.#driver.query('DELETE FROM staff_sessions WHERE id_hash = $1', [idHash]);
	}

	/** Forgets the sessions expired at `now`; returns how many. */
	async deleteExpiredSessions(now: Date): Promise<number> {
		const rows = await this.#driver.query(
			'DELETE FROM staff_sessions WHERE expires_at <= $1 RETURNING id_hash',
			[now],
		);
		return rows.length;
	}
}
