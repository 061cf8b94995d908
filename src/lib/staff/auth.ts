/**
 * Staff sign-in and sessions, as plain TypeScript (the pages and the middleware call it through
 * ./server.ts):
 * - sign-in checks the scrypt hash (./password.ts), once ./sign-in-throttle.ts has admitted the
 *   attempt (per client, overall, and growing delays per account and client; never a lock that
 *   would refuse the account's owner); a refused attempt answers as a wrong password does;
 * - a session is a random id in a cookie, signed with the session secret (HMAC-SHA256): a cookie
 *   signed with another secret, or altered, is refused before the database is asked; the database
 *   keeps only the id's SHA-256, with the session's expiry and CSRF token;
 * - every state-changing request carries the session's CSRF token (synchronizer token), compared
 *   in constant time; the sign-in form, before any session, carries a token bound to a random
 *   cookie of its own (`signInToken`).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { decoyHash, verifyPassword } from './password.ts';
import { SignInThrottle } from './sign-in-throttle.ts';
import { normaliseEmail, type StaffRole, type StaffStore } from './store.ts';

export interface AuthOptions {
	/** How long a session lasts after sign-in. */
	sessionHours: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
	sessionHours: 8,
};

/** The session cookie's name and path: sent only to the back office. */
export const SESSION_COOKIE = 'staff_session';
export const SIGN_IN_COOKIE = 'staff_signin';
export const COOKIE_PATH = '/staff/';

/** The shortest acceptable session secret. */
export const MIN_SECRET_LENGTH = 32;

export interface StaffSession {
	accountId: number;
	email: string;
	/** The person's name, when the account has one. */
	name?: string | undefined;
	officeId?: string | undefined;
	role: StaffRole;
	csrfToken: string;
	expiresAt: Date;
	/** The id's hash, to sign out. */
	idHash: string;
}

/**
 * A sign-in's outcome. `throttled` (too many attempts) is told apart here for the tests and the
 * logs only: the page answers it exactly as `invalid`.
 */
export type SignInResult =
	| { ok: true; cookie: string; session: StaffSession }
	| { ok: false; reason: 'invalid' | 'throttled' };

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
const hmac = (secret: string, text: string) =>
	createHmac('sha256', secret).update(text).digest('base64url');

/** Constant-time equality of two strings (false when lengths differ). */
export function sameText(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}

export const newToken = () => randomBytes(32).toString('base64url');

export class StaffAuth {
	readonly #store: StaffStore;
	readonly #secret: string;
	readonly options: AuthOptions;
	readonly throttle: SignInThrottle;

	constructor(
		store: StaffStore,
		secret: string,
		options: Partial<AuthOptions> = {},
		throttle = new SignInThrottle(),
	) {
		if (secret.length < MIN_SECRET_LENGTH)
			throw new Error(`The staff session secret must be at least ${MIN_SECRET_LENGTH} characters`);
		this.#store = store;
		this.#secret = secret;
		this.options = { ...DEFAULT_AUTH_OPTIONS, ...options };
		this.throttle = throttle;
	}

	/** Signs in `email` with `password`, for a request from `client` (its address). */
	async signIn(
		email: string,
		password: string,
		now: Date,
		client = 'unknown',
	): Promise<SignInResult> {
		const throttled = { ok: false, reason: 'throttled' } as const;
		if (!this.throttle.admit(client, email, now.getTime())) return throttled;
		const found = await this.#store.findAccount(email);
		// A deactivated account, or an invited one without a password yet, is no account to sign in.
		const account = found && !found.deactivatedAt && found.passwordHash ? found : undefined;
		// An unknown address is checked against a decoy hash: it costs the same as a wrong password.
		const matches = await this.throttle.hash(async () =>
			verifyPassword(password, account?.passwordHash ?? (await decoyHash())),
		);
		if (matches === undefined) return throttled;
		if (!account || !matches) {
			this.throttle.recordFailure(client, email, now.getTime());
			if (account) await this.#store.recordFailure(account.id);
			return { ok: false, reason: 'invalid' };
		}
		this.throttle.recordSuccess(client, email);
		await this.#store.recordSuccess(account.id, now);
		// Expired sessions are forgotten as people sign in: no table grows without end.
		await this.#store.deleteExpiredSessions(now);
		const id = newToken();
		const idHash = sha256(id);
		const csrfToken = newToken();
		const expiresAt = new Date(now.getTime() + this.options.sessionHours * 3_600_000);
		await this.#store.createSession(idHash, account.id, csrfToken, now, expiresAt);
		return {
			ok: true,
			cookie: `${id}.${hmac(this.#secret, `session:${id}`)}`,
			session: {
				accountId: account.id,
				email: normaliseEmail(account.email),
				name: account.name,
				officeId: account.officeId,
				role: account.role,
				csrfToken,
				expiresAt,
				idHash,
			},
		};
	}

	/** The session a cookie value opens at `now`, if it is signed with this secret and not expired. */
	async session(cookie: string | undefined, now: Date): Promise<StaffSession | undefined> {
		if (!cookie) return undefined;
		const dot = cookie.indexOf('.');
		if (dot <= 0) return undefined;
		const id = cookie.slice(0, dot);
		if (!sameText(cookie.slice(dot + 1), hmac(this.#secret, `session:${id}`))) return undefined;
		const idHash = sha256(id);
		const stored = await this.#store.findSession(idHash, now);
		return stored ? { ...stored, idHash } : undefined;
	}

	async signOut(session: StaffSession): Promise<void> {
		await this.#store.deleteSession(session.idHash);
	}

	/** Whether a form's CSRF token is the session's. */
	checkCsrf(session: StaffSession, token: unknown): boolean {
		return typeof token === 'string' && sameText(token, session.csrfToken);
	}

	/** The sign-in form's token, bound to the random value of its own cookie. */
	signInToken(nonce: string): string {
		return hmac(this.#secret, `sign-in:${nonce}`);
	}

	checkSignInToken(nonce: string | undefined, token: unknown): boolean {
		return (
			typeof nonce === 'string' &&
			nonce.length >= 20 &&
			typeof token === 'string' &&
			sameText(token, this.signInToken(nonce))
		);
	}
}
