/**
 * The agenda's list as a visitor uses it: its filters without JavaScript (facet pages) and with
 * it (instant, in the URL, announced; what ends between builds disappears), its height on a phone
 * and its JavaScript budget. An event's page, the calendars, the printed programmes and the
 * agenda's other pages have their own files (event-page, events-calendar, events-programme).
 *
 * What the pages must show is computed from the events' YAML files and the build's instant,
 * which the agenda writes on its list (`data-built-at`): tests/e2e/agenda.ts.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { addDays, endOfMonth } from '../../src/lib/calendar/dates';
import { isLongRun, occurrenceInstants, runsOf } from '../../src/lib/calendar/occurrences';
import { parisToday } from '../../src/lib/calendar/paris-time';
import {
	AGENDA_WINDOW_DAYS,
	agendaItems,
	linesUntil,
	withWeeklyLines,
} from '../../src/lib/events/agenda';
import { ruleInWords } from '../../src/lib/events/recurrence';
import { useTranslations } from '../../src/lib/i18n/ui';
import { LOCALES, pathTo, UI } from '../tools/site-content';
import {
	builtAt,
	CARDS,
	countText,
	eventById,
	events,
	lines,
	LIST,
	meets,
	shownIds,
	weekendOf,
} from './agenda';

/** The agenda's JavaScript budget, gzipped (at most 15 kB, as the other lists). */
const LIST_JS_BUDGET = 15_000;

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
