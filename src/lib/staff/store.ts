/**
 * The staff tables (./migrations.ts), on the server core's connection: SQLite or PostgreSQL,
 * the same `$1` SQL for both.
 */
import { insertMail, type NewMail } from '../server/outbox-store.ts';
import { dateColumn as date, type Driver, type Row } from '../server/sql.ts';
import { kysely } from '../server/kysely.ts';

/** An administrator also invites and manages the accounts; staff do the rest. */
export type StaffRole = 'staff' | 'admin';

export interface StaffAccount {
	id: number;
	email: string;
	/** Empty while an invited colleague has not set a password: it matches none. */
	passwordHash: string;
	failedAttempts: number;
	lockedUntil?: Date | undefined;
	lastSignInAt?: Date | undefined;
	name?: string | undefined;
	officeId?: string | undefined;
	role: StaffRole;
	/** A deactivated account cannot sign in and has no session. */
	deactivatedAt?: Date | undefined;
	createdAt?: Date | undefined;
}

export interface StoredSession {
	accountId: number;
	email: string;
	name?: string | undefined;
	/** The person's office: "assigned to me" also finds what is assigned to it. */
	officeId?: string | undefined;
	role: StaffRole;
	csrfToken: string;
	createdAt: Date;
	expiresAt: Date;
}

/** What a link that sets a password is for. */
export type TokenPurpose = 'invite' | 'reset';

export interface AccountDetails {
	name?: string | undefined;
	officeId?: string | undefined;
	role: StaffRole;
}

const optional = (value: unknown) =>
	typeof value === 'string' && value !== '' ? value : undefined;
const role = (value: unknown): StaffRole => (value === 'admin' ? 'admin' : 'staff');

const toAccount = (row: Row): StaffAccount => ({
	id: Number(row['id']),
	email: String(row['email']),
	passwordHash: String(row['password_hash']),
	failedAttempts: Number(row['failed_attempts'] ?? 0),
	lockedUntil: date(row['locked_until']),
	lastSignInAt: date(row['last_sign_in_at']),
	name: optional(row['name']),
	officeId: optional(row['office_id']),
	role: role(row['role']),
	deactivatedAt: date(row['deactivated_at']),
	createdAt: date(row['created_at']),
});

/** E-mail addresses are compared without case and surrounding spaces. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export class StaffStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/**
	 * Creates an account, or sets a new password (and unlocks it, ends its sessions) when the
	 * address exists: what `npm run staff:add` does, which makes administrators (`role`) and
	 * reactivates a deactivated account.
	 */
	async saveAccount(
		email: string,
		passwordHash: string,
		at: Date,
		accountRole: StaffRole = 'admin',
	): Promise<{ account: StaffAccount; created: boolean }> {
		const address = normaliseEmail(email);
		const [existing] = await this.#driver.query('SELECT id FROM staff_accounts WHERE email = $1', [
			address,
		]);
		const [row] = existing
			? await this.#driver.query(
					`UPDATE staff_accounts SET password_hash = $2, updated_at = $3, failed_attempts = 0,
						locked_until = NULL, deactivated_at = NULL, role = $4 WHERE email = $1 RETURNING *`,
					[address, passwordHash, at, accountRole],
				)
			: await this.#driver.query(
					`INSERT INTO staff_accounts (email, password_hash, created_at, updated_at, role)
					VALUES ($1, $2, $3, $3, $4) RETURNING *`,
					[address, passwordHash, at, accountRole],
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

	async findAccountById(id: number): Promise<StaffAccount | undefined> {
		const [row] = await this.#driver.query('SELECT * FROM staff_accounts WHERE id = $1', [id]);
		return row ? toAccount(row) : undefined;
	}

	/**
	 * Invites a colleague: a new account without a password (or a deactivated one, active again
	 * and without its old password), the link's token and its mail, in one transaction. An active
	 * account with that address is left alone (`exists`).
	 */
	async invite(
		email: string,
		details: AccountDetails,
		token: { hash: string; expiresAt: Date },
		mail: NewMail,
		at: Date,
	): Promise<{ ok: true; account: StaffAccount } | { ok: false; reason: 'exists' }> {
		const address = normaliseEmail(email);
		return this.#driver.transaction(async (tx) => {
			const [existing] = await tx.query('SELECT * FROM staff_accounts WHERE email = $1', [address]);
			if (existing && !date(existing['deactivated_at'])) return { ok: false, reason: 'exists' };
			const values = [address, details.name ?? null, details.officeId ?? null, details.role, at];
			const [row] = existing
				? await tx.query(
						`UPDATE staff_accounts SET name = $2, office_id = $3, role = $4, updated_at = $5,
						password_hash = '', failed_attempts = 0, locked_until = NULL, deactivated_at = NULL
						WHERE email = $1 RETURNING *`,
						values,
					)
				: await tx.query(
						`INSERT INTO staff_accounts
						(email, password_hash, name, office_id, role, created_at, updated_at)
						VALUES ($1, '', $2, $3, $4, $5, $5) RETURNING *`,
						values,
					);
			if (!row) throw new Error(`Account ${address} not stored`);
			const account = toAccount(row);
			await tx.query('DELETE FROM staff_tokens WHERE account_id = $1', [account.id]);
			await tx.query(
				`INSERT INTO staff_tokens (token_hash, account_id, purpose, created_at, expires_at)
				VALUES ($1, $2, 'invite', $3, $4)`,
				[token.hash, account.id, at, token.expiresAt],
			);
			await insertMail(kysely(tx, this.#driver.dialect), { ...mail, headers: undefined }, at);
			return { ok: true, account };
		});
	}

	/** A new name, office or role. */
	async updateAccount(id: number, details: AccountDetails, at: Date): Promise<void> {
		await this.#driver.query(
			`UPDATE staff_accounts SET name = $2, office_id = $3, role = $4, updated_at = $5
			WHERE id = $1`,
			[id, details.name ?? null, details.officeId ?? null, details.role, at],
		);
	}

	/** Deactivates an account: its sessions and links end with it. */
	async deactivate(id: number, at: Date): Promise<void> {
		await this.#driver.transaction(async (tx) => {
			await tx.query(
				'UPDATE staff_accounts SET deactivated_at = $2, updated_at = $2 WHERE id = $1',
				[id, at],
			);
			await tx.query('DELETE FROM staff_sessions WHERE account_id = $1', [id]);
			await tx.query('DELETE FROM staff_tokens WHERE account_id = $1', [id]);
		});
	}

	/** When the last link of this purpose was made for the account (to space reset mails). */
	async lastTokenAt(accountId: number, purpose: TokenPurpose): Promise<Date | undefined> {
		const [row] = await this.#driver.query(
			`SELECT created_at FROM staff_tokens WHERE account_id = $1 AND purpose = $2
			ORDER BY created_at DESC LIMIT 1`,
			[accountId, purpose],
		);
		return row ? date(row['created_at']) : undefined;
	}

	/** Stores a link's token and queues its mail, in one transaction; expired links are forgotten. */
	async issueToken(
		accountId: number,
		purpose: TokenPurpose,
		token: { hash: string; expiresAt: Date },
		mail: NewMail,
		at: Date,
	): Promise<void> {
		await this.#driver.transaction(async (tx) => {
			await tx.query('DELETE FROM staff_tokens WHERE expires_at <= $1', [at]);
			await tx.query(
				`INSERT INTO staff_tokens (token_hash, account_id, purpose, created_at, expires_at)
				VALUES ($1, $2, $3, $4, $5)`,
				[token.hash, accountId, purpose, at, token.expiresAt],
			);
			await insertMail(kysely(tx, this.#driver.dialect), { ...mail, headers: undefined }, at);
		});
	}

	/** The active account a link's token opens at `now`, and what for; `expired` past its time. */
	async findToken(
		hash: string,
		now: Date,
	): Promise<
		| { status: 'valid'; account: StaffAccount; purpose: TokenPurpose }
		| { status: 'expired' | 'invalid' }
	> {
		const [row] = await this.#driver.query(
			`SELECT t.purpose, t.expires_at, a.* FROM staff_tokens t
			JOIN staff_accounts a ON a.id = t.account_id
			WHERE t.token_hash = $1 AND a.deactivated_at IS NULL`,
			[hash],
		);
		if (!row) return { status: 'invalid' };
		if ((date(row['expires_at'])?.getTime() ?? 0) <= now.getTime()) return { status: 'expired' };
		return {
			status: 'valid',
			account: toAccount(row),
			purpose: row['purpose'] === 'invite' ? 'invite' : 'reset',
		};
	}

	/**
	 * Sets the password a link's token was made for, once: the token (and every other link of the
	 * account) is used up, the account unlocked, its sessions ended. False when the token no longer
	 * opens anything (used meanwhile, expired, deactivated).
	 */
	async useToken(hash: string, passwordHash: string, now: Date): Promise<StaffAccount | undefined> {
		return this.#driver.transaction(async (tx) => {
			const [row] = await tx.query(
				`DELETE FROM staff_tokens WHERE token_hash = $1 AND expires_at > $2
				RETURNING account_id`,
				[hash, now],
			);
			if (!row) return undefined;
			const id = Number(row['account_id']);
			const [account] = await tx.query(
				`UPDATE staff_accounts SET password_hash = $2, updated_at = $3, failed_attempts = 0,
				locked_until = NULL WHERE id = $1 AND deactivated_at IS NULL RETURNING *`,
				[id, passwordHash, now],
			);
			if (!account) return undefined;
			await tx.query('DELETE FROM staff_tokens WHERE account_id = $1', [id]);
			await tx.query('DELETE FROM staff_sessions WHERE account_id = $1', [id]);
			return toAccount(account);
		});
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
			`SELECT s.account_id, s.csrf_token, s.created_at, s.expires_at, a.email, a.name, a.role, a.office_id
			FROM staff_sessions s JOIN staff_accounts a ON a.id = s.account_id
			WHERE s.id_hash = $1 AND s.expires_at > $2 AND a.deactivated_at IS NULL`,
			[idHash, now],
		);
		if (!row) return undefined;
		return {
			accountId: Number(row['account_id']),
			email: String(row['email']),
			name: optional(row['name']),
			officeId: optional(row['office_id']),
			role: role(row['role']),
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
