/**
 * The form token: when the form was displayed, signed by the server, so that the minimum fill
 * time cannot be faked by a robot that posts without loading the form. Also the keyed hash that
 * stands for a client's address in the rate limit (the address itself is never stored).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A form displayed longer ago than this must be reloaded (a draft kept in the browser survives). */
export const TOKEN_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const signature = (secret: string, issuedAt: number) =>
	createHmac('sha256', secret).update(`feedback-form:${issuedAt}`).digest('base64url').slice(0, 32);

/** A token for a form displayed at `now`. */
export function issueFormToken(secret: string, now: Date): string {
	const issuedAt = now.getTime();
	return `${issuedAt.toString(36)}.${signature(secret, issuedAt)}`;
}

export type TokenCheck =
	{ ok: true; issuedAt: Date } | { ok: false; reason: 'invalid' | 'expired' | 'too-fast' };

/** Whether a token is ours, not expired, and issued at least `minFillSeconds` before `now`. */
export function checkFormToken(
	secret: string,
	token: unknown,
	now: Date,
	minFillSeconds: number,
): TokenCheck {
	if (typeof token !== 'string' || token.length > 64) return { ok: false, reason: 'invalid' };
	const [stamp = '', mac = ''] = token.split('.');
	if (!/^[0-9a-z]{1,12}$/.test(stamp)) return { ok: false, reason: 'invalid' };
	const issuedAt = parseInt(stamp, 36);
	const expected = Buffer.from(signature(secret, issuedAt));
	const given = Buffer.from(mac);
	if (given.length !== expected.length || !timingSafeEqual(given, expected))
		return { ok: false, reason: 'invalid' };
	const age = now.getTime() - issuedAt;
	// A minute of slack for clocks of several instances.
	if (age < -60_000 || age > TOKEN_MAX_AGE_MS) return { ok: false, reason: 'expired' };
	if (age < minFillSeconds * 1000) return { ok: false, reason: 'too-fast' };
	return { ok: true, issuedAt: new Date(issuedAt) };
}

/** The idempotency key a form carries: random, URL-safe. */
export const newIdempotencyKey = () => randomBytes(16).toString('base64url');

/** What an idempotency key may look like (a browser's `crypto.randomUUID()` or ours). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** The client's address as a keyed hash: stable for the rate limit, meaningless without the secret. */
export const clientKey = (secret: string, address: string) =>
	createHash('sha256').update(`${secret}\n${address}`).digest('base64url').slice(0, 32);

/** A new random secret (when FEEDBACK_SECRET is not set, one is kept in the database). */
export const newSecret = () => randomBytes(32).toString('base64url');

/** Crockford's base 32 without the letters people misread (I, L, O, U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PREFIX = {
	suggestion: 'SUG',
	complaint: 'REC',
	questionnaire: 'SAT',
	brochureRequest: 'BRO',
} as const;

/** A reference for the visitor and the staff: "REC-2026-7K3MQ9" (kind, year, 6 random characters). */
export function newReference(kind: keyof typeof PREFIX, now: Date): string {
	const bytes = randomBytes(6);
	const random = [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
	return `${PREFIX[kind]}-${now.getUTCFullYear()}-${random}`;
}

export const REFERENCE = /^(SUG|REC|SAT|BRO)-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/;
