/**
 * Hikes as a visitor meets them: a hike page in both languages with its figures, profile,
 * route and park rules; the GPX and KML downloads; the list's filters with and without JavaScript;
 * the Chemin de Stevenson's page; accessibility; and what a hike page and the list weigh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { parseGpx } from '../../src/lib/gpx/parse';
import { trackStats } from '../../src/lib/gpx/stats';
import { walkingTimeMinutes } from '../../src/lib/gpx/walking-time';
import { formatDuration, formatLength, formatMetres } from '../../src/lib/hikes/format';
import { ROOT } from '../tools/built-site';
import { LOCALES, pathTo, UI, type Locale } from '../tools/site-content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FINIELS_STAGE = 'gr70-le-bleymard-le-pont-de-montvert';
const LAST_STAGE = 'gr70-saint-germain-de-calberte-saint-jean-du-gard';
const ITINERARY = 'chemin-de-stevenson';
/** The list page's JavaScript budget, gzipped (at most 15 kB). */
const LIST_JS_BUDGET = 15_000;

const contentFile = (path: string) => readFileSync(`${ROOT}/${path}`, 'utf8');
interface HikeYaml {
	gpx: string;
	sector: string;
	practices: string[];
	sample?: boolean;
}
const hikeYaml = (id: string) => parse(contentFile(`content/hikes/${id}.yaml`)) as HikeYaml;
const hikeIds = () =>
	readdirSync(`${ROOT}/content/hikes`)
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => file.replace(/\.yaml$/, ''));

/** The figures the page must show, computed here from the GPX file as the build does. */
function expectedFigures(id: string, locale: Locale) {
	const points = parseGpx(contentFile(`content/hikes/${hikeYaml(id).gpx}`)).points;
	const stats = trackStats(points);
	return {
		points: points.length,
		length: formatLength(stats.lengthMetres, locale),
		ascent: `+${formatMetres(stats.ascentMetres, locale)}`,
		descent: `−${formatMetres(stats.descentMetres, locale)}`,
		highest: formatMetres(stats.maxAltitude, locale),
		duration: formatDuration(
			walkingTimeMinutes(stats.lengthMetres, stats.ascentMetres, stats.descentMetres),
			locale,
		),
	};
}

/** axe on the page's own content; the header and footer every page shares are checked by accessibility.spec.ts. */
async function axe(page: Page, path: string) {
	const { violations } = await new AxeBuilder({ page })
		.include('main')
		.withTags(WCAG_TAGS)
		.analyze();
	const report = violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.help}\n` +
			violation.nodes
				.map((node) => `  - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
				.join('\n'),
	);
	expect(report, `\n${path}\n${report.join('\n')}`).toEqual([]);
}

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	isArray: (name) => ['trkpt', 'wpt', 'Placemark'].includes(name),
});

for (const locale of LOCALES) {
	const t = UI[locale];
	const stagePath = pathTo({ route: 'hike', id: FINIELS_STAGE }, locale);

	test(`${stagePath} shows the stage's figures, its elevation profile and its route`, async ({
		page,
	}) => {
		const expected = expectedFigures(FINIELS_STAGE, locale);
		await page.goto(stagePath);
		const figures = page.locator('[data-hike-figures]');
		await expect(figures).toContainText(expected.length);
		await expect(figures).toContainText(expected.ascent);
		await expect(figures).toContainText(expected.descent);
		await expect(figures).toContainText(expected.highest);
		await expect(figures).toContainText(expected.duration);
		await expect(figures).toContainText(t['hike.oneWay']);

		const profile = page.locator('[data-elevation-profile]');
		await expect(profile.getByRole('img', { name: t['profile.title'] })).toBeVisible();
		await expect(profile.locator('path.line')).toHaveAttribute(
			'd',
			/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){50,}/,
		);
		await expect(profile.locator('figcaption')).toContainText(
			expected.highest.replace(/\s?m$/, ''),
		);
		// Its text alternative: the altitude every 2 km over the 18.7 km, and at the finish.
		const table = page.locator('[data-elevation-table]');
		await table.getByText(t['profile.table']).click();
		await expect(table.locator('tbody tr')).toHaveCount(11);

		// The place the shared map fills: the route's start and end, its steps, and the track it draws.
		const route = page.locator('[data-hike-map]');
		await expect(route.getByRole('heading', { name: t['hike.route'] })).toBeVisible();
		await expect(route).toContainText('Le Bleymard');
		await expect(route).toContainText('Le Pont-de-Montvert');
		await expect(route.locator('ol li')).toHaveCount(4);
		const track = (await (
			await page.request.get((await route.getAttribute('data-track'))!)
		).json()) as {
			type: string;
			coordinates: number[][];
		};
		expect(track.type).toBe('LineString');
		expect(track.coordinates).toHaveLength(expected.points);
	});

	test(`${stagePath} suggests places to stay at the finish and the nearest offices`, async ({
		page,
	}) => {
		await page.goto(stagePath);
		const stay = page.locator('[data-nearby-group="stay"]');
		await expect(stay.getByRole('heading')).toHaveText(
			t['nearby.stayEnd'].replace('{{name}}', 'Le Pont-de-Montvert'),
		);
		await expect(page.locator('[data-nearby-group="offices"] li')).toHaveCount(2);
		const first = stay.getByRole('link').first();
		const name = (await first.textContent())!.trim();
		await first.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	});

	test(`${stagePath} shows the national park's bivouac ban over the Sommet de Finiels, credited to the park`, async ({
		page,
	}) => {
		await page.goto(stagePath);
		const rules = page.locator('[data-park-regulations]');
		await expect(rules.getByRole('heading', { name: t['park.title'] })).toBeVisible();
		const finiels = rules.locator('[data-park-area="2"]');
		await expect(finiels.getByRole('heading')).toHaveText(/GR®?70 - Portion du Sommet de Finiels/);
		await expect(finiels).toContainText(t['park.rule.bivouac-forbidden']);
		await expect(finiels).toContainText(
			t['park.concerns'].replace('{{practice}}', t['park.practice.walking']),
		);
		await expect(rules).toContainText(t['park.credit']);
	});

	test(`${pathTo({ route: 'hike', id: LAST_STAGE }, locale)} has no park rules block: its track crosses no regulated area`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'hike', id: LAST_STAGE }, locale));
		await expect(page.locator('[data-hike-figures]')).toBeVisible();
		await expect(page.locator('[data-park-regulations]')).toHaveCount(0);
	});

	test(`${stagePath}: the GPX download is GPX 1.1 with the whole track, and the KML download parses`, async ({
		page,
	}) => {
		const expected = expectedFigures(FINIELS_STAGE, locale);
		await page.goto(stagePath);
		const gpxLink = page.locator('a[data-download="gpx"]');
		await expect(gpxLink).toHaveAttribute('download', `${FINIELS_STAGE}.gpx`);
		const gpxText = await (await page.request.get((await gpxLink.getAttribute('href'))!)).text();
		const gpx = xml.parse(gpxText) as {
			gpx: {
				'@_xmlns': string;
				'@_version': string;
				metadata: { name: string };
				wpt: { name: string }[];
				trk: { trkseg: { trkpt: { ele: number }[] } };
			};
		};
		expect(gpx.gpx['@_xmlns']).toBe('http://www.topografix.com/GPX/1/1');
		expect(gpx.gpx['@_version']).toBe('1.1');
		expect(gpx.gpx.trk.trkseg.trkpt).toHaveLength(expected.points);
		expect(gpx.gpx.trk.trkseg.trkpt.every((point) => typeof point.ele === 'number')).toBe(true);
		expect(gpx.gpx.wpt.map((waypoint) => waypoint.name)).toContain(
			t['hike.start'].replace('{{name}}', 'Le Bleymard'),
		);
		expect(parseGpx(gpxText).points).toHaveLength(expected.points);

		const kmlHref = await page.locator('a[data-download="kml"]').getAttribute('href');
		const kml = xml.parse(await (await page.request.get(kmlHref!)).text()) as {
			kml: {
				'@_xmlns': string;
				Document: { Placemark: { LineString?: { coordinates: string } }[] };
			};
		};
		expect(kml.kml['@_xmlns']).toBe('http://www.opengis.net/kml/2.2');
		expect(kml.kml.Document.Placemark[0]!.LineString!.coordinates.trim().split(/\s+/)).toHaveLength(
			expected.points,
		);
	});

	test(`${pathTo({ route: 'itinerary', id: ITINERARY }, locale)} lists the four stages in order, with totals and links`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'itinerary', id: ITINERARY }, locale));
		const stages = page.locator('[data-stage]');
		await expect(stages).toHaveCount(4);
		const order = [
			'gr70-le-bleymard-le-pont-de-montvert',
			'gr70-le-pont-de-montvert-florac',
			'gr70-florac-saint-germain-de-calberte',
			LAST_STAGE,
		];
		expect(
			await stages.evaluateAll((items) => items.map((item) => item.getAttribute('data-stage'))),
		).toEqual(order);
		await expect(page.locator('[data-itinerary-totals]')).toContainText('4');
		// The drawn outline, the map's text equivalent (the map's own markers are images too).
		await expect(page.locator('[data-itinerary-map] > svg[role="img"]')).toBeVisible();
		await stages.nth(0).getByRole('link').click();
		await expect(page).toHaveURL(
			new RegExp(`${pathTo({ route: 'hike', id: order[0]! }, locale)}$`),
		);
		await expect(
			page.getByText(
				t['hike.stageOf'].replace('{{number}}', '1').replace('{{count}}', '4').split(':')[0]!,
			),
		).toBeVisible();
	});

	for (const route of [
		{ route: 'hikes' as const },
		{ route: 'hike' as const, id: FINIELS_STAGE },
		{ route: 'itinerary' as const, id: ITINERARY },
	]) {
		const path = pathTo(route, locale);
		test(`${path} has no WCAG 2.2 A/AA violation (axe)`, async ({ page }) => {
			await page.goto(path);
			await axe(page, path);
		});
	}
}

test.describe('the hike list without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('filters by sector through plain links to pre-rendered pages', async ({ page }) => {
		const t = UI.fr;
		await page.goto(pathTo({ route: 'hikes' }, 'fr'));
		const links = page.locator('#hike-facet-links');
		await expect(links).toBeVisible();
		await links.getByRole('link', { name: 'Vallée Longue', exact: true }).click();
		await expect(page).toHaveURL(/\/randonnees\/filtre\/sector-vallee-longue\/$/);
		const expected = hikeIds().filter((id) => hikeYaml(id).sector === 'vallee-longue');
		const cards = page.locator('[data-hike-id]:visible');
		await expect(cards).toHaveCount(expected.length);
		expect(
			(
				await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-hike-id')))
			).sort(),
		).toEqual(expected.sort());
		await expect(page.getByRole('status')).toHaveText(
			t['hikes.count.other'].replace('{{count}}', String(expected.length)),
		);
		// On a facet page the filters are folded under their heading, results first; unfolded,
		// they show which one is chosen, and the way back to every hike.
		await expect(links.getByRole('link', { name: t['hikes.allHikes'] })).toBeVisible();
		await links.getByText(t['hikes.filters']).click();
		await expect(links.getByRole('link', { name: 'Vallée Longue', exact: true })).toHaveAttribute(
			'aria-current',
			'page',
		);
	});
});

test.describe('the hike list with JavaScript', () => {
	test('filters instantly, writes the filters in the URL and announces the count', async ({
		page,
	}) => {
		const t = UI.en;
		const bikes = hikeIds().filter((id) => hikeYaml(id).practices.includes('mountain-bike'));
		await page.goto(pathTo({ route: 'hikes' }, 'en'));
		const form = page.getByRole('form', { name: t['hikes.filters'] });
		await expect(form).toBeVisible();
		await expect(page.locator('#hike-facet-links')).toBeHidden();

		await form.getByRole('checkbox', { name: t['practice.mountain-bike'] }).check();
		await expect(page).toHaveURL(/\/en\/hikes\/\?practice=mountain-bike$/);
		await expect(page.locator('[data-hike-id]:visible')).toHaveCount(bikes.length);
		await expect(page.getByRole('status')).toHaveText(
			t['hikes.count.other'].replace('{{count}}', String(bikes.length)),
		);

		await form.getByRole('checkbox', { name: t['facet.family'] }).check();
		await expect(page.locator('[data-hike-id]:visible')).toHaveCount(0);
		await expect(page.getByRole('status')).toHaveText(t['hikes.count.zero']);
		await expect(page.getByText(t['hikes.noResult'])).toBeVisible();

		await form.getByRole('button', { name: t['hikes.reset'] }).click();
		await expect(page).toHaveURL(/\/en\/hikes\/$/);
		await expect(page.locator('[data-hike-id]:visible')).toHaveCount(hikeIds().length);
	});

	test('opens with the filters of its URL', async ({ page }) => {
		const expected = hikeIds().filter((id) => hikeYaml(id).sector === 'mont-lozere');
		await page.goto(`${pathTo({ route: 'hikes' }, 'fr')}?sector=mont-lozere&duration=over-6h`);
		const form = page.getByRole('form', { name: UI.fr['hikes.filters'] });
		await expect(form.getByRole('checkbox', { name: 'Mont Lozère' })).toBeChecked();
		await expect(form.getByRole('combobox', { name: UI.fr['facet.duration'] })).toHaveValue(
			'over-6h',
		);
		const visible = await page
			.locator('[data-hike-id]:visible')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-hike-id')));
		expect(visible.length).toBeGreaterThan(0);
		for (const id of visible) expect(expected).toContain(id);
	});

	test(`loads at most ${LIST_JS_BUDGET / 1000} kB of JavaScript (gzipped)`, async ({ page }) => {
		const scripts: Promise<number>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') {
				scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
			}
		});
		await page.goto(pathTo({ route: 'hikes' }, 'fr'), { waitUntil: 'networkidle' });
		const inline = await page
			.locator('script:not([src]):not([type="application/ld+json"])')
			.evaluateAll((items) => items.map((item) => item.textContent ?? ''));
		const external = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
		const inlineSize = inline.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
		expect(
			external + inlineSize,
			`external ${external} B + inline ${inlineSize} B`,
		).toBeLessThanOrEqual(LIST_JS_BUDGET);
	});
});

test('a hike page ships only the small loaders of its map and offline button, and prints its essentials on the first A4 page', async ({
	page,
}) => {
	const loaded: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script' || request.url().endsWith('.geojson')) {
			loaded.push(new URL(request.url()).pathname);
		}
	});
	await page.goto(pathTo({ route: 'hike', id: FINIELS_STAGE }, 'fr'), { waitUntil: 'networkidle' });
	// The map (Leaflet, its data) loads only once scrolled into view (tests/e2e/hike-map.spec.ts);
	// "save for offline" loads its code only when pressed (tests/e2e/offline-hikes.spec.ts); the "My stay"
	// heart is one small element (tests/e2e/my-stay.spec.ts).
	expect(
		loaded.filter(
			(path) =>
				!/^\/_astro\/((PlaceMap|SaveOffline|StayToggle|Header)\.astro_astro_type_script|preload-helper|stay-elements\.)/.test(
					path,
				),
		),
	).toEqual([]);

	// The printable area of an A4 page with the stylesheet's 12 mm margins, in CSS pixels.
	const a4 = {
		width: Math.floor(((210 - 24) / 25.4) * 96),
		height: Math.floor(((297 - 24) / 25.4) * 96),
	};
	await page.setViewportSize(a4);
	await page.emulateMedia({ media: 'print' });
	for (const essential of [
		'[data-hike-figures]',
		'[data-elevation-profile] svg',
		'[data-hike-map] ol',
	]) {
		await expect(page.locator(essential)).toBeVisible();
		const bottom = await page
			.locator(essential)
			.evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
		expect(bottom, `${essential} ends within the first page`).toBeLessThan(a4.height);
	}
	await expect(page.locator('a[data-download="gpx"]')).toBeHidden();
	await expect(page.locator('[data-nearby]')).toBeHidden();
});
