/**
 * The back office as the staff-* end-to-end specs meet it: for one kind of store, a new store with
 * one staff account made as an office makes it (`npm run staff:add`), the built server over it,
 * and signing in as that account. Call `staffSite` inside the `test.describe` of a store kind: it
 * adds the `beforeAll` that sets the site up and the `afterAll` that takes it down.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import type { SqlRepository } from '../../src/lib/feedback/sql-repository';
import { pathTo } from '../../src/lib/i18n/routes';
import { startServer, type RunningServer } from './feedback-server';
import type { StoreKind, TestStore } from './feedback-stores';
import { expectNoAxeViolations, expectValidHtml } from './page-checks';
import { openPostgres, openSqlite } from './open-store';
import { ROOT } from './paths';

/** Last year in Paris: paper questionnaires typed in now about last summer. */
export const LAST_YEAR =
	Number(
		new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()),
	) - 1;

/** Makes a staff account in the store at `location` (SQLITE_PATH or DATABASE_URL) with the CLI. */
export function addStaffAccount(location: Record<string, string>, email: string, password: string) {
	const added = spawnSync('npm', ['run', '-s', 'staff:add', '--', '--email', email], {
		cwd: ROOT,
		input: `${password}\n`,
		env: { ...process.env, DATABASE_URL: '', ...location },
		encoding: 'utf8',
	});
	expect(added.status, added.stderr).toBe(0);
	return added;
}

/** Signs in on the sign-in page; the inbox ("Messages") opens. */
export async function signInAs(page: Page, origin: string, email: string, password: string) {
	await page.goto(`${origin}${pathTo({ route: 'staffSignIn' }, 'fr')}`);
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
}

/**
 * A staff page is hidden from search engines, axe finds nothing on it, and the HTML the server
 * sent (`html`, or the page asked for again with the same cookies) is valid.
 */
export async function checkStaffPage(page: Page, state: string, html?: string) {
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	await expectNoAxeViolations(page, state);
	await expectValidHtml(html ?? (await (await page.request.get(page.url())).text()), state);
}

export interface StaffSiteOptions {
	email: string;
	password: string;
	/** The server's STAFF_SESSION_SECRET (32 characters or more). */
	sessionSecret: string;
	/** More settings for the server. */
	env?: Record<string, string>;
}

export interface StaffSite {
	/** The store's settings (SQLITE_PATH or DATABASE_URL). */
	readonly location: Record<string, string>;
	readonly server: RunningServer;
	/** The address of a path on the server. */
	url: (path: string) => string;
	/** Signs in as the site's staff account. */
	signIn: (page: Page) => Promise<void>;
	/** The store the server uses, opened beside it (close it after use). */
	openRepository: () => SqlRepository;
}

export function staffSite(kind: StoreKind, options: StaffSiteOptions): StaffSite {
	let store: TestStore | undefined;
	let server: RunningServer | undefined;
	let location: Record<string, string> = {};

	test.beforeAll(async () => {
		test.setTimeout(90_000);
		store = kind.create();
		await (await store.open()).close();
		location = store.lastLocation;
		addStaffAccount(location, options.email, options.password);
		server = await startServer({
			...location,
			STAFF_SESSION_SECRET: options.sessionSecret,
			...options.env,
		});
	});

	test.afterAll(async () => {
		await server?.stop();
		await store?.cleanup();
	});

	const running = () => {
		if (!server) throw new Error('the staff site is not started (staffSite outside a describe?)');
		return server;
	};
	return {
		get location() {
			return location;
		},
		get server() {
			return running();
		},
		url: (path) => `${running().origin}${path}`,
		signIn: (page) => signInAs(page, running().origin, options.email, options.password),
		openRepository: () =>
			location['DATABASE_URL']
				? openPostgres(location['DATABASE_URL'], 2)
				: openSqlite(location['SQLITE_PATH'] ?? ''),
	};
}
