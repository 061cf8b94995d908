/**
 * Offline use in Chromium with the service worker running: pages visited reload with no
 * connection, pages never visited show the offline page of their language, the offices' pages
 * open without having been visited, a hike saved for offline use shows its map tiles and gives
 * its GPX, the saved hikes' page lists and deletes it, a new build's worker replaces the old
 * cache without mixing two builds' files, and the site is installable.
 *
 * The site is served from a copy (tests/tools/static-site.ts), so that the update test can serve
 * a new sw.js. Map tiles never leave the machine: the tile server is answered by route
 * interception with a small PNG, and counted.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { TILES } from '../../src/lib/map/config';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium';
import { controlled, goOffline } from '../tools/offline-browser';
import { SITE_DIR } from '../tools/paths';
import { offices, pathTo, UI, type Locale } from '../tools/site-content';
import { startStaticSite, type StaticSite } from '../tools/static-site';

/** The built site under test (OFFLINE_SITE_DIR: another build's static folder). */
const BUILT = process.env['OFFLINE_SITE_DIR'] ?? SITE_DIR;

const test = base.extend<object, { site: StaticSite }>({
	site: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a test destructures.
		async ({}, use) => {
			const site = await startStaticSite(BUILT);
			await use(site);
			await site.stop();
		},
		{ scope: 'worker' },
	],
});
test.use({ serviceWorkers: 'allow' });

// A surveyed track: a drawn (sample) hike offers no offline copy.
const HIKE = 'gr70-le-bleymard-le-pont-de-montvert';
const TILE_HOST = new URL(TILES.url.replace('{s}', 'a')).host;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A 256 × 256 PNG standing for every tile. */
const FAKE_TILE = readFileSync(join(BUILT, 'icons', 'icon-192.png'));

/** A browser with a profile of its own, kept between launches, as a visitor's phone keeps it. */
function launchProfile(profile: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_FLAGS,
		serviceWorkers: 'allow',
		viewport: { width: 390, height: 844 },
	});
}

/** Serves fake tiles, with the CORS header the real tile server sends; counts the requests. */
async function fakeTiles(context: BrowserContext): Promise<string[]> {
	const requested: string[] = [];
	await context.route(
		(url) => url.host === TILE_HOST,
		async (route) => {
			requested.push(route.request().url());
			await route.fulfill({
				status: 200,
				contentType: 'image/png',
				headers: { 'Access-Control-Allow-Origin': '*' },
				body: FAKE_TILE,
			});
		},
	);
	return requested;
}

async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
}

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

// The map opens on the whole track (zoom 10 or 11 on a phone for a GR70 stage): the saved tiles
// reach down to that zoom (src/lib/offline/tiles.ts, `overview`), so tiles are drawn offline
// without the visitor zooming in.
test('a hike saved for offline use survives closing the browser, then shows its map tiles and gives its GPX with no connection, and can be deleted', async ({
	site,
}) => {
	// Two browser launches and a few hundred files stored: more than the default 30 s on a busy machine.
	test.setTimeout(90_000);
	const profile = await mkdtemp(join(tmpdir(), 'cevennes-saved-'));
	let context = await launchProfile(profile);
	try {
		const tiles = await fakeTiles(context);
		const hikePage = `${site.origin}${pathTo({ route: 'hike', id: HIKE }, 'en')}`;
		let page = context.pages()[0] ?? (await context.newPage());
		await page.goto(hikePage);
		await controlled(page);
		const before = await page.evaluate(() => navigator.storage.estimate());

		const save = page.locator('offline-save');
		await save.getByRole('button', { name: UI.en['offlineSave.save'] }).click();
		const confirmation = save.locator('[data-confirm-text]');
		await expect(confirmation).toContainText(
			/Save \d+ files, about .+, including \d+ map tiles \(zoom \d+–1\d\)\?/,
		);
		const tileCount = Number(
			/including (\d+) map tiles/.exec((await confirmation.textContent()) ?? '')?.[1],
		);
		expect(tileCount).toBeGreaterThan(0);
		expect(tileCount).toBeLessThanOrEqual(300);
		expect(await axeViolations(page), 'the hike page with the confirmation shown').toEqual([]);
		tiles.length = 0;
		await save
			.getByRole('button', { name: UI.en['offlineSave.confirmButton'], exact: true })
			.click();
		await expect(save).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
		await expect(save.getByRole('status')).toContainText(
			/Hike saved on this device: [\d.]+ (kB|MB)\./,
		);
		// Every tile fetched once, none beyond the plan.
		expect(new Set(tiles).size).toBe(tileCount);
		expect(tiles.length).toBe(tileCount);
		const after = await page.evaluate(() => navigator.storage.estimate());
		const stored = await page.evaluate(async (id) => {
			const cache = await caches.open(`saved-hike:${id}`);
			const keys = await cache.keys();
			const record = (await (await cache.match('/__saved-hike__.json'))?.json()) as {
				bytes: number;
				files: number;
			};
			return { keys: keys.length, record };
		}, HIKE);
		console.log(
			`saved hike ${HIKE}: ${stored.record.files} files (${tileCount} tiles of ${FAKE_TILE.length} bytes), ` +
				`${stored.record.bytes} bytes of responses; storage.estimate() usage grew by ${
					(after.usage ?? 0) - (before.usage ?? 0)
				} bytes`,
		);
		expect(stored.keys).toBe(stored.record.files + 1);

		// The browser is closed and started again, with no connection.
		await context.close();
		context = await launchProfile(profile);
		const { refused } = await goOffline(context);
		page = context.pages()[0] ?? (await context.newPage());
		await page.goto(hikePage);
		await expect(page.locator('h1')).not.toHaveText(UI.en['offline.title']);
		await page.locator('#hike-map .map-canvas').scrollIntoViewIfNeeded();
		await expect(page.locator('place-map')).toHaveAttribute('data-state', 'ready');
		await expect
			.poll(() => page.locator('.leaflet-tile-loaded').count(), { message: 'tiles drawn offline' })
			.toBeGreaterThanOrEqual(2);
		await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible();
		const gpx = await page.evaluate(
			(href) => fetch(href).then((response) => response.text()),
			pathTo({ route: 'hikeGpx', id: HIKE }, 'en'),
		);
		expect(gpx).toContain('<gpx');
		expect(gpx).toContain('<trkpt');
		// Every request to the network was refused: the tiles drawn are the saved ones.
		const drawn = await page
			.locator('.leaflet-tile-loaded')
			.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
		expect(drawn.every((src) => new URL(src).host === TILE_HOST)).toBe(true);
		// Any tile asked of the network (none in the corridor) was refused, so none came from it.
		expect(refused.filter((url) => drawn.includes(url))).toEqual([]);

		// The saved hikes' page, precached, lists it with its size; deleting it frees its cache.
		await page.goto(`${site.origin}${pathTo({ route: 'savedHikes' }, 'en')}`);
		const list = page.locator('saved-hikes');
		await expect(list).toHaveAttribute('data-state', 'ready');
		const item = list.getByRole('listitem');
		await expect(item).toHaveCount(1);
		await expect(item.getByRole('link')).toHaveAttribute(
			'href',
			pathTo({ route: 'hike', id: HIKE }, 'en'),
		);
		await expect(item).toContainText(
			/[\d.]+ (kB|MB) · \d+ files including \d+ map tiles \(zoom \d+–1\d\) · saved on/,
		);
		expect(await axeViolations(page)).toEqual([]);
		await item.getByRole('button', { name: /Delete “.+” from this device/ }).click();
		await expect(list.getByRole('status')).toContainText('has been deleted from this device');
		await expect(item).toHaveCount(0);
		await expect(list.getByText(UI.en['saved.empty'])).toBeVisible();
		expect(await page.evaluate((id) => caches.has(`saved-hike:${id}`), HIKE)).toBe(false);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});

test('a hike saved while its map tiles fail keeps its page and GPX, says the background map is missing, and fetches only that part again', async ({
	page,
	context,
	site,
}) => {
	test.setTimeout(90_000);
	// The tile server refuses every tile until the visitor retries.
	let refuse = true;
	await context.route(
		(url) => url.host === TILE_HOST,
		(route) =>
			refuse
				? route.abort('failed')
				: route.fulfill({
						status: 200,
						contentType: 'image/png',
						headers: { 'Access-Control-Allow-Origin': '*' },
						body: FAKE_TILE,
					}),
	);
	const hikePath = pathTo({ route: 'hike', id: HIKE }, 'en');
	await page.goto(`${site.origin}${hikePath}`);
	await controlled(page);
	const save = page.locator('offline-save');
	await save.getByRole('button', { name: UI.en['offlineSave.save'] }).click();
	await expect(save.locator('[data-confirm-text]')).toContainText(/including \d+ map tiles/);
	const tileCount = Number(
		/including (\d+) map tiles/.exec(
			(await save.locator('[data-confirm-text]').textContent()) ?? '',
		)?.[1],
	);
	expect(tileCount).toBeGreaterThan(0);
	await save.getByRole('button', { name: UI.en['offlineSave.confirmButton'], exact: true }).click();

	await expect(save).toHaveAttribute('data-state', 'saved-without-map', { timeout: 30_000 });
	await expect(save.getByRole('status')).toContainText(
		`Hike saved without its background map: the page and the GPX track are on this device, but ${tileCount} of ${tileCount} map tiles could not be downloaded.`,
	);
	const retry = save.getByRole('button', { name: UI.en['offlineSave.retry'] });
	await expect(retry).toBeVisible();
	const record = () =>
		page.evaluate(async (id) => {
			const cache = await caches.open(`saved-hike:${id}`);
			const saved = (await (await cache.match('/__saved-hike__.json'))?.json()) as {
				tiles: number;
				tilesMissing: number;
			};
			const keys = (await cache.keys()).map((request) => new URL(request.url).pathname);
			return { saved, keys };
		}, HIKE);
	const partial = await record();
	expect(partial.keys).toContain(hikePath);
	expect(partial.keys).toContain(pathTo({ route: 'hikeGpx', id: HIKE }, 'en'));
	expect(partial.saved).toMatchObject({ tiles: 0, tilesMissing: tileCount });
	expect(await axeViolations(page), 'the hike page with the partial save reported').toEqual([]);

	// Reloaded, the page still says what is missing and offers the retry.
	await page.reload();
	await expect(save.getByRole('status')).toContainText(
		`without its background map: ${tileCount} tiles are missing`,
	);
	refuse = false;
	await retry.click();
	await expect(save).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
	await expect(save.getByRole('status')).toContainText(
		/Hike saved on this device: [\d.]+ (kB|MB)\./,
	);
	await expect(retry).toBeHidden();
	await expect(save.getByRole('button', { name: UI.en['offlineSave.again'] })).toBeFocused();
	const complete = await record();
	expect(complete.saved).toMatchObject({ tiles: tileCount, tilesMissing: 0 });
	expect(complete.keys.length).toBe(partial.keys.length + tileCount);
	await page.evaluate((id) => caches.delete(`saved-hike:${id}`), HIKE);
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
