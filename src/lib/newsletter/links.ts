/**
 * The signed links of the newsletter's mail: confirm a sign-up (expires) and unsubscribe (does
 * not). A link is `<id>.<expiry>.<signature>`: the subscriber's id and the link's expiry in base
 * 36, signed with HMAC-SHA-256 under a key derived from the function's secret, over the link's
 * purpose, id, expiry and the subscriber's address. A changed character, a confirm link used to
 * unsubscribe, or an id given since to another address (SQLite may reuse the id of a deleted row)
 * all fail the check.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkPurpose = 'confirm' | 'unsubscribe';

/** How long a confirmation link works, and an unconfirmed sign-up is kept: three days. */
export const CONFIRM_LINK_HOURS = 72;

/** The links' own key, derived from the function's secret (FEEDBACK_SECRET or the stored one). */
export const linkKey = (secret: string): Buffer =>
	createHmac('sha256', secret).update('newsletter-links-v1').digest();

const signature = (key: Buffer, purpose: LinkPurpose, id: number, expiry: number, email: string) =>
	createHmac('sha256', key)
		.update(`${purpose}\n${id}\n${expiry}\n${email}`)
		.digest('base64url')
		.slice(0, 32);

/** A link token; `expiresAt` undefined: never expires (unsubscribe links). */
export function signLink(
	key: Buffer,
	purpose: LinkPurpose,
	subscriber: { id: number; email: string },
	expiresAt?: Date,
): string {
	const expiry = expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0;
	return `${subscriber.id.toString(36)}.${expiry.toString(36)}.${signature(key, purpose, subscriber.id, expiry, subscriber.email)}`;
}

export interface ParsedLink {
	id: number;
	/** Seconds since 1970; 0: never expires. */
	expiry: number;
	mac: string;
}

/** The parts of a token, or undefined when it is not shaped like one of ours. */
export function parseLink(token: unknown): ParsedLink | undefined {
	if (typeof token !== 'string' || token.length > 80) return undefined;
	const match = /^([0-9a-z]{1,10})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{32})$/.exec(token);
	if (!match) return undefined;
	const id = parseInt(match[1] ?? '', 36);
	const expiry = parseInt(match[2] ?? '', 36);
	if (!Number.isSafeInteger(id) || id <= 0 || !Number.isSafeInteger(expiry)) return undefined;
	return { id, expiry, mac: match[3] ?? '' };
}

export type LinkCheck = { ok: true } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Whether a parsed link was signed by us for this purpose and this subscriber's address, and
 * has not expired at `now`. The signature is checked first: a changed expiry reads "invalid".
 */
export function checkLink(
	key: Buffer,
	purpose: LinkPurpose,
	link: ParsedLink,
	email: string,
	now: Date,
): LinkCheck {
	const expected = Buffer.from(signature(key, purpose, link.id, link.expiry, email));
	const given = Buffer.from(link.mac);
	if (given.length !== expected.length || !timingSafeEqual(given, expected))
		return { ok: false, reason: 'invalid' };
	if (link.expiry !== 0 && now.getTime() > link.expiry * 1000)
		return { ok: false, reason: 'expired' };
	return { ok: true };
}
