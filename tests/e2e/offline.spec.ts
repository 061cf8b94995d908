/**
 * Offline use in Chromium with the service worker running: pages visited reload with no
 * connection, pages never visited show the offline page of their language, the offices' pages
 * open without having been visited, a new build's worker replaces the old cache without mixing
 * two builds' files, the site is installable, and the worker's registration stays small. Hikes
 * saved for offline use are in offline-hikes.spec.ts.
 *
 * The site is served from a copy (tests/tools/static-site.ts), so that the update test can serve
 * a new sw.js.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from '@playwright/test';
import { controlled, goOffline } from '../tools/offline-browser';
import { offices, pathTo, UI, type Locale } from '../tools/site-content';
import { axeViolations, BUILT, launchProfile, test } from './offline-site';

test.use({ serviceWorkers: 'allow' });

test('a page visited reloads with no connection; a page never visited shows the offline page of its language', async ({
	page,
	context,
	site,
}) => {
	const url = (route: Parameters<typeof pathTo>[0], locale: Locale) =>
		`${site.origin}${pathTo(route, locale)}`;
	await page.goto(url({ route: 'hikes' }, 'en'));
	await controlled(page);
	const hikesTitle = await page.locator('h1').textContent();
	await page.goto(url({ route: 'discover' }, 'en'));
	const discoverTitle = await page.locator('h1').textContent();

	await goOffline(context);
	await page.reload();
	await expect(page.locator('h1')).toHaveText(discoverTitle ?? '');
	await page.goto(url({ route: 'hikes' }, 'en'));
	await expect(page.locator('h1')).toHaveText(hikesTitle ?? '');

	for (const locale of ['en', 'fr'] as const) {
		await page.goto(url({ route: 'events' }, locale));
		await expect(page.locator('h1')).toHaveText(UI[locale]['offline.title']);
		await expect(page.locator('html')).toHaveAttribute('lang', locale === 'fr' ? 'fr' : 'en');
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		// The address stays the one asked for: reloading with a signal back shows the page.
		expect(page.url()).toBe(url({ route: 'events' }, locale));
	}

	// The offices' pages are installed with the worker: they open without a first visit.
	const office = offices()[0]!;
	await page.goto(url({ route: 'office', id: office.id }, 'fr'));
	await expect(page.locator('h1')).not.toHaveText(UI.fr['offline.title']);
	await expect(page.locator('main')).toContainText(office.address.street);
});

test('a new build’s service worker waits, then takes over at the next click without mixing the two builds’ files', async ({
	page,
	context,
	site,
}) => {
	await page.goto(`${site.origin}${pathTo({ route: 'about' }, 'en')}`);
	await controlled(page);
	const precache = () =>
		page.evaluate(async () => {
			const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
			const cache = await caches.open(name ?? '');
			return (await cache.keys()).map((request) => request.url.replace(location.origin, '')).sort();
		});
	const manifestOf = (source: string) =>
		(
			JSON.parse(/\[\{"url":.*?\}\]/.exec(source)?.[0] ?? '[]') as {
				url: string;
				revision: string | null;
			}[]
		)
			.map(({ url, revision }) => (revision ? `${url}?__WB_REVISION__=${revision}` : url))
			.sort();
	const swPath = join(site.folder, 'sw.js');
	const oldSource = readFileSync(swPath, 'utf8');
	expect(await precache()).toEqual(manifestOf(oldSource));

	// The next build: the offline page changed, and so its revision in the new worker.
	const offlineFile = join(site.folder, 'en', 'offline', 'index.html');
	writeFileSync(
		offlineFile,
		readFileSync(offlineFile, 'utf8').replace('</h1>', '</h1><p id="next-build">next build</p>'),
	);
	// …and the site's stylesheet, renamed by its new content hash.
	const stylesheet = (await page.locator('link[rel="stylesheet"]').first().getAttribute('href'))!;
	const nextStylesheet = stylesheet.replace(/\.css$/, '-next.css');
	copyFileSync(join(site.folder, stylesheet), join(site.folder, nextStylesheet));
	const newSource = oldSource
		.replace(/("url":"\/en\/offline\/","revision":")[0-9a-f]+"/, '$1aaaaaaaaaaaaaaaa"')
		.replace(`"url":"${stylesheet}"`, `"url":"${nextStylesheet}"`);
	expect(newSource).toContain(nextStylesheet);
	writeFileSync(swPath, newSource);

	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});
	await expect
		.poll(() =>
			page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
		)
		.toBe('installed');
	// While it waits, the old worker still answers from the old build's files only.
	const waitingKeys = await precache();
	for (const key of manifestOf(oldSource)) expect(waitingKeys).toContain(key);
	const other = await context.newPage();
	const { backOnline } = await goOffline(context);
	await other.goto(`${site.origin}/en/offline/`);
	await expect(other.locator('h1')).toHaveText(UI.en['offline.title']);
	await expect(other.locator('#next-build')).toHaveCount(0);
	await other.close();
	await backOnline();

	// The next click on a link: the new worker takes over, then the page loads.
	await page.getByRole('link', { name: UI.en['nav.hikes'], exact: true }).first().click();
	await expect(page).toHaveURL(`${site.origin}${pathTo({ route: 'hikes' }, 'en')}`);
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return Boolean(registration?.active && !registration.waiting);
			}),
		)
		.toBe(true);
	await expect.poll(precache).toEqual(manifestOf(newSource));

	await goOffline(context);
	await page.goto(`${site.origin}/en/offline/`);
	await expect(page.locator('#next-build')).toHaveText('next build');
	// A page stored before the update keeps the previous build's stylesheet offline.
	await page.goto(`${site.origin}${pathTo({ route: 'about' }, 'en')}`);
	await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', stylesheet);
	expect(
		await page.evaluate(async (href) => Boolean(await caches.match(href)), stylesheet),
		'the previous build’s stylesheet is kept',
	).toBe(true);
	// The site's paper background (src/styles/global.css), not the browser's white.
	await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(251, 250, 246)');
});

for (const locale of ['fr', 'en'] as const) {
	test(`the site is installable in ${locale}: no installability error, the manifest of its language`, async ({
		site,
	}) => {
		// Chromium never offers to install from a private (incognito) context, which Playwright's
		// contexts are: a profile of its own, as a visitor's browser has.
		const profile = await mkdtemp(join(tmpdir(), 'cevennes-install-'));
		const browser = await launchProfile(profile);
		try {
			const page = await browser.newPage();
			await page.goto(`${site.origin}${pathTo({ route: 'home' }, locale)}`);
			await controlled(page);
			const cdp = await browser.newCDPSession(page);
			// The same check Lighthouse's "installable manifest" audit made.
			const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
				installabilityErrors: { errorId: string }[];
			};
			expect(installabilityErrors).toEqual([]);
			const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
			expect(manifestUrl).toBe(pathTo({ route: 'manifest' }, locale));
			const manifest = (await (await page.request.get(`${site.origin}${manifestUrl}`)).json()) as {
				start_url: string;
				lang: string;
			};
			expect(manifest).toMatchObject({
				start_url: pathTo({ route: 'home' }, locale),
				lang: locale,
			});
		} finally {
			await browser.close();
			await rm(profile, { recursive: true, force: true });
		}
	});

	test(`the offline pages in ${locale} are not indexed and pass axe`, async ({ page, site }) => {
		for (const route of ['offline', 'savedHikes'] as const) {
			await page.goto(`${site.origin}${pathTo({ route }, locale)}`);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			expect(await axeViolations(page), pathTo({ route }, locale)).toEqual([]);
		}
		await expect(page.getByText(UI[locale]['saved.empty'])).toBeVisible();
	});
}

test('the service worker’s registration is one inline script, under 1 kB gzipped', () => {
	const html = readFileSync(join(BUILT, 'en', 'about-us', 'index.html'), 'utf8');
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((match) => match[1] ?? '')
		.filter((script) => script.includes('serviceWorker'));
	expect(inline).toHaveLength(1);
	const bytes = gzipSync(inline[0]!).length;
	console.log(
		`service worker registration: ${Buffer.byteLength(inline[0]!)} bytes, ${bytes} gzipped`,
	);
	expect(bytes).toBeLessThan(1024);
});
