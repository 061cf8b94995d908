/**
 * A map whose tiles fail (no signal, tile server down or blocked) draws its own background: the
 * communes' outlines and the villages' names, and says that the background map is unavailable.
 * Tiles are aborted here as a blocked server would refuse them; the map page and a hike's page, in both languages, at a phone's size, with axe. With tiles served, none of it
 * shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TILES } from '../../src/lib/map/config';
import { SITE_DIR } from '../tools/paths';
import { LOCALES, pathTo, UI, type Locale } from '../tools/site-content';

const TILE_HOST = new URL(TILES.url.replace('{s}', 'a')).host;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HIKE = 'gr70-le-bleymard-le-pont-de-montvert';
/** The territory's communes (content/reference/communes.geojson, one per village file). */
const COMMUNES = 19;
/** A 192 × 192 PNG standing for every tile, when tiles are served. */
const FAKE_TILE = readFileSync(join(SITE_DIR, 'icons', 'icon-192.png'));

test.use({ viewport: { width: 390, height: 844 } });

/** Tiles refused as a blocked or unreachable server refuses them; nothing else leaves the machine. */
async function refuseTiles(page: Page): Promise<void> {
	await page.route(
		(url) => url.hostname !== '127.0.0.1',
		(route) =>
			route.abort(new URL(route.request().url()).host === TILE_HOST ? 'failed' : 'blockedbyclient'),
	);
}

const outlines = (page: Page) => page.locator('.leaflet-pm-base-pane path');
const villageNames = (page: Page) =>
	page.locator('.leaflet-pm-base-labels-pane .pm-base-label span');

async function expectVectorBase(page: Page, locale: Locale): Promise<void> {
	const map = page.locator('place-map').first();
	await expect(map).toHaveAttribute('data-state', 'ready');
	await expect(map).toHaveAttribute('data-base', 'vector');
	await expect(outlines(page)).toHaveCount(COMMUNES);
	// Those in view are drawn (Leaflet leaves the others empty, as it skips tiles out of view).
	await expect.poll(() => outlines(page).filter({ visible: true }).count()).toBeGreaterThan(0);
	await expect(
		map.getByRole('status').filter({ hasText: UI[locale]['map.baseUnavailable'] }),
	).toBeVisible();
	// Some village names fall inside the view (the others are drawn off-screen, as tiles would be).
	const shown = await villageNames(page).filter({ visible: true }).count();
	expect(shown, 'village names in view').toBeGreaterThan(0);
}

async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
}

for (const locale of LOCALES) {
	test(`${pathTo({ route: 'map' }, locale)} without tiles: the map starts in the first screen, with the communes, the villages and the notice`, async ({
		page,
	}) => {
		await refuseTiles(page);
		await page.goto(pathTo({ route: 'map' }, locale));
		// Before any scroll, at least 40 % of the phone's screen is map (the small maps of place
		// pages are 256 px tall).
		const canvas = await page.locator('.map-canvas').boundingBox();
		expect(canvas, 'the map canvas').not.toBeNull();
		const visible = Math.min(844, canvas!.y + canvas!.height) - Math.max(0, canvas!.y);
		expect(visible, 'map height in the first screen, in CSS px').toBeGreaterThanOrEqual(0.4 * 844);
		await expectVectorBase(page, locale);
		expect(await axeViolations(page)).toEqual([]);
	});

	test(`${pathTo({ route: 'hike', id: HIKE }, locale)} without tiles: the hike’s map draws the communes and says its background is unavailable`, async ({
		page,
	}) => {
		await refuseTiles(page);
		await page.goto(pathTo({ route: 'hike', id: HIKE }, locale));
		await page.locator('#hike-map place-map').scrollIntoViewIfNeeded();
		await expectVectorBase(page, locale);
		// The track is still drawn over it.
		await expect(page.locator('.leaflet-overlay-pane svg path').first()).toBeAttached();
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('with its tiles served, the map draws neither the outlines nor the notice', async ({
	page,
}) => {
	const requested: string[] = [];
	await page.route(
		(url) => url.host === TILE_HOST,
		(route) => {
			requested.push(route.request().url());
			return route.fulfill({ status: 200, contentType: 'image/png', body: FAKE_TILE });
		},
	);
	await page.goto(pathTo({ route: 'map' }, 'fr'));
	const map = page.locator('place-map');
	await expect(map).toHaveAttribute('data-state', 'ready');
	await expect.poll(() => page.locator('.leaflet-tile-loaded').count()).toBeGreaterThan(0);
	expect(requested.length).toBeGreaterThan(0);
	await expect(map).not.toHaveAttribute('data-base', /.*/);
	await expect(outlines(page)).toHaveCount(0);
	await expect(map.getByText(UI.fr['map.baseUnavailable'])).toBeHidden();
});
