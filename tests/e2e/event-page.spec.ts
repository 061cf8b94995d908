/**
 * An event's page in both languages (its dates, place, price, booking and JSON-LD; an event
 * outside the territory), the home and sector pages' "coming up", the header's link to the
 * agenda, and axe on the agenda's pages that the shared accessibility gate does not visit.
 */
import { expect, test } from '@playwright/test';
import { isLongRun, runsOf } from '../../src/lib/calendar/occurrences';
import { parisIsoDateTime } from '../../src/lib/calendar/paris-time';
import { agendaItems } from '../../src/lib/events/agenda';
import { LOCALES, pathTo, UI, type Locale } from '../tools/site-content';
import { axe, bookableEvent, builtAt, e164, eventById, events } from './agenda';

for (const locale of LOCALES) {
	test(`an event's page shows its dates, place, price and booking, with JSON-LD for each date unless it is a sample (${locale})`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'events' }, locale));
		const now = await builtAt(page);
		const event = bookableEvent(now);
		const lines = agendaItems([event], now);
		await page.goto(pathTo({ route: 'event', id: event.id }, locale));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title[locale]);
		const dates = page.getByRole('region', { name: UI[locale]['event.dates'] });
		await expect(dates.locator('li')).toHaveCount(
			runsOf(
				lines.flatMap((line) =>
					line.slot.dates.map((date) => ({ date, start: line.slot.start, end: line.slot.end })),
				),
			).reduce((count, run) => count + (isLongRun(run) ? 1 : run.dates.length), 0),
		);
		await expect(
			page.getByRole('region', { name: UI[locale]['event.booking'] }).getByRole('link').first(),
		).toHaveAttribute('href', `tel:${e164(event.data.booking!.phone!)}`);
		const place = page.getByRole('region', { name: UI[locale]['event.place'] });
		await expect(place.locator('place-map')).toHaveCount(1);
		await expect(
			place.getByRole('link', {
				name: new RegExp(`^${UI[locale]['event.directions'].split(' {{')[0]}`),
			}),
		).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/directions\?to=/);
		await expect(
			page.getByRole('link', { name: UI[locale]['feedback.reportError'] }),
		).toHaveAttribute(
			'href',
			new RegExp(
				`topic=event.*${encodeURIComponent(pathTo({ route: 'event', id: event.id }, locale)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
			),
		);
		// The language switch leads to the twin.
		const other: Locale = locale === 'fr' ? 'en' : 'fr';
		await expect(page.locator(`link[rel="alternate"][hreflang^="${other}"]`)).toHaveAttribute(
			'href',
			new RegExp(`${pathTo({ route: 'event', id: event.id }, other)}$`),
		);

		const jsonLd = (
			await page
				.locator('script[type="application/ld+json"]')
				.evaluateAll((scripts) =>
					scripts.map((script) => JSON.parse(script.textContent ?? '') as unknown),
				)
		).flat() as { '@type': string; startDate: string; name: string; location: { name: string } }[];
		const jsonEvents = jsonLd.filter((item) => item['@type'] === 'Event');
		// A sample event gets no structured data: no search engine may list a fictional event.
		if (event.data.sample) {
			expect(jsonLd).toEqual([]);
			return;
		}
		expect(jsonEvents).toHaveLength(lines.length);
		expect(jsonEvents.map((item) => item.startDate)).toEqual(
			lines.map((line) =>
				line.slot.start ? parisIsoDateTime(line.slot.first, line.slot.start) : line.slot.first,
			),
		);
		expect(jsonEvents.every((item) => item.name === event.title[locale])).toBe(true);
	});
}

test('an event outside the territory shows its address and no map', async ({ page }) => {
	const outside = events.find((event) => !event.village);
	if (!outside) throw new Error('No event outside the territory in content/events/');
	await page.goto(pathTo({ route: 'event', id: outside.id }, 'en'));
	const place = page.getByRole('region', { name: UI.en['event.place'] });
	await expect(place).toContainText(outside.data.place!.address!);
	await expect(place).toContainText(UI.en['event.outsideTerritory']);
	await expect(place.locator('place-map')).toHaveCount(0);
	await expect(
		place.getByRole('link', { name: new RegExp(`^${UI.en['event.directions'].split(' {{')[0]}`) }),
	).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/search\?query=/);
});

test('the home and sector pages show what is coming up, linking to the events', async ({
	page,
}) => {
	await page.goto(pathTo({ route: 'home' }, 'en'));
	// The home page shows what is on in the next seven days: the weekly sample markets at least.
	const coming = page.getByRole('region', { name: UI.en['home.week'] });
	const shown = await coming.locator('article').count();
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThanOrEqual(4);
	const first = coming.getByRole('link').first();
	await expect(first).toHaveAttribute('href', /^\/en\/whats-on\/[a-z0-9-]+\/$/);
	await page.goto(pathTo({ route: 'sector', id: 'vallee-longue' }, 'fr'));
	const sectorEvents = page.locator('section[data-kind="events"]');
	await expect(sectorEvents).toBeVisible();
	for (const href of await sectorEvents
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
		expect(eventById.get(href.split('/')[2] ?? '')?.sector).toBe('vallee-longue');
});

test('the header links to the agenda in both languages', async ({ page }) => {
	for (const locale of LOCALES) {
		await page.goto(pathTo({ route: 'home' }, locale));
		await expect(
			page
				.getByRole('navigation', { name: UI[locale]['nav.label'] })
				.getByRole('link', { name: UI[locale]['nav.events'] }),
		).toHaveAttribute('href', pathTo({ route: 'events' }, locale));
	}
});

test.describe('accessibility', () => {
	// The agenda, the programmes and a programme are checked by the shared gate
	// (tests/e2e/accessibility.spec.ts, which visits every template of tests/tools/templates.ts);
	// here, the agenda's other pages and the event page's variants.
	test.describe.configure({ timeout: 120_000 });
	const templates: [string, (locale: Locale, now: number) => string][] = [
		['a facet page', (locale) => pathTo({ route: 'eventsFilter', id: 'category-market' }, locale)],
		['an event', (locale, now) => pathTo({ route: 'event', id: bookableEvent(now).id }, locale)],
		[
			'an event outside the territory',
			(locale) =>
				pathTo({ route: 'event', id: events.find((event) => !event.village)!.id }, locale),
		],
	];
	for (const locale of LOCALES) {
		for (const [name, path] of templates) {
			test(`${name} has no WCAG 2.2 A/AA violation (axe, ${locale})`, async ({ page }) => {
				await page.goto(pathTo({ route: 'events' }, locale));
				const target = path(locale, await builtAt(page));
				await page.goto(target);
				expect(await axe(page), target).toEqual([]);
			});
		}
	}
});
