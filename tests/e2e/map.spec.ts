/**
 * The map as a visitor uses it: the offices on the full map in both languages, layer
 * toggles, clusters opened by keyboard, popups leading to the office's page, "around me" with a
 * mocked position, the list that replaces the map without JavaScript, and the network: nothing
 * leaves 127.0.0.1 except map tiles, which these tests block and count.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TILES } from '../../src/lib/map/config';
import { headOffice, LOCALES, offices, pathTo, UI, type Locale } from '../tools/site-content';

const TILE_HOST = new URL(TILES.url.replace('{s}', 'a')).host;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Requests that left 127.0.0.1: tiles (blocked, counted) and anything else (a failure). */
interface Outside {
	tiles: string[];
	other: string[];
}

async function blockOutside(page: Page): Promise<Outside> {
	const outside: Outside = { tiles: [], other: [] };
	await page.route(
		(url) => url.hostname !== '127.0.0.1',
		async (route) => {
			const url = new URL(route.request().url());
			(url.host === TILE_HOST ? outside.tiles : outside.other).push(url.href);
			await route.abort();
		},
	);
	return outside;
}

const mapElement = (page: Page) => page.locator('place-map');
const officeMarkers = (page: Page) => page.locator('.pm-layer-offices.pm-marker:not(.pm-cluster)');

async function openMap(page: Page, locale: Locale, query = ''): Promise<Outside> {
	const outside = await blockOutside(page);
	await page.goto(`${pathTo({ route: 'map' }, locale)}${query}`);
	await expect(mapElement(page)).toHaveAttribute('data-state', 'ready');
	return outside;
}

for (const locale of LOCALES) {
	const t = UI[locale];

	test(`${pathTo({ route: 'map' }, locale)} shows the six offices, the head office marked, and only tiles come from outside`, async ({
		page,
	}) => {
		const outside = await openMap(page, locale);
		const markers = officeMarkers(page);
		await expect(markers).toHaveCount(offices().length);
		const labels = await markers.evaluateAll((elements) =>
			elements.map((element) => element.getAttribute('aria-label') ?? ''),
		);
		for (const office of offices()) {
			expect(
				labels.some((label) => label.includes(office.name)),
				`a marker names ${office.name}`,
			).toBe(true);
		}
		const prominent = page.locator('.pm-layer-offices.pm-prominent');
		await expect(prominent).toHaveCount(1);
		await expect(prominent).toHaveAttribute('aria-label', new RegExp(t['map.kind.head-office']));
		await expect(prominent).toHaveAttribute('aria-label', new RegExp(headOffice().name));
		for (const marker of await markers.all()) {
			await expect(marker).toHaveAttribute('tabindex', '0');
			const box = await marker.boundingBox();
			expect(box?.width ?? 0, 'marker touch target').toBeGreaterThanOrEqual(44);
		}
		await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
		expect(outside.other, 'requests to other hosts than the tile server').toEqual([]);
		expect(outside.tiles.length, 'tile requests (blocked)').toBeGreaterThan(0);
		console.log(
			`${pathTo({ route: 'map' }, locale)}: ${outside.tiles.length} tile requests blocked`,
		);
	});
}

test('toggling a layer hides its markers and its part of the list, and shows them again', async ({
	page,
}) => {
	await openMap(page, 'fr');
	const toggle = page.getByRole('checkbox', { name: new RegExp(UI.fr['map.layer.offices']) });
	const listSection = page.locator('[data-map-list] [data-layer="offices"]');
	await expect(officeMarkers(page)).toHaveCount(6);

	await toggle.uncheck();
	await expect(page.locator('.pm-layer-offices')).toHaveCount(0);
	await expect(listSection).toBeHidden();
	const shown = new URL(page.url()).searchParams.get('layers')?.split(',') ?? [];
	expect(shown).not.toContain('offices');

	await toggle.check();
	await expect(officeMarkers(page)).toHaveCount(6);
	await expect(listSection).toBeVisible();
	expect(new URL(page.url()).search).toBe('');
});

test('a cluster opens from the keyboard, and focus moves to a place it held', async ({ page }) => {
	await openMap(page, 'en');
	// Zoomed out beyond the territory, places merge into clusters.
	const cluster = page.locator('.pm-cluster').first();
	// One step out at a time, until the places merge (each step's animation ends on its own).
	await expect(async () => {
		await page.getByRole('button', { name: UI.en['map.zoomOut'] }).click();
		await expect(cluster).toBeVisible({ timeout: 1_500 });
	}).toPass({ timeout: 20_000 });
	await expect(cluster).toHaveAttribute('aria-label', /^\d+ places: .+\(\d+\)/);
	const zoomedOut = await page.locator('.pm-marker').count();
	const label = await cluster.getAttribute('aria-label');

	await cluster.focus();
	await expect(cluster).toBeFocused();
	await page.keyboard.press('Enter');

	// Focus leaves the cluster for a marker it opened into, in view.
	const focused = page.locator('.pm-marker:focus');
	await expect(focused).not.toHaveAttribute('aria-label', label ?? '');
	await expect(focused).toHaveCount(1);
	await expect(focused).toBeInViewport();
	expect(await page.locator('.pm-marker').count()).toBeGreaterThanOrEqual(zoomedOut);
});

test('markers never hide one another: a cluster around one office is drawn as that office', async ({
	page,
}) => {
	await openMap(page, 'fr');
	const anchors = page.locator('.pm-anchor');
	if ((await anchors.count()) === 0) test.skip(true, 'no office has places around it at this zoom');
	const anchor = anchors.first();
	await expect(anchor).toHaveAttribute('aria-label', /autres lieux autour/);
	await anchor.focus();
	await page.keyboard.press('Enter');
	const popup = page.locator('.leaflet-popup');
	await expect(popup.locator('.pm-popup-name a')).toBeFocused();
	const before = await page.locator('.pm-marker').count();
	await popup.getByRole('button', { name: UI.fr['map.zoomAround'] }).click();
	await expect.poll(() => page.locator('.pm-marker').count()).toBeGreaterThan(before);
});

test('a marker opens a popup whose link leads to the office’s page', async ({ page }) => {
	await openMap(page, 'fr');
	const head = headOffice();
	const marker = page.locator('.pm-layer-offices.pm-prominent');
	await marker.focus();
	await page.keyboard.press('Enter');
	const link = page.locator(
		`.leaflet-popup a[href="${pathTo({ route: 'office', id: head.id }, 'fr')}"]`,
	);
	await expect(link).toBeFocused();
	await expect(page.locator('.leaflet-popup')).toContainText(UI.fr['map.kind.head-office']);
	await expect(page.locator('.leaflet-popup-close-button')).toHaveAttribute(
		'aria-label',
		UI.fr['map.closePopup'],
	);

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(pathTo({ route: 'office', id: head.id }, 'fr'));
});

test.describe('around me', () => {
	// Beside Le Collet-de-Dèze, 44.2458 N 3.9228 E.
	test.use({ geolocation: { latitude: 44.249, longitude: 3.927 }, permissions: ['geolocation'] });

	test('asks for the position only on click, then lists the nearest office first with its distance', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
			(window as unknown as { geolocationCalls: number }).geolocationCalls = 0;
			navigator.geolocation.getCurrentPosition = (...args) => {
				(window as unknown as { geolocationCalls: number }).geolocationCalls += 1;
				original(...args);
			};
		});
		// Offices only: the nearest place of all could be a member business.
		await openMap(page, 'en', '?layers=offices');
		expect(
			await page.evaluate(
				() => (window as unknown as { geolocationCalls: number }).geolocationCalls,
			),
		).toBe(0);

		await page.getByRole('button', { name: UI.en['map.around'] }).click();
		const items = page.locator('.map-nearby li');
		await expect(items).toHaveCount(6);
		await expect(items.first()).toContainText('Collet-de-Dèze');
		await expect(items.first()).toContainText(/\d+ m away|\d(\.\d)? km away/);
		await expect(page.locator('.map-around').getByRole('status')).toContainText(
			'6 places, nearest first',
		);
		await expect(items.first().getByRole('link')).toHaveAttribute(
			'href',
			pathTo({ route: 'office', id: 'le-collet-de-deze' }, 'en'),
		);
		await expect(page.locator('.pm-you')).toBeVisible();
	});
});

test('the map page has no WCAG 2.2 A/AA violation (axe), with the map and a popup open', async ({
	page,
}) => {
	// Tiles are blocked, so the map draws its own background too: axe checks the communes' outlines
	// and the villages' names, 15–25 s a language on a busy machine.
	test.setTimeout(120_000);
	for (const locale of LOCALES) {
		await openMap(page, locale);
		await page.locator('.pm-layer-offices.pm-prominent').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('.leaflet-popup')).toBeVisible();
		const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		const report = violations.map(
			(violation) =>
				`${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  - ${node.target.join(' ')}`).join('\n')}`,
		);
		expect(report, `\n${locale}\n${report.join('\n')}`).toEqual([]);
	}
});

test.describe('small map on an office page', () => {
	test.use({ viewport: { width: 390, height: 800 } });

	test('loads nothing until it scrolls into view, then shows the office, selected', async ({
		page,
	}) => {
		const outside = await blockOutside(page);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		const office = offices().find((candidate) => !candidate.headOffice) ?? headOffice();
		await page.goto(pathTo({ route: 'office', id: office.id }, 'fr'));
		await page.waitForLoadState('networkidle');
		expect(outside.tiles, 'no tile before the map is visible').toEqual([]);
		expect(
			scripts.filter((script) => /runtime/.test(script)),
			'no map code before the map is visible',
		).toEqual([]);

		await page.locator('place-map').scrollIntoViewIfNeeded();
		await expect(mapElement(page)).toHaveAttribute('data-state', 'ready');
		const selected = page.locator('.pm-selected');
		await expect(selected).toHaveCount(1);
		await expect(selected).toHaveAttribute('aria-label', new RegExp(office.name));
		expect(outside.tiles.length).toBeGreaterThan(0);
		expect(outside.other).toEqual([]);

		const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(
			violations.map(
				(violation) =>
					`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
			),
		).toEqual([]);
	});
});

test('a listing’s filter carried in the URL shows only its places', async ({ page }) => {
	await openMap(page, 'fr', '?layers=offices&kinds=head-office');
	await expect(officeMarkers(page)).toHaveCount(1);
	await expect(page.locator('.pm-prominent')).toHaveCount(1);
	await expect(
		page.getByRole('checkbox', { name: new RegExp(UI.fr['map.layer.offices']) }),
	).toBeChecked();
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });

	test('one finger scrolls the page over a small map; the full map pans with one finger', async ({
		page,
	}) => {
		await blockOutside(page);
		await page.goto(pathTo({ route: 'office', id: headOffice().id }, 'en'));
		await page.locator('place-map').scrollIntoViewIfNeeded();
		await expect(mapElement(page)).toHaveAttribute('data-state', 'ready');
		const touchAction = (selector: string) =>
			page.locator(selector).evaluate((element) => getComputedStyle(element).touchAction);
		// The browser scrolls on one finger; Leaflet still gets two-finger pinch and pan.
		expect(await touchAction('.map-canvas')).toBe('pan-x pan-y');

		await page.goto(pathTo({ route: 'map' }, 'en'));
		await expect(mapElement(page)).toHaveAttribute('data-state', 'ready');
		expect(await touchAction('.map-canvas')).toBe('none');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const locale of LOCALES) {
		test(`${pathTo({ route: 'map' }, locale)} shows the list of places, by village, with links`, async ({
			page,
		}) => {
			await page.goto(pathTo({ route: 'map' }, locale));
			await expect(page.locator('.map-canvas')).toBeHidden();
			await expect(page.getByRole('button', { name: UI[locale]['map.around'] })).toBeHidden();
			const list = page.locator('[data-map-list]');
			await expect(list.getByRole('heading', { name: UI[locale]['map.list'] })).toBeVisible();
			for (const office of offices()) {
				const link = list.locator(
					`a[href="${pathTo({ route: 'office', id: office.id }, locale)}"]`,
				);
				await expect(link).toBeVisible();
			}
			// One village heading per office: the six offices are in six villages.
			await expect(
				list.locator('[data-layer="offices"]').getByRole('heading', { level: 4 }),
			).toHaveCount(offices().length);
		});
	}
});
