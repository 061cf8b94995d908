/**
 * The staff tables (./migrations.ts), on the server core's connection (SQLite or PostgreSQL),
 * typed through Kysely: accounts, their sessions and the tokens of the links that set a password.
 */
import { database, inTransaction, toDate } from '../server/kysely.ts';
import { insertMail, type NewMail } from '../server/outbox-store.ts';
import type { Driver } from '../server/sql.ts';
import { optional, toAccount } from './account-rows.ts';

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
		const db = database(this.#driver);
		const existing = await db
			.selectFrom('staff_accounts')
			.select('id')
			.where('email', '=', address)
			.executeTakeFirst();
		const row = existing
			? await db
					.updateTable('staff_accounts')
					.set({
						password_hash: passwordHash,
						updated_at: at,
						failed_attempts: 0,
						locked_until: null,
						deactivated_at: null,
						role: accountRole,
					})
					.where('email', '=', address)
					.returningAll()
					.executeTakeFirst()
			: await db
					.insertInto('staff_accounts')
					.values({
						email: address,
						password_hash: passwordHash,
						created_at: at,
						updated_at: at,
						role: accountRole,
					})
					.returningAll()
					.executeTakeFirst();
		if (!row) throw new Error(`Account ${address} not stored`);
		if (existing) await db.deleteFrom('staff_sessions').where('account_id', '=', row.id).execute();
		return { account: toAccount(row), created: !existing };
	}

	async findAccount(email: string): Promise<StaffAccount | undefined> {
		const row = await database(this.#driver)
			.selectFrom('staff_accounts')
			.selectAll()
			.where('email', '=', normaliseEmail(email))
			.executeTakeFirst();
		return row && toAccount(row);
	}

	async listAccounts(): Promise<StaffAccount[]> {
		const rows = await database(this.#driver)
			.selectFrom('staff_accounts')
			.selectAll()
			.orderBy('email')
			.execute();
		return rows.map(toAccount);
	}

	async findAccountById(id: number): Promise<StaffAccount | undefined> {
		const row = await database(this.#driver)
			.selectFrom('staff_accounts')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirst();
		return row && toAccount(row);
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
		return inTransaction(this.#driver, async (db) => {
			const existing = await db
				.selectFrom('staff_accounts')
				.select('deactivated_at')
				.where('email', '=', address)
				.executeTakeFirst();
			if (existing && existing.deactivated_at === null) return { ok: false, reason: 'exists' };
			const values = {
				name: details.name ?? null,
				office_id: details.officeId ?? null,
				role: details.role,
				updated_at: at,
				password_hash: '',
			};
			const row = existing
				? await db
						.updateTable('staff_accounts')
						.set({ ...values, failed_attempts: 0, locked_until: null, deactivated_at: null })
						.where('email', '=', address)
						.returningAll()
						.executeTakeFirst()
				: await db
						.insertInto('staff_accounts')
						.values({ ...values, email: address, created_at: at })
						.returningAll()
						.executeTakeFirst();
			if (!row) throw new Error(`Account ${address} not stored`);
			const account = toAccount(row);
			await db.deleteFrom('staff_tokens').where('account_id', '=', account.id).execute();
			await db
				.insertInto('staff_tokens')
				.values({
					token_hash: token.hash,
					account_id: account.id,
					purpose: 'invite',
					created_at: at,
					expires_at: token.expiresAt,
				})
				.execute();
			await insertMail(db, { ...mail, headers: undefined }, at);
			return { ok: true, account };
		});
	}

	/** A new name, office or role. */
	async updateAccount(id: number, details: AccountDetails, at: Date): Promise<void> {
		await database(this.#driver)
			.updateTable('staff_accounts')
			.set({
				name: details.name ?? null,
				office_id: details.officeId ?? null,
				role: details.role,
				updated_at: at,
			})
			.where('id', '=', id)
			.execute();
	}

	/** Deactivates an account: its sessions and links end with it. */
	async deactivate(id: number, at: Date): Promise<void> {
		await inTransaction(this.#driver, async (db) => {
			await db
				.updateTable('staff_accounts')
				.set({ deactivated_at: at, updated_at: at })
				.where('id', '=', id)
				.execute();
			await db.deleteFrom('staff_sessions').where('account_id', '=', id).execute();
			await db.deleteFrom('staff_tokens').where('account_id', '=', id).execute();
		});
	}

	/** When the last link of this purpose was made for the account (to space reset mails). */
	async lastTokenAt(accountId: number, purpose: TokenPurpose): Promise<Date | undefined> {
		const row = await database(this.#driver)
			.selectFrom('staff_tokens')
			.select('created_at')
			.where('account_id', '=', accountId)
			.where('purpose', '=', purpose)
			.orderBy('created_at', 'desc')
			.limit(1)
			.executeTakeFirst();
		return row && toDate(row.created_at);
	}

	/** Stores a link's token and queues its mail, in one transaction; expired links are forgotten. */
	async issueToken(
		accountId: number,
		purpose: TokenPurpose,
		token: { hash: string; expiresAt: Date },
		mail: NewMail,
		at: Date,
	): Promise<void> {
		await inTransaction(this.#driver, async (db) => {
			await db.deleteFrom('staff_tokens').where('expires_at', '<=', at).execute();
			await db
				.insertInto('staff_tokens')
				.values({
					token_hash: token.hash,
					account_id: accountId,
					purpose,
					created_at: at,
					expires_at: token.expiresAt,
				})
				.execute();
			await insertMail(db, { ...mail, headers: undefined }, at);
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
		const row = await database(this.#driver)
			.selectFrom('staff_tokens as t')
			.innerJoin('staff_accounts as a', 'a.id', 't.account_id')
			.selectAll('a')
			.select(['t.purpose', 't.expires_at as token_expires_at'])
			.where('t.token_hash', '=', hash)
			.where('a.deactivated_at', 'is', null)
			.executeTakeFirst();
		if (!row) return { status: 'invalid' };
		if (toDate(row.token_expires_at).getTime() <= now.getTime()) return { status: 'expired' };
		return { status: 'valid', account: toAccount(row), purpose: row.purpose };
	}

	/**
	 * Sets the password a link's token was made for, once: the token (and every other link of the
	 * account) is used up, the account unlocked, its sessions ended. False when the token no longer
	 * opens anything (used meanwhile, expired, deactivated).
	 */
	async useToken(hash: string, passwordHash: string, now: Date): Promise<StaffAccount | undefined> {
		return inTransaction(this.#driver, async (db) => {
			const token = await db
				.deleteFrom('staff_tokens')
				.where('token_hash', '=', hash)
				.where('expires_at', '>', now)
				.returning('account_id')
				.executeTakeFirst();
			if (!token) return undefined;
			const id = token.account_id;
			const account = await db
				.updateTable('staff_accounts')
				.set({
					password_hash: passwordHash,
					updated_at: now,
					failed_attempts: 0,
					locked_until: null,
				})
				.where('id', '=', id)
				.where('deactivated_at', 'is', null)
				.returningAll()
				.executeTakeFirst();
			if (!account) return undefined;
			await db.deleteFrom('staff_tokens').where('account_id', '=', id).execute();
			await db.deleteFrom('staff_sessions').where('account_id', '=', id).execute();
			return toAccount(account);
		});
	}

	/** A wrong password: counted, for the record (sign-in throttling is in ./sign-in-throttle.ts). */
	async recordFailure(id: number): Promise<void> {
		await database(this.#driver)
			.updateTable('staff_accounts')
			.set((account) => ({ failed_attempts: account('failed_attempts', '+', 1) }))
			.where('id', '=', id)
			.execute();
	}

	/** A successful sign-in: the failure count starts again. */
	async recordSuccess(id: number, at: Date): Promise<void> {
		await database(this.#driver)
			.updateTable('staff_accounts')
			.set({ failed_attempts: 0, locked_until: null, last_sign_in_at: at })
			.where('id', '=', id)
			.execute();
	}

	async createSession(
		idHash: string,
		accountId: number,
		csrfToken: string,
		at: Date,
		expiresAt: Date,
	): Promise<void> {
		await database(this.#driver)
			.insertInto('staff_sessions')
			.values({
				id_hash: idHash,
				account_id: accountId,
				csrf_token: csrfToken,
				created_at: at,
				expires_at: expiresAt,
			})
			.execute();
	}

	/** The session with that id hash, unless it has expired at `now`. */
	async findSession(idHash: string, now: Date): Promise<StoredSession | undefined> {
		const row = await database(this.#driver)
			.selectFrom('staff_sessions as s')
			.innerJoin('staff_accounts as a', 'a.id', 's.account_id')
			.select([
				's.account_id',
				's.csrf_token',
				's.created_at',
				's.expires_at',
				'a.email',
				'a.name',
				'a.role',
				'a.office_id',
			])
			.where('s.id_hash', '=', idHash)
			.where('s.expires_at', '>', now)
			.where('a.deactivated_at', 'is', null)
			.executeTakeFirst();
		if (!row) return undefined;
		return {
			accountId: row.account_id,
			email: row.email,
			name: optional(row.name),
			officeId: optional(row.office_id),
			role: row.role,
			csrfToken: row.csrf_token,
			createdAt: toDate(row.created_at),
			expiresAt: toDate(row.expires_at),
		};
	}

	async deleteSession(idHash: string): Promise<void> {
		await database(this.#driver)
			.deleteFrom('staff_sessions')
			.where('id_hash', '=', idHash)
			.execute();
	}

	/** Forgets the sessions expired at `now`; returns how many. */
	async deleteExpiredSessions(now: Date): Promise<number> {
		const rows = await database(this.#driver)
			.deleteFrom('staff_sessions')
			.where('expires_at', '<=', now)
			.returning('id_hash')
			.execute();
		return rows.length;
	}
}
