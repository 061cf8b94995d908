/**
 * Accounts managed in the back office (src/lib/staff/accounts.ts), against both stores: an
 * invitation makes an account without a password and mails a link that works once and expires;
 * an administrator renames, changes the office or role, deactivates (the sessions end) but never
 * their own account; a reset link goes only to an active account, at most once per spacing and
 * per client limit, and the answer never tells; only the tokens' hashes are stored.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import {
	AccountService,
	LINK_LIFETIME_MS,
	parseAccountAction,
	RESET_PER_CLIENT,
} from '../../../../src/lib/staff/accounts';
import { StaffAuth } from '../../../../src/lib/staff/auth';
import { hashPassword } from '../../../../src/lib/staff/password';
import { StaffStore } from '../../../../src/lib/staff/store';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

// Setting a password and signing in run scrypt on purpose.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const SECRET = 'staff-session-secret-for-the-account-tests-0123';
const SITE = 'https://www.example.org';
const NOW = new Date('2026-07-15T10:00:00Z');
const ADMIN = 'direction@example.org';
const PASSWORD = 'un mot de passe assez long';
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const OFFICES = ['vialas', 'genolhac'];

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('the accounts page’s posts', () => {
	it('read an invitation, a change and a deactivation', () => {
		expect(
			parseAccountAction(
				form({
					action: 'invite',
					email: ' Camille@Example.org ',
					name: 'Camille',
					office: 'vialas',
				}),
				OFFICES,
			),
		).toEqual({
			ok: true,
			action: {
				action: 'invite',
				email: 'camille@example.org',
				details: { name: 'Camille', officeId: 'vialas', role: 'staff' },
			},
		});
		expect(
			parseAccountAction(
				form({ action: 'update', account: '4', name: 'Camille R.', role: 'admin' }),
				OFFICES,
			),
		).toEqual({
			ok: true,
			action: { action: 'update', id: 4, details: { name: 'Camille R.', role: 'admin' } },
		});
		expect(parseAccountAction(form({ action: 'deactivate', account: '4' }), OFFICES)).toEqual({
			ok: true,
			action: { action: 'deactivate', id: 4 },
		});
	});

	it('refuse a wrong address, a missing name, an unknown office or account', () => {
		const invite = { action: 'invite', email: 'camille@example.org', name: 'Camille' };
		const error = (fields: Record<string, string>) => {
			const parsed = parseAccountAction(form(fields), OFFICES);
			return parsed.ok ? undefined : parsed.error;
		};
		expect(error({ ...invite, email: 'camille@' })).toBe('staff.accounts.error.email');
		expect(error({ ...invite, name: ' ' })).toBe('staff.accounts.error.name');
		expect(error({ ...invite, name: 'x'.repeat(101) })).toBe('staff.accounts.error.name');
		expect(error({ ...invite, office: 'ailleurs' })).toBe('staff.accounts.error.office');
		expect(error({ action: 'deactivate', account: 'x' })).toBe('staff.accounts.error.action');
		expect(error({ action: 'drop', account: '1' })).toBe('staff.accounts.error.action');
	});
});

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`staff accounts — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let repository: FeedbackRepository;
		let store: StaffStore;
		let auth: StaffAuth;
		let service: AccountService;
		let admin: { accountId: number; email: string; name?: string };

		/** The link of the last mail sent to `to`, and its token. */
		async function lastLink(to: string) {
			const mail = (await repository.listMail()).filter((m) => m.to === to).at(-1);
			const link = mail?.text.match(
				/https:\/\/www\.example\.org\/staff\/mot-de-passe\/\?t=([\w-]+)/,
			);
			return { mail, url: link?.[0], token: link?.[1] };
		}
		const mailsTo = async (to: string) =>
			(await repository.listMail()).filter((mail) => mail.to === to).length;

		beforeAll(async () => {
			stores = kind.create();
			repository = await stores.open();
			if (!(repository instanceof SqlRepository)) throw new Error('SQL store expected');
			store = new StaffStore(repository.driver);
			auth = new StaffAuth(store, SECRET);
			service = new AccountService(store, SITE);
			const { account } = await store.saveAccount(ADMIN, await hashPassword(PASSWORD), NOW);
			expect(account.role).toBe('admin');
			admin = { accountId: account.id, email: ADMIN, name: 'Anne Direction' };
		});
		afterAll(() => stores.cleanup());

		it('invites a colleague: no password until the link is used, once', async () => {
			const email = 'camille@example.org';
			expect(
				await service.apply(
					{
						action: 'invite',
						email,
						details: { name: 'Camille Roux', officeId: 'vialas', role: 'staff' },
					},
					admin,
					NOW,
				),
			).toEqual({ ok: true });
			const account = await store.findAccount(email);
			expect(account).toMatchObject({ name: 'Camille Roux', officeId: 'vialas', role: 'staff' });
			expect(account?.passwordHash).toBe('');
			// Nothing signs in to an invited account, not even an empty password.
			expect((await auth.signIn(email, '', NOW)).ok).toBe(false);

			const { mail, url, token } = await lastLink(email);
			expect(mail?.kind).toBe('account');
			expect(mail?.subject).toBe('Votre accès à l’espace équipe de l’office de tourisme');
			expect(mail?.text).toContain('Anne Direction vous invite');
			expect(url).toBeDefined();
			expect(token).toMatch(/^[\w-]{43}$/);
			// Only the token's hash is stored.
			const rows = await (repository as SqlRepository).driver.query('SELECT * FROM staff_tokens');
			expect(rows).toHaveLength(1);
			expect(JSON.stringify(rows)).not.toContain(String(token));

			// Opening the link uses nothing.
			expect(await service.checkLink(token, minutes(1))).toMatchObject({
				status: 'valid',
				purpose: 'invite',
			});
			expect(await service.setPassword(token, 'court', 'court', minutes(2))).toEqual({
				ok: false,
				error: 'staff.password.error.length',
			});
			expect(await service.setPassword(token, PASSWORD, `${PASSWORD}!`, minutes(2))).toEqual({
				ok: false,
				error: 'staff.password.error.different',
			});
			expect((await service.setPassword(token, PASSWORD, PASSWORD, minutes(2))).ok).toBe(true);
			expect((await auth.signIn(email, PASSWORD, minutes(3))).ok).toBe(true);
			// Used once: the same link sets nothing again.
			expect(await service.checkLink(token, minutes(4))).toEqual({ status: 'invalid' });
			expect(
				await service.setPassword(
					token,
					'un autre mot de passe',
					'un autre mot de passe',
					minutes(4),
				),
			).toEqual({
				ok: false,
				error: 'staff.password.error.link',
			});
			expect((await auth.signIn(email, PASSWORD, minutes(5))).ok).toBe(true);
		});

		it('refuses a second invitation of an active account, and an expired link', async () => {
			expect(
				await service.apply(
					{ action: 'invite', email: 'CAMILLE@example.org', details: { name: 'C', role: 'staff' } },
					admin,
					NOW,
				),
			).toEqual({ ok: false, error: 'staff.accounts.error.exists' });
			const email = 'tardif@example.org';
			await service.apply(
				{ action: 'invite', email, details: { name: 'Tardif', role: 'staff' } },
				admin,
				NOW,
			);
			const { token } = await lastLink(email);
			const late = new Date(NOW.getTime() + LINK_LIFETIME_MS.invite + 1);
			expect(await service.checkLink(token, late)).toEqual({ status: 'expired' });
			expect((await service.setPassword(token, PASSWORD, PASSWORD, late)).ok).toBe(false);
			expect((await auth.signIn(email, PASSWORD, late)).ok).toBe(false);
		});

		it('renames, changes office and role; deactivating ends the sessions and the sign-in', async () => {
			const email = 'camille@example.org';
			const account = await store.findAccount(email);
			if (!account) throw new Error('no account');
			expect(
				await service.apply(
					{
						action: 'update',
						id: account.id,
						details: { name: 'Camille Roux-Martin', officeId: 'genolhac', role: 'admin' },
					},
					admin,
					NOW,
				),
			).toEqual({ ok: true });
			expect(await store.findAccount(email)).toMatchObject({
				name: 'Camille Roux-Martin',
				officeId: 'genolhac',
				role: 'admin',
			});
			const signedIn = await auth.signIn(email, PASSWORD, NOW);
			if (!signedIn.ok) throw new Error('sign-in failed');
			expect(await auth.session(signedIn.cookie, minutes(1))).toMatchObject({
				name: 'Camille Roux-Martin',
				role: 'admin',
			});

			expect(
				await service.apply({ action: 'deactivate', id: account.id }, admin, minutes(2)),
			).toEqual({ ok: true });
			expect(await auth.session(signedIn.cookie, minutes(3))).toBeUndefined();
			expect(await auth.signIn(email, PASSWORD, minutes(3))).toEqual({
				ok: false,
				reason: 'invalid',
			});
			// No reset link for a deactivated account.
			const before = await mailsTo(email);
			await service.requestReset(email, 'client-deactivated', minutes(4));
			expect(await mailsTo(email)).toBe(before);
		});

		it('never lets administrators deactivate or demote themselves', async () => {
			expect(
				await service.apply({ action: 'deactivate', id: admin.accountId }, admin, NOW),
			).toEqual({
				ok: false,
				error: 'staff.accounts.error.self',
			});
			expect(
				await service.apply(
					{ action: 'update', id: admin.accountId, details: { name: 'Anne', role: 'staff' } },
					admin,
					NOW,
				),
			).toEqual({ ok: false, error: 'staff.accounts.error.self' });
			expect((await store.findAccount(ADMIN))?.role).toBe('admin');
		});

		it('mails a reset link to an active account only, spaced, and the link resets once', async () => {
			const before = (await repository.listMail()).length;
			await service.requestReset('personne@example.org', 'client-a', NOW);
			expect((await repository.listMail()).length).toBe(before);

			await service.requestReset(' Direction@Example.org ', 'client-a', NOW);
			expect(await mailsTo(ADMIN)).toBe(1);
			// A second request within the spacing sends nothing more.
			await service.requestReset(ADMIN, 'client-b', minutes(5));
			expect(await mailsTo(ADMIN)).toBe(1);
			const { mail, token } = await lastLink(ADMIN);
			expect(mail?.subject).toBe('Nouveau mot de passe pour l’espace équipe');

			const session = await auth.signIn(ADMIN, PASSWORD, minutes(6));
			if (!session.ok) throw new Error('sign-in failed');
			const newPassword = 'une toute nouvelle phrase';
			expect((await service.setPassword(token, newPassword, newPassword, minutes(10))).ok).toBe(
				true,
			);
			// The old password and the sessions opened with it end.
			expect(await auth.session(session.cookie, minutes(11))).toBeUndefined();
			expect((await auth.signIn(ADMIN, PASSWORD, minutes(11))).ok).toBe(false);
			expect((await auth.signIn(ADMIN, newPassword, minutes(11))).ok).toBe(true);
			expect((await service.setPassword(token, PASSWORD, PASSWORD, minutes(12))).ok).toBe(false);

			// A reset link expires after an hour.
			await service.requestReset(ADMIN, 'client-c', minutes(30));
			const late = await lastLink(ADMIN);
			expect(late.token).not.toBe(token);
			expect(await service.checkLink(late.token, minutes(91))).toEqual({ status: 'expired' });
		});

		it('takes no more than its limit of reset requests from one client', async () => {
			const addresses = Array.from(
				{ length: RESET_PER_CLIENT + 1 },
				(_, i) => `poste${i}@example.org`,
			);
			for (const email of addresses)
				await store.saveAccount(email, await hashPassword(PASSWORD), NOW, 'staff');
			for (const email of addresses) await service.requestReset(email, 'client-flood', NOW);
			const counts = await Promise.all(addresses.map(mailsTo));
			expect(counts).toEqual([...Array<number>(RESET_PER_CLIENT).fill(1), 0]);
		});
	});
}
