/**
 * What the agenda's end-to-end tests share: the events as their YAML files say, computed here so
 * that a page can be checked against them, and the readers of the agenda's cards and build
 * instant (`data-built-at`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { addDays, weekdayOf } from '../../src/lib/calendar/dates';
import { expandRules, type OccurrenceRule } from '../../src/lib/calendar/occurrences';
import { agendaItems, type AgendaEvent } from '../../src/lib/events/agenda';
import { ROOT } from '../tools/built-site';
import { UI, type Locale } from '../tools/site-content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const LIST = '#event-list';
export const CARDS = `${LIST} li[data-item-id]`;

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
export const events = readdirSync(`${ROOT}/content/events`)
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
export const eventById = new Map(events.map((event) => [event.id, event]));

/** A line of the agenda as its card says: id, dates, place, kind, and when it ends. */
export interface Line {
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

export async function lines(page: Page, selector = CARDS): Promise<Line[]> {
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

export const shownIds = (page: Page) =>
	page
		.locator(`${CARDS}:visible`)
		.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-item-id')));

export const builtAt = async (page: Page) =>
	Number(await page.locator(LIST).getAttribute('data-built-at'));

export const countText = (locale: Locale, count: number) =>
	count === 0
		? UI[locale]['events.count.zero']
		: count === 1
			? UI[locale]['events.count.one']
			: UI[locale]['events.count.other'].replace('{{count}}', String(count));

/** Days a line's dates meet [from, to]. */
export const meets = (line: Line, from: string, to: string) =>
	line.spans.some(([first, last]) => first <= to && last >= from);

/** This weekend as a visitor means it: Saturday and Sunday, what is left of them at the weekend. */
export function weekendOf(today: string): [string, string] {
	const day = weekdayOf(today);
	if (day === 'su') return [today, today];
	const saturday =
		day === 'sa' ? today : addDays(today, 5 - ['mo', 'tu', 'we', 'th', 'fr'].indexOf(day));
	return [saturday, addDays(saturday, 1)];
}

export async function axe(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')}`).join('\n')}`,
	);
}

/** An event of the office with a village, a price and a booking phone, still to come at `now`. */
export function bookableEvent(now: number) {
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

export const e164 = (phone: string) => `+33${phone.replace(/\D/g, '').slice(1)}`;
