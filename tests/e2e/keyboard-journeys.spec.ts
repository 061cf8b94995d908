/**
 * Keyboard and screen-reader journeys on the maps, in both languages, on a wide screen and a
 * phone: the map page's popups, tab order, skip link, names and announcements; the event pages'
 * small maps; the itinerary's map; the my-stay map's targets. The journeys through filters,
 * cards, the hike's offline save and the forms are in keyboard-forms.spec.ts. Focus is read from
 * `document.activeElement`, names and states from the accessibility tree, announcements from the
 * status regions. Map tiles never leave the machine: the tile server is answered with a small PNG.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { StayCatalogue } from '../../src/lib/my-stay/catalogue';
import { STORAGE_KEY } from '../../src/lib/my-stay/storage';
import { LOCALES, pathTo, UI } from '../tools/site-content';
import { check, expectFocused, localOnly, messagePattern, VIEWPORTS } from './keyboard';

/** What has focus, for messages and checks: never the page's body. */
const activeElement = (page: Page) =>
	page.evaluate(() => {
		const active = document.activeElement;
		return active && active !== document.body
			? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}`
			: 'body';
	});

/** The names of a map's cluster markers, from the accessibility tree. */
async function clusterNames(host: Locator, template: string): Promise<string[]> {
	return (await host.locator('.map-canvas').ariaSnapshot())
		.split('\n')
		.map((line) => /button "(.*)"/.exec(line)?.[1] ?? '')
		.filter((name) => messagePattern(template).test(name));
}

/** A cluster's name counts each place once: "5 lieux : Agenda (5)", not "Agenda (10)". */
function expectCountsAddUp(names: string[]) {
	for (const name of names) {
		const total = Number(/^\d+/.exec(name)?.[0]);
		const parts = [...name.matchAll(/\((\d+)\)/g)].reduce(
			(sum, match) => sum + Number(match[1]),
			0,
		);
		check(parts, `"${name}": its parts add up to its count`).toBe(total);
	}
}

/** Web Mercator at zoom 0 (256 px): what Leaflet's map uses to fit a box. */
const project = ([lat, lon]: [number, number]) => ({
	x: (256 * (lon + 180)) / 360,
	y: 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI)),
});

/**
 * Of all pairs of places, the one that a map of `size` fitted to their box (padded by 0.01°, at
 * a whole zoom between 7 and 18, as the my-stay page asks) would draw nearest to its edge.
 */
function edgePair(
	places: { key: string; g: [number, number] }[],
	size: { width: number; height: number },
): string[] {
	let best = { margin: Infinity, keys: [] as string[] };
	for (const [index, a] of places.entries()) {
		for (const b of places.slice(index + 1, index + 200)) {
			const south = Math.min(a.g[0], b.g[0]) - 0.01;
			const north = Math.max(a.g[0], b.g[0]) + 0.01;
			const west = Math.min(a.g[1], b.g[1]) - 0.01;
			const east = Math.max(a.g[1], b.g[1]) + 0.01;
			const sw = project([south, west]);
			const ne = project([north, east]);
			const zoom = Math.floor(
				Math.log2(Math.min(size.width / (ne.x - sw.x), size.height / (sw.y - ne.y))),
			);
			if (zoom < 7 || zoom > 18) continue;
			const scale = 2 ** zoom;
			const inner = {
				sw: project([south + 0.01, west + 0.01]),
				ne: project([north - 0.01, east - 0.01]),
			};
			const margin = Math.min(
				(size.width - (ne.x - sw.x) * scale) / 2 + (inner.sw.x - sw.x) * scale,
				(size.height - (sw.y - ne.y) * scale) / 2 + (sw.y - inner.sw.y) * scale,
			);
			if (margin < best.margin) best = { margin, keys: [a.key, b.key] };
		}
	}
	return best.keys;
}

const mapReady = async (host: Locator) => {
	await host.scrollIntoViewIfNeeded();
	await expect(host).toHaveAttribute('data-state', 'ready');
};

for (const locale of LOCALES) {
	const t = UI[locale];
	for (const viewport of VIEWPORTS) {
		test.describe(`keyboard journeys (${locale}, ${viewport.name})`, () => {
			test.use({ viewport: { width: viewport.width, height: viewport.height } });

			test('full map: skip link, popup by keyboard and back, names read once, announcements', async ({
				page,
			}) => {
				// Soft checks that fail each wait their full time: room for all of them to report.
				test.setTimeout(180_000);
				await localOnly(page);
				await page.goto(pathTo({ route: 'map' }, locale));
				const host = page.locator('place-map');
				await mapReady(host);

				// The skip link moves focus to the list (item 5).
				const skip = page.getByRole('link', { name: t['map.skip'] });
				await skip.focus();
				await page.keyboard.press('Enter');
				const listId = ((await skip.getAttribute('href')) ?? '').slice(1);
				await expectFocused(page.locator(`[id="${listId}"]`), 'the list after the skip link');

				// Names are read once: no tooltip repeating them as a description (item 6).
				for (const name of [t['map.zoomIn'], t['map.zoomOut']]) {
					const button = page.getByRole('button', { name, exact: true });
					await check(button).toHaveAccessibleDescription('');
				}
				const offices = host.locator('.pm-layer-offices.pm-marker:not(.pm-cluster)');
				await expect(offices.first()).toBeVisible();
				for (const marker of await offices.all()) {
					await expect(marker).toHaveAccessibleName(/\S/);
					await check(marker).toHaveAccessibleDescription('');
				}

				// A popup opened by Enter sits right after its marker in the tab order (item 4).
				const markers = host.locator('.leaflet-marker-pane .pm-marker');
				const keys = await markers.evaluateAll((elements) =>
					elements
						.filter(
							(element) =>
								element.classList.contains('pm-layer-offices') &&
								element.nextElementSibling?.classList.contains('pm-marker'),
						)
						.map((element) => (element as HTMLElement).dataset['key'] ?? ''),
				);
				const source = host.locator(`.pm-marker[data-key="${keys[0] ?? ''}"]`);
				await source.focus();
				await page.keyboard.press('Enter');
				const popup = host.locator('.leaflet-popup');
				await expect(popup).toBeVisible();
				const popupLink = popup.locator('.pm-popup-name a');
				await expectFocused(popupLink, 'the popup’s link after Enter on its marker');
				for (let step = 0; step < 3; step++) {
					await page.keyboard.press('Shift+Tab');
					if (!(await popup.evaluate((element) => element.contains(document.activeElement)))) break;
				}
				await expectFocused(source, 'Shift+Tab from the popup: its own marker');
				await page.keyboard.press('Enter');
				await expectFocused(popupLink);
				for (let step = 0; step < 3; step++) {
					await page.keyboard.press('Tab');
					if (!(await popup.evaluate((element) => element.contains(document.activeElement)))) break;
				}
				const afterPopup = await page.evaluate(() => {
					const popupElement = document.querySelector('.leaflet-popup');
					const next = popupElement?.nextElementSibling;
					return next?.classList.contains('pm-marker') === true && next === document.activeElement;
				});
				check(afterPopup, 'Tab from the popup: the marker after its own').toBe(true);

				// Escape closes the popup and gives focus back to its marker (item 1).
				await page.keyboard.press('Shift+Tab');
				await expect
					.poll(() => popup.evaluate((element) => element.contains(document.activeElement)))
					.toBe(true);
				await page.keyboard.press('Escape');
				await check(popup).toHaveCount(0);
				await expectFocused(source, 'Escape: focus back on the marker');

				// Layer toggles and cluster zooms are announced, each once (items 7 and 9).
				const status = host.locator('.map-status');
				const toggle = host.locator('input[data-layer-toggle]').last();
				await toggle.focus();
				await page.keyboard.press('Space');
				await expect(toggle).not.toBeChecked();
				await check(status).toHaveText(messagePattern(t['map.shownOther']));
				const fewer = Number(/\d+/.exec((await status.textContent()) ?? '')?.[0]);
				await page.keyboard.press('Space');
				await expect(toggle).toBeChecked();
				await check(status).toHaveText(messagePattern(t['map.shownOther']));
				check(Number(/\d+/.exec((await status.textContent()) ?? '')?.[0])).toBeGreaterThan(fewer);
				expectCountsAddUp(await clusterNames(host, t['map.cluster']));
				const cluster = host.locator('.pm-cluster').first();
				const clusterName = (await cluster.getAttribute('aria-label')) ?? '';
				await cluster.focus();
				await page.keyboard.press('Enter');
				await check(status).toHaveText(
					messagePattern(t['map.zoomedCluster'], {
						count: /^\d+/.exec(clusterName)?.[0] ?? '',
					}),
				);
				check(await activeElement(page)).not.toBe('body');
				expectCountsAddUp(await clusterNames(host, t['map.cluster']));
			});

			test('small maps of event pages: clusters count right and open by keyboard, popups close with Escape', async ({
				page,
			}) => {
				await localOnly(page);
				const events = (await (
					await page.request.get(`${pathTo({ route: 'map' }, locale)}events.geojson`)
				).json()) as {
					features: { geometry: { coordinates: [number, number] }; properties: { url: string } }[];
				};
				const metres = (a: [number, number], b: [number, number]) =>
					Math.hypot((a[0] - b[0]) * Math.cos((a[1] * Math.PI) / 180), a[1] - b[1]) * 111_000;
				const around = (radius: number) =>
					events.features
						.map((feature) => ({
							url: feature.properties.url,
							near: events.features.filter(
								(other) =>
									other !== feature &&
									metres(other.geometry.coordinates, feature.geometry.coordinates) < radius,
							).length,
						}))
						.sort((a, b) => b.near - a.near);
				// A busy village: its page's map shows clusters. A lone event: its own marker.
				const busy = around(350)[0]?.url ?? '';
				const lone = around(800).at(-1)?.url ?? '';

				await page.goto(busy);
				const host = page.locator('place-map');
				await mapReady(host);
				const names = await clusterNames(host, t['map.cluster']);
				expect(names.length, 'clusters on a busy village’s map').toBeGreaterThan(0);
				expectCountsAddUp(names);
				// A cluster zooms in, and says so; places at one spot open as a list instead, which
				// Escape closes.
				const cluster = host.locator('.pm-cluster').first();
				const count = /^\d+/.exec((await cluster.getAttribute('aria-label')) ?? '')?.[0] ?? '';
				// Cluster markers' keys name their zoom: the one opened goes once the map has zoomed.
				const opened = host.locator(
					`[data-key="${(await cluster.getAttribute('data-key')) ?? ''}"]`,
				);
				const list = host.locator('.pm-popup-list');
				await cluster.focus();
				await page.keyboard.press('Enter');
				await expect
					.poll(async () => (await list.count()) > 0 || (await opened.count()) === 0)
					.toBe(true);
				if ((await list.count()) > 0) {
					await expectFocused(list.getByRole('link').first(), 'the list’s first place');
					await page.keyboard.press('Escape');
					await check(list).toHaveCount(0);
					await expectFocused(cluster, 'Escape: focus back on the cluster');
				} else {
					await check(host.locator('.map-announce')).toHaveText(
						messagePattern(t['map.zoomedCluster'], { count }),
					);
					check(await activeElement(page)).not.toBe('body');
					expectCountsAddUp(await clusterNames(host, t['map.cluster']));
				}

				await page.goto(lone);
				await mapReady(host);
				const selected = host.locator('.pm-selected');
				await selected.focus();
				await page.keyboard.press('Enter');
				const popup = host.locator('.leaflet-popup');
				await expect(popup).toBeVisible();
				await expectFocused(popup.locator('.pm-popup-name a'));
				await page.keyboard.press('Escape');
				await check(popup).toHaveCount(0);
				await expectFocused(selected, 'Escape: focus back on the marker');
			});

			test('itinerary map: no unnamed image, a text alternative that reads right', async ({
				page,
			}) => {
				await localOnly(page);
				await page.goto(pathTo({ route: 'itinerary', id: 'chemin-de-stevenson' }, locale));
				const section = page.locator('#itinerary-map');
				await mapReady(section.locator('place-map'));
				const snapshot = await section.ariaSnapshot();
				check(snapshot, 'an image without a name').not.toMatch(/^\s*- img\s*$/m);
				const title = ((await page.locator('h1').textContent()) ?? '').trim();
				const overview = section.locator('svg.route-overview');
				await check(overview).toHaveAccessibleName(
					messagePattern(t['itinerary.overviewAlt'], { title }),
				);
				await check(overview).not.toHaveAccessibleName(/\b(du Le|of the The)\b/);
			});

			test('my-stay map: every marker keeps a 24 px target', async ({ page }) => {
				await localOnly(page);
				const catalogue = (await (
					await page.request.get(pathTo({ route: 'myStayData' }, locale))
				).json()) as StayCatalogue;
				const placed = Object.entries(catalogue.items).flatMap(([key, item]) =>
					item.g ? [{ key, g: item.g }] : [],
				);
				const show = async (keys: string[]) => {
					await page.evaluate(([name, value]) => localStorage.setItem(name, value), [
						STORAGE_KEY,
						JSON.stringify(keys),
					] as const);
					await page.reload();
				};
				await page.goto(pathTo({ route: 'myStay' }, locale));
				// The map's size in this layout, with any two places on it.
				await show(placed.slice(0, 2).map(({ key }) => key));
				const host = page.locator('[data-map-host]');
				// The map's canvas is replaced when the list is drawn: the host is what stays.
				const canvas = host.locator('.map-canvas');
				await host.scrollIntoViewIfNeeded();
				await expect(host).toHaveAttribute('data-state', 'ready');
				const size = await canvas.evaluate((element) => ({
					width: element.clientWidth,
					height: element.clientHeight,
				}));
				// The two places that a map fitted to their box, with no room kept, would draw
				// nearest to its edge: the layout where a marker was cut or hidden by a control.
				const pair = edgePair(placed, size);
				await show(pair);
				await host.scrollIntoViewIfNeeded();
				await expect(host).toHaveAttribute('data-state', 'ready');
				// Each marker whole inside the map, and at least 24 px of it clear of the controls'
				// buttons and links (item 12).
				const clipped = await host.evaluate((element) => {
					const frame = element.querySelector('.map-canvas')?.getBoundingClientRect();
					const controls = [...element.querySelectorAll('.leaflet-control a')].map((control) =>
						control.getBoundingClientRect(),
					);
					/** The widest strip of `box` left clear by `other`. */
					const clear = (box: DOMRect, other: DOMRect) =>
						box.left >= other.right ||
						other.left >= box.right ||
						box.top >= other.bottom ||
						other.top >= box.bottom
							? Infinity
							: Math.max(
									other.left - box.left,
									box.right - other.right,
									other.top - box.top,
									box.bottom - other.bottom,
								);
					return [...element.querySelectorAll<HTMLElement>('.pm-marker')]
						.filter((marker) => {
							const box = marker.getBoundingClientRect();
							const outside =
								!frame ||
								box.left < frame.left ||
								box.top < frame.top ||
								box.right > frame.right ||
								box.bottom > frame.bottom;
							return outside || controls.some((control) => clear(box, control) < 24);
						})
						.map((marker) => marker.getAttribute('aria-label') ?? '');
				});
				check(clipped, 'markers cut by the map’s edge or hidden by its controls').toEqual([]);
				const { violations } = await new AxeBuilder({ page })
					.include('[data-map-host]')
					.withRules(['target-size'])
					.analyze();
				const report = violations.flatMap((violation) =>
					violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
				);
				expect(report, report.join('\n')).toEqual([]);
			});
		});
	}
}
