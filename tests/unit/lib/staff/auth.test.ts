/**
 * Staff sign-in, sessions and CSRF against both stores: passwords stored as scrypt hashes only;
 * lock-out after repeated failures; a session cookie signed with another secret, altered or
 * expired is refused; signing out ends the session; CSRF tokens are the session's own.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import { StaffAuth } from '../../../../src/lib/staff/auth';
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
			auth = new StaffAuth(store, SECRET, { maxAttempts: 3, lockMinutes: 15, sessionHours: 8 });
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

		it('locks the account after repeated failures, even for the right password, until the lock ends', async () => {
			await store.saveAccount('guichet@example.org', await hashPassword(PASSWORD), NOW);
			expect((await auth.signIn('guichet@example.org', 'faux 1', NOW)).ok).toBe(false);
			expect(await auth.signIn('guichet@example.org', 'faux 2', NOW)).toMatchObject({
				reason: 'invalid',
			});
			expect(await auth.signIn('guichet@example.org', 'faux 3', NOW)).toEqual({
				ok: false,
				reason: 'locked',
				until: minutes(15),
			});
			expect(await auth.signIn('guichet@example.org', PASSWORD, minutes(5))).toMatchObject({
				ok: false,
				reason: 'locked',
			});
			expect((await auth.signIn('guichet@example.org', PASSWORD, minutes(16))).ok).toBe(true);
			// Setting a new password (npm run staff:add) unlocks too.
			for (const attempt of [1, 2, 3]) await auth.signIn('guichet@example.org', `x${attempt}`, NOW);
			expect(await auth.signIn('guichet@example.org', PASSWORD, NOW)).toMatchObject({
				reason: 'locked',
			});
			await store.saveAccount('guichet@example.org', await hashPassword(PASSWORD), NOW);
			expect((await auth.signIn('guichet@example.org', PASSWORD, NOW)).ok).toBe(true);
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
