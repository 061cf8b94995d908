/**
 * A hike saved for offline use, in Chromium with the service worker running: it survives closing
 * the browser, shows its map tiles and gives its GPX with no connection, is listed and deleted on
 * the saved hikes' page, and when its tiles fail it keeps its page and GPX and fetches only the
 * missing part again. Map tiles never leave the machine: the tile server is answered by route
 * interception with a small PNG, and counted.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type BrowserContext } from '@playwright/test';
import { TILES } from '../../src/lib/map/config';
import { controlled, goOffline } from '../tools/offline-browser';
import { pathTo, UI } from '../tools/site-content';
import { axeViolations, BUILT, launchProfile, test } from './offline-site';

test.use({ serviceWorkers: 'allow' });

// A surveyed track: a drawn (sample) hike offers no offline copy.
const HIKE = 'gr70-le-bleymard-le-pont-de-montvert';
const TILE_HOST = new URL(TILES.url.replace('{s}', 'a')).host;

/** A 256 × 256 PNG standing for every tile. */
const FAKE_TILE = readFileSync(join(BUILT, 'icons', 'icon-192.png'));

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
