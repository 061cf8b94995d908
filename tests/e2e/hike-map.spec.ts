/**
 * Hikes on the shared map: their start points as a layer of the map page (toggle, popup leading to
 * the hike, track drawn on selection and on hover), and the map of a hike's and of the Chemin de
 * Stevenson's page, which loads nothing until it is scrolled into view. Tiles are blocked and
 * counted; nothing else may leave 127.0.0.1.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TILES } from '../../src/lib/map/config';
import { LOCALES, pathTo, UI } from '../tools/site-content';

const TILE_HOST = new URL(TILES.url.replace('{s}', 'a')).host;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FINIELS_STAGE = 'gr70-le-bleymard-le-pont-de-montvert';
const ITINERARY = 'chemin-de-stevenson';

interface Traffic {
	tiles: string[];
	other: string[];
	/** Same-site requests for map data (GeoJSON) and the map's code (Leaflet). */
	mapData: string[];
}

async function watchTraffic(page: Page): Promise<Traffic> {
	const traffic: Traffic = { tiles: [], other: [], mapData: [] };
	await page.route(
		(url) => url.hostname !== '127.0.0.1',
		async (route) => {
			const url = new URL(route.request().url());
			(url.host === TILE_HOST ? traffic.tiles : traffic.other).push(url.href);
			await route.abort();
		},
	);
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname === '127.0.0.1' && /\.geojson$|runtime|leaflet/i.test(url.pathname)) {
			traffic.mapData.push(url.pathname);
		}
	});
	return traffic;
}

const trackPaths = (page: Page) => page.locator('.leaflet-overlay-pane svg path');
const hikeMarkers = (page: Page) => page.locator('.pm-layer-hikes.pm-marker:not(.pm-cluster)');

test('the map page shows hike start points as a layer that can be hidden and shown again', async ({
	page,
}) => {
	const traffic = await watchTraffic(page);
	await page.goto(pathTo({ route: 'map' }, 'en'));
	await expect(page.locator('place-map')).toHaveAttribute('data-state', 'ready');
	await expect(page.locator('.lead')).toContainText(/hikes/);
	const toggle = page.getByRole('checkbox', {
		name: new RegExp(UI.en['map.layer.hikes'].replace(/[()]/g, '\\$&')),
	});
	await expect(toggle).toBeChecked();
	await expect(page.locator('.pm-layer-hikes').first()).toBeVisible();

	await toggle.uncheck();
	await expect(page.locator('.pm-layer-hikes')).toHaveCount(0);
	expect(new URL(page.url()).searchParams.get('layers')?.split(',')).not.toContain('hikes');

	await toggle.check();
	await expect(page.locator('.pm-layer-hikes').first()).toBeVisible();
	expect(traffic.other).toEqual([]);
	expect(traffic.tiles.length, 'tile requests (blocked)').toBeGreaterThan(0);
});

test('a hike’s start marker shows its track, and its popup leads to the hike’s page', async ({
	page,
}) => {
	const traffic = await watchTraffic(page);
	// The hike list's "see on the map" link: hikes only.
	await page.goto(pathTo({ route: 'hikes' }, 'fr'));
	await page.getByRole('link', { name: UI.fr['map.showHikes'] }).click();
	await expect(page).toHaveURL(/\?layers=hikes$/);
	await expect(page.locator('place-map')).toHaveAttribute('data-state', 'ready');
	await expect(page.locator('.pm-layer-offices')).toHaveCount(0);

	const marker = hikeMarkers(page).first();
	await expect(marker).toBeVisible();
	const id = ((await marker.getAttribute('data-place')) ?? '').replace(/^hikes\//, '');
	expect(id).not.toBe('');
	await expect(trackPaths(page)).toHaveCount(0);

	// Hovering previews the track; leaving the marker takes it away.
	await marker.hover();
	await expect(trackPaths(page)).toHaveCount(1);
	await page.mouse.move(5, 5);
	await expect(trackPaths(page)).toHaveCount(0);

	await marker.focus();
	await page.keyboard.press('Enter');
	const link = page.locator(`.leaflet-popup a[href="${pathTo({ route: 'hike', id }, 'fr')}"]`);
	await expect(link).toBeFocused();
	await expect(trackPaths(page)).toHaveCount(1);
	expect(traffic.mapData).toContain(pathTo({ route: 'hikeTrack', id }, 'fr'));

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(pathTo({ route: 'hike', id }, 'fr'));
	expect(traffic.other).toEqual([]);
});

for (const locale of LOCALES) {
	test(`${pathTo({ route: 'hike', id: FINIELS_STAGE }, locale)}: the map loads only once scrolled to, then draws the track, start and finish`, async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const traffic = await watchTraffic(page);
		await page.goto(pathTo({ route: 'hike', id: FINIELS_STAGE }, locale), {
			waitUntil: 'networkidle',
		});
		const map = page.locator('#hike-map place-map');
		await expect(map).not.toBeInViewport();
		expect(traffic.mapData, 'map data or code before the map is in view').toEqual([]);
		expect(traffic.tiles).toEqual([]);
		await expect(trackPaths(page)).toHaveCount(0);

		await map.scrollIntoViewIfNeeded();
		await expect(map).toHaveAttribute('data-state', 'ready');
		await expect(trackPaths(page).first()).toBeAttached();
		const d = await trackPaths(page).first().getAttribute('d');
		expect(d?.length ?? 0, 'the track is a drawn line').toBeGreaterThan(100);
		expect(traffic.mapData).toContain(pathTo({ route: 'hikeGeoJson', id: FINIELS_STAGE }, locale));
		await expect(page.locator('.pm-route-start')).toHaveAttribute(
			'aria-label',
			new RegExp(`^${UI[locale]['hike.start'].replace('{{name}}', '')}`),
		);
		await expect(page.locator('.pm-route-end')).toHaveCount(1);
		expect(traffic.other).toEqual([]);
		expect(traffic.tiles.length, 'tile requests (blocked)').toBeGreaterThan(0);
		console.log(`${page.url()}: ${traffic.tiles.length} tile requests blocked`);
	});
}

test('the Chemin de Stevenson’s map draws every stage', async ({ page }) => {
	const traffic = await watchTraffic(page);
	await page.goto(pathTo({ route: 'itinerary', id: ITINERARY }, 'fr'));
	const map = page.locator('#itinerary-map place-map');
	await map.scrollIntoViewIfNeeded();
	await expect(map).toHaveAttribute('data-state', 'ready');
	const stages = await page.locator('.stages > li').count();
	expect(stages).toBeGreaterThan(1);
	await expect(trackPaths(page)).toHaveCount(stages);
	expect(traffic.other).toEqual([]);
});

test('a hike page has no WCAG 2.2 A/AA violation (axe) with its map loaded', async ({ page }) => {
	for (const locale of LOCALES) {
		await watchTraffic(page);
		await page.goto(pathTo({ route: 'hike', id: FINIELS_STAGE }, locale));
		const map = page.locator('#hike-map place-map');
		await map.scrollIntoViewIfNeeded();
		await expect(map).toHaveAttribute('data-state', 'ready');
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		const report = violations.map(
			(violation) =>
				`${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  - ${node.target.join(' ')}`).join('\n')}`,
		);
		expect(report, `\n${locale}\n${report.join('\n')}`).toEqual([]);
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	}
});
