/**
 * Staff sign-in, sessions and CSRF against both stores: passwords stored as scrypt hashes only;
 * throttling that slows whoever guesses without locking out the account's owner; a session cookie signed with another secret, altered or
 * expired is refused; signing out ends the session; CSRF tokens are the session's own.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import { StaffAuth } from '../../../../src/lib/staff/auth';
import { SignInThrottle } from '../../../../src/lib/staff/sign-in-throttle';
import { hashPassword, verifyPassword } from '../../../../src/lib/staff/password';
import { StaffStore } from '../../../../src/lib/staff/store';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

// Each sign-in runs scrypt on purpose (about 0.1 s, several times that on a busy machine).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const SECRET = 'staff-session-secret-for-the-tests-0123456789';
const OTHER_SECRET = 'another-staff-session-secret-for-tests-987654';
const EMAIL = 'Accueil@Example.org';
const PASSWORD = 'un mot de passe assez long';
const NOW = new Date('2026-07-15T10:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

export function staffStore(repository: FeedbackRepository): StaffStore {
	if (!(repository instanceof SqlRepository)) throw new Error('SQL store expected');
	return new StaffStore(repository.driver);
}

describe('passwords', () => {
	it('stores a salted scrypt hash, never the password, and checks it', async () => {
		const [first, second] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
		expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
		expect(first).not.toContain(PASSWORD);
		expect(first).not.toBe(second);
		expect(await verifyPassword(PASSWORD, first)).toBe(true);
		expect(await verifyPassword(`${PASSWORD}!`, first)).toBe(false);
		expect(await verifyPassword(PASSWORD, 'plain-text')).toBe(false);
	});
});

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`staff sign-in — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let store: StaffStore;
		let auth: StaffAuth;

		beforeAll(async () => {
			stores = kind.create();
			store = staffStore(await stores.open());
			auth = new StaffAuth(store, SECRET, { sessionHours: 8 });
			await store.saveAccount(EMAIL, await hashPassword(PASSWORD), NOW);
		});
		afterAll(() => stores.cleanup());

		it('signs in with the right password, whatever the case of the address', async () => {
			const result = await auth.signIn(' accueil@example.ORG ', PASSWORD, NOW);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			const session = await auth.session(result.cookie, minutes(1));
			expect(session?.email).toBe('accueil@example.org');
			expect(session?.expiresAt).toEqual(minutes(8 * 60));
		});

		it('refuses a wrong password and an unknown address alike', async () => {
			expect(await auth.signIn(EMAIL, 'mauvais mot de passe', NOW)).toEqual({
				ok: false,
				reason: 'invalid',
			});
			expect(await auth.signIn('inconnu@example.org', PASSWORD, NOW)).toEqual({
				ok: false,
				reason: 'invalid',
			});
			// A success resets the count.
			expect((await auth.signIn(EMAIL, PASSWORD, NOW)).ok).toBe(true);
		});

		it('slows a client guessing at an account, never its owner signing in from elsewhere', async () => {
			const throttled = new StaffAuth(store, SECRET, {}, new SignInThrottle({ freeFailures: 3 }));
			await store.saveAccount('guichet@example.org', await hashPassword(PASSWORD), NOW);
			const attacker = '198.51.100.9';
			for (const attempt of [1, 2, 3])
				expect(
					await throttled.signIn('guichet@example.org', `faux ${attempt}`, NOW, attacker),
				).toEqual({ ok: false, reason: 'invalid' });
			// Now the attacker must wait, even with the right password…
			expect(await throttled.signIn('guichet@example.org', PASSWORD, NOW, attacker)).toEqual({
				ok: false,
				reason: 'throttled',
			});
			// …while the owner, from their own device, signs in at once.
			expect((await throttled.signIn('guichet@example.org', PASSWORD, NOW, '203.0.113.5')).ok).toBe(
				true,
			);
			// Once the delay has passed, the attacker's next guess is checked again.
			expect(await throttled.signIn('guichet@example.org', 'faux 4', minutes(1), attacker)).toEqual(
				{ ok: false, reason: 'invalid' },
			);
		});

		it('refuses a cookie signed with another secret, altered, or expired', async () => {
			const result = await auth.signIn(EMAIL, PASSWORD, NOW);
			if (!result.ok) throw new Error('sign-in failed');
			const [id = '', signature = ''] = result.cookie.split('.');
			const other = new StaffAuth(store, OTHER_SECRET);
			expect(await other.session(result.cookie, minutes(1))).toBeUndefined();
			const forged = await other.signIn(EMAIL, PASSWORD, NOW);
			if (!forged.ok) throw new Error('sign-in failed');
			expect(await auth.session(forged.cookie, minutes(1))).toBeUndefined();
			expect(await auth.session(`${id}.${signature.slice(0, -2)}AA`, minutes(1))).toBeUndefined();
			expect(await auth.session(`${id}x.${signature}`, minutes(1))).toBeUndefined();
			expect(await auth.session(id, minutes(1))).toBeUndefined();
			expect(await auth.session(undefined, minutes(1))).toBeUndefined();
			expect(await auth.session(result.cookie, minutes(8 * 60 + 1))).toBeUndefined();
			expect(await auth.session(result.cookie, minutes(1))).toBeDefined();
		});

		it('ends the session on sign-out', async () => {
			const result = await auth.signIn(EMAIL, PASSWORD, NOW);
			if (!result.ok) throw new Error('sign-in failed');
			await auth.signOut(result.session);
			expect(await auth.session(result.cookie, minutes(1))).toBeUndefined();
		});

		it('accepts only the session’s own CSRF token', async () => {
			const [a, b] = await Promise.all([
				auth.signIn(EMAIL, PASSWORD, NOW),
				auth.signIn(EMAIL, PASSWORD, NOW),
			]);
			if (!a.ok || !b.ok) throw new Error('sign-in failed');
			expect(auth.checkCsrf(a.session, a.session.csrfToken)).toBe(true);
			expect(auth.checkCsrf(a.session, b.session.csrfToken)).toBe(false);
			expect(auth.checkCsrf(a.session, '')).toBe(false);
			expect(auth.checkCsrf(a.session, undefined)).toBe(false);
			const nonce = 'n'.repeat(43);
			expect(auth.checkSignInToken(nonce, auth.signInToken(nonce))).toBe(true);
			expect(auth.checkSignInToken('m'.repeat(43), auth.signInToken(nonce))).toBe(false);
			expect(auth.checkSignInToken(undefined, auth.signInToken(nonce))).toBe(false);
			expect(
				new StaffAuth(store, OTHER_SECRET).checkSignInToken(nonce, auth.signInToken(nonce)),
			).toBe(false);
		});

		it('forgets expired sessions, also when someone signs in later', async () => {
			const early = await auth.signIn(EMAIL, PASSWORD, NOW);
			if (!early.ok) throw new Error('sign-in failed');
			await auth.signIn(EMAIL, PASSWORD, minutes(9 * 60));
			expect(await store.deleteExpiredSessions(minutes(9 * 60))).toBe(0);
			expect(await auth.session(early.cookie, minutes(1))).toBeUndefined();
			const result = await auth.signIn(EMAIL, PASSWORD, NOW);
			if (!result.ok) throw new Error('sign-in failed');
			expect(await store.deleteExpiredSessions(minutes(9 * 60))).toBeGreaterThan(0);
			expect(await auth.session(result.cookie, minutes(1))).toBeUndefined();
		});
	});
}
