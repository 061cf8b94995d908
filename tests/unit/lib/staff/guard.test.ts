/**
 * The middleware's decisions for every staff route (src/lib/staff/guard.ts), on a real store:
 * without a session, pages redirect to sign-in and everything else gets 401; with one, a post
 * without the session's CSRF token (missing, forged, another session's) gets 403.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ON_DEMAND_ROUTES } from '../../../../src/lib/i18n/route-pages';
import { pathTo, ROUTES, type RouteName } from '../../../../src/lib/i18n/routes';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import { StaffAuth, type StaffSession } from '../../../../src/lib/staff/auth';
import {
	guard,
	isStaffPath,
	returnPath,
	servedOverHttps,
	OPEN_PATHS,
	SIGN_IN_PATH,
} from '../../../../src/lib/staff/guard';
import { hashPassword } from '../../../../src/lib/staff/password';
import { StaffStore } from '../../../../src/lib/staff/store';
import { STORE_KINDS } from '../../../tools/feedback-stores';

// Each sign-in runs scrypt on purpose (about 0.1 s, several times that on a busy machine).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const SECRET = 'staff-session-secret-for-the-guard-tests-012345';
const NOW = new Date('2026-07-15T10:00:00Z');

/** Every staff route, with an id where it needs one. */
const STAFF_ROUTES = (Object.keys(ROUTES) as RouteName[]).filter((route) =>
	isStaffPath(ROUTES[route].fr),
);
const paths = STAFF_ROUTES.map((route) => pathTo({ route, id: 'REC-2026-ABCDEF' }, 'fr'));

const form = (fields: Record<string, string>) => () =>
	Promise.resolve({ ok: true, value: new URLSearchParams(fields) } as const);

describe('staff routes', () => {
	it('are all rendered on demand, under /staff/, French only', () => {
		expect(STAFF_ROUTES.length).toBeGreaterThanOrEqual(7);
		for (const route of STAFF_ROUTES) {
			expect(ON_DEMAND_ROUTES).toContain(route);
			expect(ROUTES[route].en).toBe(ROUTES[route].fr);
		}
	});

	it('set Secure cookies over HTTPS, also behind a proxy that ends TLS', () => {
		const headers = (proto?: string) => new Headers(proto ? { 'X-Forwarded-Proto': proto } : {});
		expect(servedOverHttps(new URL('https://example.org/staff/'), headers())).toBe(true);
		expect(servedOverHttps(new URL('http://127.0.0.1/staff/'), headers('https'))).toBe(true);
		expect(servedOverHttps(new URL('http://127.0.0.1/staff/'), headers('HTTPS, http'))).toBe(true);
		expect(servedOverHttps(new URL('http://127.0.0.1/staff/'), headers('http'))).toBe(false);
		expect(servedOverHttps(new URL('http://127.0.0.1/staff/'), headers())).toBe(false);
	});

	it('send back after sign-in only to a staff page of this site', () => {
		expect(returnPath('/staff/synthese/?annee=2025')).toBe('/staff/synthese/?annee=2025');
		for (const unsafe of [
			'https://evil.example/',
			'//evil.example/staff/',
			'/contact/',
			null,
			'/staff/\\x',
		])
			expect(returnPath(unsafe)).toBe('/staff/');
	});
});

const kind = STORE_KINDS[0];
describe(`the guard (${kind?.name})`, () => {
	const stores = kind?.create();
	let auth: StaffAuth;
	let store: StaffStore;
	let cookie: string;
	let session: StaffSession;
	let other: StaffSession;

	beforeAll(async () => {
		const repository = await stores?.open();
		if (!(repository instanceof SqlRepository)) throw new Error('SQL store expected');
		store = new StaffStore(repository.driver);
		auth = new StaffAuth(store, SECRET);
		await store.saveAccount('accueil@example.org', await hashPassword('mot de passe de test'), NOW);
		const signedIn = await auth.signIn('accueil@example.org', 'mot de passe de test', NOW);
		const second = await auth.signIn('accueil@example.org', 'mot de passe de test', NOW);
		if (!signedIn.ok || !second.ok) throw new Error('sign-in failed');
		cookie = signedIn.cookie;
		session = signedIn.session;
		other = second.session;
	});
	afterAll(() => stores?.cleanup());

	it.each(paths.filter((path) => !OPEN_PATHS.includes(path)))(
		'%s without a session: sign-in (pages) or 401',
		async (pathname) => {
			for (const method of ['GET', 'POST']) {
				const decision = await guard(
					auth,
					{ method, pathname, search: '?kind=complaint', cookie: undefined, form: form({}) },
					NOW,
				);
				if (method === 'GET' && pathname.endsWith('/'))
					expect(decision).toEqual({
						kind: 'redirect',
						location: `${SIGN_IN_PATH}?suite=${encodeURIComponent(`${pathname}?kind=complaint`)}`,
					});
				else expect(decision).toEqual({ kind: 'refuse', status: 401 });
			}
		},
	);

	it('refuses a session cookie signed with another secret, though its session exists', async () => {
		const stranger = new StaffAuth(store, 'another-secret-entirely-for-the-guard-test-xyz');
		const signedIn = await stranger.signIn('accueil@example.org', 'mot de passe de test', NOW);
		if (!signedIn.ok) throw new Error('sign-in failed');
		const request = (fields: Record<string, string>, method = 'GET') => ({
			method,
			pathname: '/staff/',
			search: '',
			cookie: signedIn.cookie,
			form: form(fields),
		});
		expect((await guard(auth, request({}), NOW)).kind).toBe('redirect');
		expect(await guard(auth, request({ csrf: signedIn.session.csrfToken }, 'POST'), NOW)).toEqual({
			kind: 'refuse',
			status: 401,
		});
	});

	it('lets the sign-in and password pages through, with or without a session', async () => {
		expect(OPEN_PATHS).toEqual([
			SIGN_IN_PATH,
			'/staff/mot-de-passe-oublie/',
			'/staff/mot-de-passe/',
		]);
		for (const pathname of OPEN_PATHS)
			for (const withCookie of [undefined, cookie])
				expect(
					(
						await guard(
							auth,
							{ method: 'POST', pathname, search: '', cookie: withCookie, form: form({}) },
							NOW,
						)
					).kind,
				).toBe('pass');
	});

	it('with a session: pages pass, posts need the session’s CSRF token', async () => {
		const request = (method: string, fields: Record<string, string>) => ({
			method,
			pathname: '/staff/messages/REC-2026-ABCDEF/',
			search: '',
			cookie,
			form: form(fields),
		});
		expect(await guard(auth, request('GET', {}), NOW)).toMatchObject({ kind: 'pass' });
		for (const fields of [{}, { csrf: '' }, { csrf: 'forged-token' }, { csrf: other.csrfToken }])
			expect(await guard(auth, request('POST', fields), NOW)).toEqual({
				kind: 'refuse',
				status: 403,
			});
		expect(await guard(auth, request('POST', { csrf: session.csrfToken }), NOW)).toMatchObject({
			kind: 'pass',
			session: { email: 'accueil@example.org' },
		});
		// A body that could not be read (too large, not a form) is refused with its own status,
		// before any token is looked at.
		for (const problem of [
			{ status: 413, code: 'too-large' },
			{ status: 415, code: 'content-type' },
		] as const) {
			const unreadable = {
				...request('POST', {}),
				form: () => Promise.resolve({ ok: false, ...problem } as const),
			};
			expect(await guard(auth, unreadable, NOW)).toEqual({
				kind: 'refuse',
				status: problem.status,
			});
		}
	});
});
