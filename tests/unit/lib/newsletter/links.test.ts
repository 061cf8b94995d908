/**
 * The newsletter's signed links on their own: what they are bound to (purpose, id, expiry,
 * address) and how they fail.
 */
import { describe, expect, it } from 'vitest';
import { checkLink, linkKey, parseLink, signLink } from '../../../../src/lib/newsletter/links';

const key = linkKey('a-secret-that-is-long-enough-for-the-tests-0123');
const subscriber = { id: 42, email: 'camille@example.org' };
const now = new Date('2026-07-15T10:00:00Z');
const tomorrow = new Date('2026-07-16T10:00:00Z');

const check = (
	token: string,
	purpose: 'confirm' | 'unsubscribe' = 'confirm',
	email = subscriber.email,
	at = now,
) => {
	const link = parseLink(token);
	return link ? checkLink(key, purpose, link, email, at) : { ok: false, reason: 'unparsable' };
};

describe('newsletter links', () => {
	it('accepts its own link until it expires', () => {
		const token = signLink(key, 'confirm', subscriber, tomorrow);
		expect(parseLink(token)?.id).toBe(42);
		expect(check(token)).toEqual({ ok: true });
		expect(check(token, 'confirm', subscriber.email, new Date('2026-07-16T10:00:01Z'))).toEqual({
			ok: false,
			reason: 'expired',
		});
	});

	it('never expires a link signed without an expiry (unsubscribe)', () => {
		const token = signLink(key, 'unsubscribe', subscriber);
		expect(check(token, 'unsubscribe', subscriber.email, new Date('2046-01-01'))).toEqual({
			ok: true,
		});
	});

	it('refuses a link for another purpose, another address, another key or with a changed character', () => {
		const token = signLink(key, 'confirm', subscriber, tomorrow);
		expect(check(token, 'unsubscribe')).toEqual({ ok: false, reason: 'invalid' });
		expect(check(token, 'confirm', 'other@example.org')).toEqual({ ok: false, reason: 'invalid' });
		const link = parseLink(token);
		if (!link) throw new Error('unparsable');
		expect(
			checkLink(
				linkKey('another-secret-that-is-long-enough-0123456'),
				'confirm',
				link,
				subscriber.email,
				now,
			),
		).toEqual({ ok: false, reason: 'invalid' });
		for (let index = 0; index < token.length; index++) {
			const character = token[index] === 'a' ? 'b' : 'a';
			const changed = `${token.slice(0, index)}${character}${token.slice(index + 1)}`;
			if (changed === token) continue;
			expect(check(changed).ok, changed).toBe(false);
		}
	});

	it('does not parse what is not shaped like a link', () => {
		for (const token of ['', 'abc', '1.2', '0.0.' + 'A'.repeat(32), 'x'.repeat(100), 42, null])
			expect(parseLink(token)).toBeUndefined();
	});
});
