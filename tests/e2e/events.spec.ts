/**
 * The agenda as a visitor uses it: the list and its filters without JavaScript (facet
 * pages) and with it (instant, in the URL, announced; what ends between builds disappears), an
 * event's page in both languages with its dates, place, booking and JSON-LD, the .ics download and
 * the calendar feeds read back by ical.js, the printed fortnightly programme (Chromium's PDF: the
 * expected number of A4 pages, no text off the page), the home and sector pages' "coming up",
 * the list's JavaScript budget, and axe on every agenda template.
 *
 * What the pages must show is computed here from the events' YAML files and the build's instant,
 * which the agenda writes on its list (`data-built-at`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { addDays, endOfMonth, weekdayOf } from '../../src/lib/calendar/dates';
import {
	expandRules,
	isLongRun,
	occurrenceInstants,
	runsOf,
	type OccurrenceRule,
} from '../../src/lib/calendar/occurrences';
import { parisIsoDateTime, parisToday, parisToInstant } from '../../src/lib/calendar/paris-time';
import {
	AGENDA_WINDOW_DAYS,
	agendaItems,
	linesUntil,
	withWeeklyLines,
	type AgendaEvent,
} from '../../src/lib/events/agenda';
import { ruleInWords } from '../../src/lib/events/recurrence';
import { useTranslations } from '../../src/lib/i18n/ui';
import { ROOT } from '../tools/built-site';
import { LOCALES, pathTo, UI, type Locale } from '../tools/site-content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The agenda's JavaScript budget, gzipped (at most 15 kB, as the other lists). */
const LIST_JS_BUDGET = 15_000;
const LIST = '#event-list';
const CARDS = `${LIST} li[data-item-id]`;

interface EventYaml {
	title: { fr: string; en: string };
	category: string;
	village?: string;
	place?: { town?: string; address?: string };
	occurrences: OccurrenceRule[];
	free?: boolean;
	familyFriendly?: boolean;
	forChildren?: boolean;
	membersOnly?: boolean;
	price?: { from?: number };
	booking?: { phone?: string };
	sample?: boolean;
}

const read = (path: string) => readFileSync(`${ROOT}/${path}`, 'utf8');
const sectorOf = new Map(
	readdirSync(`${ROOT}/content/villages`).map((file) => [
		file.replace('.yaml', ''),
		(parse(read(`content/villages/${file}`)) as { sector: string }).sector,
	]),
);
const events = readdirSync(`${ROOT}/content/events`)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => {
		const data = parse(read(`content/events/${file}`)) as EventYaml;
		return {
			id: file.replace('.yaml', ''),
			data,
			title: data.title,
			category: data.category,
			occurrences: expandRules(data.occurrences),
			free: data.free ?? false,
			familyFriendly: data.familyFriendly ?? false,
			forChildren: data.forChildren ?? false,
			village: data.village,
			sector: data.village ? sectorOf.get(data.village) : undefined,
		} satisfies AgendaEvent & { data: EventYaml };
	});
const eventById = new Map(events.map((event) => [event.id, event]));

/** A line of the agenda as its card says: id, dates, place, kind, and when it ends. */
interface Line {
	id: string;
	first: string;
	last: string;
	/** Its spans of dates: one, or one per day of a weekly series. */
	spans: [string, string][];
	sector?: string | undefined;
	category: string;
	family: boolean;
	free: boolean;
	endsAt: number;
}

async function lines(page: Page, selector = CARDS): Promise<Line[]> {
	return page.locator(selector).evaluateAll((cards) =>
		cards.map((card) => {
			const dates = (card.getAttribute('data-f-dates') ?? '').split(' ');
			const spans: [string, string][] = [];
			for (let index = 0; index + 1 < dates.length; index += 2)
				spans.push([dates[index] ?? '', dates[index + 1] ?? '']);
			return {
				id: card.getAttribute('data-item-id') ?? '',
				first: dates[0] ?? '',
				last: dates.at(-1) ?? '',
				spans,
				sector: card.getAttribute('data-f-sector') ?? undefined,
				category: card.getAttribute('data-f-category') ?? '',
				family: card.hasAttribute('data-f-family'),
				free: card.hasAttribute('data-f-free'),
				endsAt: Number(card.getAttribute('data-ends-at')),
			};
		}),
	);
}

const shownIds = (page: Page) =>
	page
		.locator(`${CARDS}:visible`)
		.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-item-id')));

const builtAt = async (page: Page) =>
	Number(await page.locator(LIST).getAttribute('data-built-at'));

const countText = (locale: Locale, count: number) =>
	count === 0
		? UI[locale]['events.count.zero']
		: count === 1
			? UI[locale]['events.count.one']
			: UI[locale]['events.count.other'].replace('{{count}}', String(count));

/** Days a line's dates meet [from, to]. */
const meets = (line: Line, from: string, to: string) =>
	line.spans.some(([first, last]) => first <= to && last >= from);

/** This weekend as a visitor means it: Saturday and Sunday, what is left of them at the weekend. */
function weekendOf(today: string): [string, string] {
	const day = weekdayOf(today);
	if (day === 'su') return [today, today];
	const saturday =
		day === 'sa' ? today : addDays(today, 5 - ['mo', 'tu', 'we', 'th', 'fr'].indexOf(day));
	return [saturday, addDays(saturday, 1)];
}

async function axe(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}`).join('\n')}`,
	);
}

test.describe('the agenda without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists the next 30 days day by day, each weekly series once with its rule, nothing ended', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'events' }, 'fr'));
		const now = await builtAt(page);
		const today = parisToday(now);
		const expected = withWeeklyLines(
			linesUntil(agendaItems(events, now), addDays(today, AGENDA_WINDOW_DAYS - 1)),
		).map((item) => item.id);
		const listed = await lines(page);
		expect(listed.map((line) => line.id).sort()).toEqual([...expected].sort());
		expect(listed.every((line) => line.endsAt > now)).toBe(true);
		await expect(page.locator('#event-count')).toHaveText(countText('fr', expected.length));
		const days = await page
			.locator(`${LIST} section[data-group] h2 time`)
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
		expect(days).toEqual([...days].sort());
		expect(days[0]! >= today).toBe(true);
		expect(days.at(-1)! <= addDays(today, AGENDA_WINDOW_DAYS - 1)).toBe(true);
		// A long run (an exhibition) is one line, "until …", never one line a day.
		for (const event of events) {
			const long = runsOf(event.occurrences).filter(
				(run) => isLongRun(run) && occurrenceInstants({ date: run.last, end: run.end }).end > now,
			);
			for (const run of long) {
				const ids = listed.filter((line) => line.id.startsWith(`${event.id}/${run.first}`));
				expect(ids.length, `${event.id} from ${run.first}`).toBeLessThanOrEqual(1);
			}
		}
		// Each line of a sample event carries the sample mark.
		for (const line of listed) {
			const event = eventById.get(line.id.split('/')[0] ?? '');
			if (!event?.data.sample) continue;
			await expect(
				page.locator(`${CARDS}[data-item-id="${line.id}"] .badge.sample`),
				line.id,
			).toHaveText(UI.fr['events.badge.sample']);
		}
	});

	test('a weekly market is one line saying its rule on each month’s page', async ({ page }) => {
		await page.goto(pathTo({ route: 'events' }, 'en'));
		const now = await builtAt(page);
		const t = useTranslations('en');
		const months = await page
			.locator('nav.months a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(months.length).toBeGreaterThan(0);
		let checked = 0;
		for (const href of months) {
			const month = /when-(\d{4}-\d{2})/.exec(href)?.[1] ?? '';
			const last = endOfMonth(`${month}-01`);
			const weekly = withWeeklyLines(
				agendaItems(events, now).filter(
					(item) => item.slot.first <= last && item.slot.last >= `${month}-01`,
				),
			).filter((item) => item.slot.rule);
			if (weekly.length === 0) continue;
			await page.goto(href);
			for (const item of weekly) {
				const card = page.locator(`${CARDS}[data-item-id="${item.id}"]`);
				await expect(card, item.id).toHaveCount(1);
				await expect(card.locator('.until')).toHaveText(ruleInWords(item.slot.rule!, 'en', t));
			}
			// Several dates of the month behind one line: the market is not repeated for each.
			checked += weekly.filter((item) => item.slot.dates.length > 1).length;
		}
		expect(checked).toBeGreaterThan(0);
	});

	test('month pages list the whole month, linked from the agenda, without JavaScript', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'events' }, 'fr'));
		const now = await builtAt(page);
		const link = page.locator('nav.months a').nth(2);
		const href = (await link.getAttribute('href')) ?? '';
		const month = /when-(\d{4}-\d{2})/.exec(href)?.[1] ?? '';
		await link.click();
		await expect(page).toHaveURL(href);
		const first = `${month}-01`;
		const last = endOfMonth(first);
		const expected = withWeeklyLines(
			agendaItems(events, now).filter((item) => item.slot.first <= last && item.slot.last >= first),
		).map((item) => item.id);
		expect((await lines(page)).map((line) => line.id).sort()).toEqual([...expected].sort());
		await expect(page.locator('nav.months a[aria-current="page"]')).toHaveAttribute('href', href);
	});

	test('the agenda is at most 15,000 CSS px tall on a 390×844 phone', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const locale of LOCALES) {
			await page.goto(pathTo({ route: 'events' }, locale));
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(height, locale).toBeLessThanOrEqual(15_000);
			expect(await lines(page), locale).not.toHaveLength(0);
		}
	});

	test('the weekend link narrows the agenda to this weekend, and links back', async ({ page }) => {
		await page.goto(pathTo({ route: 'events' }, 'fr'));
		const all = await lines(page);
		const [saturday, sunday] = weekendOf(parisToday(await builtAt(page)));
		const expected = all.filter((line) => meets(line, saturday, sunday)).map((line) => line.id);
		test.skip(expected.length === 0, 'nothing this weekend in the sample agenda');
		await page
			.locator('#event-facet-links')
			.getByRole('link', { name: UI.fr['events.when.weekend'], exact: true })
			.click();
		await expect(page).toHaveURL(pathTo({ route: 'eventsFilter', id: 'when-weekend' }, 'fr'));
		expect((await lines(page)).map((line) => line.id)).toEqual(expected);
		await expect(page.locator('#event-count')).toHaveText(countText('fr', expected.length));
		await page.getByRole('link', { name: UI.fr['events.all'] }).click();
		await expect(page).toHaveURL(pathTo({ route: 'events' }, 'fr'));
	});

	test('a kind and a sector have their own pages', async ({ page }) => {
		await page.goto(pathTo({ route: 'events' }, 'en'));
		const all = await lines(page);
		await page.goto(pathTo({ route: 'eventsFilter', id: 'category-market' }, 'en'));
		const markets = await lines(page);
		expect(markets.map((line) => line.id)).toEqual(
			all.filter((line) => line.category === 'market').map((line) => line.id),
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			UI.en['events.facetTitle'].replace('{{facet}}', UI.en['events.category.market']),
		);
		await page.goto(pathTo({ route: 'eventsFilter', id: 'sector-calbertois' }, 'en'));
		expect((await lines(page)).map((line) => line.id)).toEqual(
			all.filter((line) => line.sector === 'calbertois').map((line) => line.id),
		);
	});
});

test.describe('the agenda with JavaScript', () => {
	test('filters narrow the agenda instantly, write the URL and announce the count', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'events' }, 'fr'));
		const all = await lines(page);
		const form = page.getByRole('form', { name: UI.fr['events.filters'] });
		await expect(form).toBeVisible();
		await expect(page.locator('#event-facet-links')).toBeHidden();
		const status = page.locator('#event-count');

		await form.getByRole('checkbox', { name: 'Vallée Longue' }).check();
		await form.getByRole('checkbox', { name: UI.fr['events.category.market'] }).check();
		const markets = all.filter(
			(line) => line.sector === 'vallee-longue' && line.category === 'market',
		);
		expect(markets.length).toBeGreaterThan(0);
		await expect(status).toHaveText(countText('fr', markets.length));
		await expect(status).toHaveAttribute('role', 'status');
		expect(await shownIds(page)).toEqual(markets.map((line) => line.id));
		await expect(page).toHaveURL(
			`${pathTo({ route: 'events' }, 'fr')}?sector=vallee-longue&category=market`,
		);
		// A day with none of these lines is hidden with its heading.
		const hiddenDays = await page.locator(`${LIST} section[data-group][hidden]`).count();
		expect(hiddenDays).toBeGreaterThan(0);

		const today = parisToday(await builtAt(page));
		await form.getByLabel(UI.fr['events.facet.when']).selectOption('next-15-days');
		const soon = markets.filter((line) => meets(line, today, addDays(today, 14)));
		await expect(status).toHaveText(countText('fr', soon.length));
		expect(await shownIds(page)).toEqual(soon.map((line) => line.id));

		await form.getByRole('button', { name: UI.fr['events.reset'] }).click();
		await expect(status).toHaveText(countText('fr', all.length));
		await expect(page).toHaveURL(pathTo({ route: 'events' }, 'fr'));
	});

	test('a date range shows what meets it, from the family and free filters too', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'events' }, 'en'));
		const all = await lines(page);
		const today = parisToday(await builtAt(page));
		const from = addDays(today, 20);
		const to = addDays(today, 40);
		const form = page.getByRole('form', { name: UI.en['events.filters'] });
		await form.getByLabel(UI.en['events.facet.from'], { exact: true }).fill(from);
		await form.getByLabel(UI.en['events.facet.to'], { exact: true }).fill(to);
		const inRange = all.filter((line) => meets(line, from, to));
		await expect(page.locator('#event-count')).toHaveText(countText('en', inRange.length));
		expect(await shownIds(page)).toEqual(inRange.map((line) => line.id));
		await expect(page).toHaveURL(`${pathTo({ route: 'events' }, 'en')}?from=${from}&to=${to}`);

		await form
			.getByRole('group', { name: UI.en['events.moreFilters'] })
			.getByLabel(UI.en['events.facet.free'])
			.check();
		const free = inRange.filter((line) => line.free);
		await expect(page.locator('#event-count')).toHaveText(countText('en', free.length));
		expect(await shownIds(page)).toEqual(free.map((line) => line.id));
	});

	test('a shared URL opens with its filters, as the facet page of the same filter', async ({
		page,
		request,
	}) => {
		// The facet page as a visitor without JavaScript gets it.
		const html = await (
			await request.get(pathTo({ route: 'eventsFilter', id: 'family' }, 'fr'))
		).text();
		const facetPage = [...html.matchAll(/data-item-id="([^"]+)"/g)].map((match) => match[1]);
		expect(facetPage.length).toBeGreaterThan(0);
		await page.goto(`${pathTo({ route: 'events' }, 'fr')}?family=1`);
		await expect(
			page
				.getByRole('form', { name: UI.fr['events.filters'] })
				.getByLabel(UI.fr['events.facet.family']),
		).toBeChecked();
		await expect(page.locator('#event-count')).toHaveText(countText('fr', facetPage.length));
		expect(await shownIds(page)).toEqual(facetPage);
	});

	test('on a facet page, widening the filters shows lines beyond it without a reload', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'events' }, 'en'));
		const all = await lines(page);
		await page.goto(pathTo({ route: 'eventsFilter', id: 'category-market' }, 'en'));
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const form = page.getByRole('form', { name: UI.en['events.filters'] });
		await form.getByRole('checkbox', { name: UI.en['events.category.concert'] }).check();
		const expected = all.filter(
			(line) => line.category === 'market' || line.category === 'concert',
		);
		await expect(page.locator(`${CARDS}:visible`)).toHaveCount(expected.length);
		expect(await shownIds(page)).toEqual(expected.map((line) => line.id));
		await expect(page).toHaveURL(
			`${pathTo({ route: 'events' }, 'en')}?category=market&category=concert`,
		);
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
			true,
		);
	});

	test('between two builds, what has ended disappears from the agenda and from event pages', async ({
		page,
		request,
	}) => {
		const html = await (await request.get(pathTo({ route: 'events' }, 'fr'))).text();
		const built = Number(/data-built-at="(\d+)"/.exec(html)?.[1]);
		const ends = [...html.matchAll(/data-item-id="([^"]+)"[^>]*data-ends-at="(\d+)"/g)].map(
			(match) => ({ id: match[1] ?? '', endsAt: Number(match[2]) }),
		);
		// The next build is late: the browser's clock has passed the end of the first line to end.
		const later =
			Math.max(
				built,
				...ends
					.map((line) => line.endsAt)
					.sort((a, b) => a - b)
					.slice(0, 1),
			) + 60_000;
		const ended = ends.filter((line) => line.endsAt <= later);
		expect(ended.length).toBeGreaterThan(0);
		expect(ended.length).toBeLessThan(ends.length);
		await page.clock.install({ time: new Date(later) });
		await page.goto(pathTo({ route: 'events' }, 'fr'));
		await expect(page.locator('#event-count')).toHaveText(
			countText('fr', ends.length - ended.length),
		);
		const shown = await shownIds(page);
		for (const line of ended) expect(shown).not.toContain(line.id);

		// The event page of an ended line hides that date too.
		const [eventId] = ended[0]!.id.split('/');
		await page.goto(pathTo({ route: 'event', id: eventId! }, 'fr'));
		const dates = page.locator('.dates li');
		const endsAt = await dates.evaluateAll((items) =>
			items.map((item) => Number(item.getAttribute('data-ends-at'))),
		);
		await expect(page.locator('.dates li:visible')).toHaveCount(
			endsAt.filter((end) => end > later).length,
		);
	});

	test(`loads at most ${LIST_JS_BUDGET / 1000} kB of JavaScript (gzipped)`, async ({ page }) => {
		const scripts: Promise<number>[] = [];
		page.on('response', (response) => {
			// The header's menu script has its own 1 kB allowance on every page (no-javascript.spec.ts).
			if (/\/_astro\/Header\.astro_astro_type_script/.test(response.url())) return;
			if (response.request().resourceType() === 'script')
				scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
		});
		await page.goto(pathTo({ route: 'events' }, 'fr'), { waitUntil: 'networkidle' });
		await expect(page.getByRole('form', { name: UI.fr['events.filters'] })).toBeVisible();
		const inline = await page
			.locator('script:not([src]):not([type="application/ld+json"])')
			.evaluateAll((items) => items.map((item) => item.textContent ?? ''));
		const external = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
		const inlineSize = inline.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
		console.log(`agenda JavaScript: ${external} B + ${inlineSize} B inline, gzipped`);
		expect(external + inlineSize).toBeLessThanOrEqual(LIST_JS_BUDGET);
	});
});

/** An event of the office with a village, a price and a booking phone, still to come at `now`. */
function bookableEvent(now: number) {
	const event = events.find(
		(candidate) =>
			candidate.village &&
			candidate.data.price?.from !== undefined &&
			candidate.data.booking?.phone &&
			agendaItems([candidate], now).length > 0,
	);
	if (!event) throw new Error('No bookable event to come in content/events/');
	return event;
}

const e164 = (phone: string) => `+33${phone.replace(/\D/g, '').slice(1)}`;

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

function parseCalendar(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	for (const zone of calendar.getAllSubcomponents('vtimezone'))
		ICAL.TimezoneService.register(new ICAL.Timezone(zone));
	return calendar;
}

test('"add to my calendar" downloads an .ics file with every date, read back by ical.js', async ({
	page,
}) => {
	await page.goto(pathTo({ route: 'events' }, 'fr'));
	const now = await builtAt(page);
	const event = bookableEvent(now);
	await page.goto(pathTo({ route: 'event', id: event.id }, 'fr'));
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: UI.fr['event.calendar'] }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${event.id}.ics`);
	const text = readFileSync(await file.path(), 'utf8');
	expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
	const calendar = parseCalendar(text);
	const vevents = calendar
		.getAllSubcomponents('vevent')
		.map((component) => new ICAL.Event(component));
	expect(new Set(vevents.map((vevent) => vevent.uid)).size).toBe(vevents.length);
	// A sample event's entries say so: "[Exemple] …" (src/lib/events/ics-files.ts).
	const summary = event.data.sample
		? `[${UI.fr['sample.mark']}] ${event.title.fr}`
		: event.title.fr;
	expect(vevents.every((vevent) => vevent.summary === summary)).toBe(true);
	// Every date to come, at its Paris wall-clock time, whatever the season.
	const starts = vevents
		.flatMap((vevent) => {
			const iterator = vevent.iterator();
			const instants: number[] = [];
			for (let next = iterator.next(); next; next = iterator.next())
				instants.push(next.toJSDate().getTime());
			return instants;
		})
		.filter((instant) => instant > now - 86_400_000 * 30)
		.sort((a, b) => a - b);
	const expected = event.occurrences
		.filter((occurrence) => occurrenceInstants(occurrence).end > now)
		.map((occurrence) => parisToInstant(occurrence.date, occurrence.start ?? '00:00'));
	expect(starts.filter((instant) => instant >= expected[0]!)).toEqual(expected);
});

test('the calendar feeds hold the whole area and each sector, with stable UIDs', async ({
	request,
}) => {
	const whole = parseCalendar(
		await (
			await request.get(pathTo({ route: 'eventsCalendar', id: 'cevennes-mont-lozere' }, 'fr'))
		).text(),
	);
	const uids = whole
		.getAllSubcomponents('vevent')
		.map((component) => String(component.getFirstPropertyValue('uid')));
	expect(uids.length).toBeGreaterThan(50);
	expect(new Set(uids).size).toBe(uids.length);
	expect(whole.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
		'Europe/Paris',
	);
	for (const vevent of whole.getAllSubcomponents('vevent'))
		expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
	const sectors = new Set<string>();
	for (const sector of ['mont-lozere', 'vallee-francaise', 'vallee-longue', 'calbertois']) {
		const feed = parseCalendar(
			await (await request.get(pathTo({ route: 'eventsCalendar', id: sector }, 'en'))).text(),
		);
		const sectorUids = feed
			.getAllSubcomponents('vevent')
			.map((component) => String(component.getFirstPropertyValue('uid')));
		expect(sectorUids.length).toBeGreaterThan(0);
		for (const uid of sectorUids) {
			expect(uids).toContain(uid);
			const eventId = events.find((event) => uid.startsWith(`${event.id}-`))?.id;
			expect(eventById.get(eventId ?? '')?.sector).toBe(sector);
			sectors.add(uid);
		}
	}
	// Only events outside the territory are in no sector's feed.
	for (const uid of uids.filter((candidate) => !sectors.has(candidate)))
		expect(events.find((event) => uid.startsWith(`${event.id}-`))?.village).toBeUndefined();
});

/** The printable area of an A4 page with the programme's 12 mm margins, in CSS pixels. */
const A4 = {
	width: ((210 - 24) / 25.4) * 96,
	height: ((297 - 24) / 25.4) * 96,
};

async function pdfPages(pdf: Buffer) {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false })
		.promise;
	const pages: {
		width: number;
		height: number;
		items: { text: string; x: number; y: number; width: number; height: number }[];
	}[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const pdfPage = await document.getPage(number);
		const { width, height } = pdfPage.getViewport({ scale: 1 });
		const content = await pdfPage.getTextContent();
		pages.push({
			width,
			height,
			items: content.items.flatMap((item) =>
				'str' in item && item.str.trim()
					? [
							{
								text: item.str,
								x: item.transform[4] as number,
								y: item.transform[5] as number,
								width: item.width,
								height: item.height,
							},
						]
					: [],
			),
		});
	}
	return pages;
}

/** The whole area's programme of the current fortnight, or the one with the most events. */
async function programmeHref(page: Page, which: 'current' | 'busiest'): Promise<string> {
	const links = await page.locator('main li').evaluateAll((items) =>
		items.flatMap((item) => {
			const href = item.querySelector('a')?.getAttribute('href') ?? '';
			const count = Number(/\d+/.exec(item.querySelector('.count')?.textContent ?? '')?.[0] ?? 1);
			return href.endsWith('-cevennes-mont-lozere/') ? [{ href, count }] : [];
		}),
	);
	const chosen =
		which === 'current'
			? links[0]
			: links.reduce((best, link) => (link.count > best.count ? link : best));
	return chosen!.href;
}

for (const [locale, which] of [
	['fr', 'current'],
	['fr', 'busiest'],
	['en', 'busiest'],
] as const) {
	test(`a fortnightly programme prints on the expected number of A4 pages, no text off a page (${locale}, ${which})`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'programmes' }, locale));
		const href = await programmeHref(page, which);
		await page.goto(href);
		const titles = await page
			.locator('.programme .entry .title')
			.evaluateAll((items) => items.map((item) => item.textContent?.trim() ?? ''));
		expect(titles.length).toBeGreaterThan(0);

		// The page as Chromium lays it out for print, on the width of an A4 page's printable area.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: Math.floor(A4.width), height: Math.floor(A4.height) });
		await expect(page.locator('.site-header')).toBeHidden();
		const layout = await page.evaluate(() => {
			const blocks = [
				...document.querySelectorAll<HTMLElement>('.programme .entry, .programme-foot'),
			];
			// A day's heading stays with its first line: together they are one unbreakable block.
			const headings = [...document.querySelectorAll<HTMLElement>('.programme .day h2')].map(
				(heading) => {
					const first = heading.nextElementSibling?.querySelector('.entry');
					return first
						? first.getBoundingClientRect().bottom - heading.getBoundingClientRect().top
						: 0;
				},
			);
			return {
				// The programme is all that is printed: the site's header, footer and links are not.
				height:
					(document.querySelector('.programme')?.getBoundingClientRect().bottom ?? 0) +
					window.scrollY,
				widest: document.documentElement.scrollWidth,
				tallestBlock: Math.max(
					...blocks.map((block) => block.getBoundingClientRect().height),
					...headings,
				),
			};
		});
		expect(layout.widest, 'nothing wider than the page').toBeLessThanOrEqual(Math.ceil(A4.width));
		const fewest = Math.ceil(layout.height / A4.height);
		// Lines are never split between pages: each page may end up to one block short.
		const most = Math.ceil(layout.height / (A4.height - layout.tallestBlock));

		const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
		const pages = await pdfPages(pdf);
		console.log(
			`${href}: ${pages.length} A4 page(s), layout ${Math.round(layout.height)} px (${fewest}–${most} expected)`,
		);
		expect(pages.length).toBeGreaterThanOrEqual(fewest);
		expect(pages.length).toBeLessThanOrEqual(most);

		const margin = (12 / 25.4) * 72 - 1;
		for (const [index, pdfPage] of pages.entries()) {
			expect(pdfPage.width).toBeCloseTo(595.28, 0);
			expect(pdfPage.height).toBeCloseTo(841.89, 0);
			for (const item of pdfPage.items) {
				const where = `page ${index + 1}: "${item.text}" at ${Math.round(item.x)},${Math.round(item.y)}`;
				expect(item.x, where).toBeGreaterThanOrEqual(margin);
				expect(item.x + item.width, where).toBeLessThanOrEqual(pdfPage.width - margin);
				expect(item.y, where).toBeGreaterThanOrEqual(margin - item.height);
				expect(item.y + item.height, where).toBeLessThanOrEqual(pdfPage.height - margin + 1);
			}
		}
		// Every event's name is printed whole.
		const printed = pages
			.flatMap((pdfPage) => pdfPage.items.map((item) => item.text))
			.join(' ')
			.replace(/\s+/g, ' ');
		for (const title of titles) expect(printed).toContain(title.replace(/\s+/g, ' '));
	});
}

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
