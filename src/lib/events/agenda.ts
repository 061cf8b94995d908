/**
 * The agenda as visitors read it: upcoming agenda lines of every event (each occurrence, a long
 * run once), in date order, grouped by day, each with the values the filters read. Plain
 * functions over the events' data, shared by the agenda, the programmes, the home and
 * destination pages.
 */
import { agendaSlots, type AgendaSlot, type Occurrence } from '../calendar/occurrences';
import type { IsoDate } from '../calendar/dates';
import type { FacetValues } from '../facets/filters';
import { followsRule, weeklyRules } from './recurrence';

/** What the agenda reads of an event (the collection's data, with its village and sector resolved). */
export interface AgendaEvent {
	id: string;
	title: { fr: string; en?: string | undefined };
	category: string;
	occurrences: readonly Occurrence[];
	free: boolean;
	familyFriendly: boolean;
	forChildren: boolean;
	/** The village's id; none outside the territory. */
	village?: string | undefined;
	/** The sector's id; none outside the territory. */
	sector?: string | undefined;
}

/** One line of the agenda. */
export interface AgendaItem<E extends AgendaEvent = AgendaEvent> {
	/** Unique on the page: "<event id>/<slot key>". */
	id: string;
	event: E;
	slot: AgendaSlot;
	/** What the filters read (src/lib/events/facets.ts). */
	values: FacetValues;
}

/**
 * The filter values of one line: its span of dates (a weekly series: each of its days, as a span
 * of one day, so that "this weekend" does not find a Tuesday market), its place, its kind, for
 * whom, its price.
 */
export function agendaValues(event: AgendaEvent, slot: AgendaSlot): FacetValues {
	return {
		dates: slot.rule ? slot.dates.flatMap((date) => [date, date]) : [slot.first, slot.last],
		sector: event.sector,
		village: event.village,
		category: event.category,
		family: event.familyFriendly || event.forChildren,
		free: event.free,
	};
}

/**
 * Every line not ended at `now`, in order: by the day it is listed under, then start time (a
 * line without one, like an exhibition open all day, first), then title.
 */
export function agendaItems<E extends AgendaEvent>(
	events: readonly E[],
	now: number,
	from?: IsoDate,
): AgendaItem<E>[] {
	return events
		.flatMap((event) =>
			agendaSlots(event.occurrences, now, from).map((slot) => ({
				id: `${event.id}/${slot.key}`,
				event,
				slot,
				values: agendaValues(event, slot),
			})),
		)
		.sort(
			(a, b) =>
				a.slot.day.localeCompare(b.slot.day) ||
				(a.slot.start ?? '').localeCompare(b.slot.start ?? '') ||
				a.event.title.fr.localeCompare(b.event.title.fr, 'fr'),
		);
}

/** Lines grouped by the day they are listed under, days in order. */
export function byDay<T extends { slot: { day: IsoDate } }>(
	items: readonly T[],
): { day: IsoDate; items: T[] }[] {
	const days = new Map<IsoDate, T[]>();
	for (const item of items) {
		const list = days.get(item.slot.day) ?? [];
		list.push(item);
		days.set(item.slot.day, list);
	}
	return [...days.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([day, list]) => ({ day, items: list }));
}

/**
 * Each event once, at its next line, soonest first: the home page's and destination pages'
 * "upcoming events".
 */
export function nextOfEach<T extends { event: { id: string } }>(
	items: readonly T[],
	limit = Infinity,
): T[] {
	const seen = new Set<string>();
	const next: T[] = [];
	for (const item of items) {
		if (seen.has(item.event.id)) continue;
		seen.add(item.event.id);
		next.push(item);
		if (next.length >= limit) break;
	}
	return next;
}

/** The agenda's first page lists this many days from the build's (the site is rebuilt daily). */
export const AGENDA_WINDOW_DAYS = 30;

/** The lines listed under a day up to `until` (included): the agenda's next 30 days. */
export const linesUntil = <T extends { slot: { day: IsoDate } }>(
	items: readonly T[],
	until: IsoDate,
): T[] => items.filter((item) => item.slot.day <= until);

/**
 * Lines with each weekly series (a market every Tuesday) as one line carrying its rule, at the
 * place of its first date among them; the other lines as they are. The series are found in each
 * event's whole set of dates, so that the rule says the whole season even when the lines cover a
 * month: its line's dates (and filter values) are those of the lines it replaces.
 */
export function withWeeklyLines<E extends AgendaEvent>(
	items: readonly AgendaItem<E>[],
): AgendaItem<E>[] {
	const rulesOf = new Map<string, ReturnType<typeof weeklyRules>>();
	const groups = new Map<string, AgendaItem<E>[]>();
	const lines: (AgendaItem<E> | string)[] = [];
	for (const item of items) {
		const { event, slot } = item;
		if (!rulesOf.has(event.id)) rulesOf.set(event.id, weeklyRules(event.occurrences));
		const rules = rulesOf.get(event.id) ?? [];
		const occurrence = { date: slot.first, start: slot.start, end: slot.end };
		const index = slot.running ? -1 : rules.findIndex((rule) => followsRule(rule, occurrence));
		if (index < 0) {
			lines.push(item);
			continue;
		}
		const key = `${event.id}/weekly-${index}`;
		const group = groups.get(key);
		if (group) group.push(item);
		else {
			groups.set(key, [item]);
			lines.push(key);
		}
	}
	return lines.map((line) => {
		if (typeof line !== 'string') return line;
		const group = groups.get(line) ?? [];
		const head = group[0] as AgendaItem<E>;
		const tail = group.at(-1) as AgendaItem<E>;
		const rules = rulesOf.get(head.event.id) ?? [];
		const rule = rules.find((candidate) =>
			followsRule(candidate, { date: head.slot.first, start: head.slot.start, end: head.slot.end }),
		);
		const slot: AgendaSlot = {
			...head.slot,
			key: `weekly-${head.slot.key}`,
			last: tail.slot.last,
			dates: group.flatMap((item) => item.slot.dates),
			endsAt: tail.slot.endsAt,
			rule,
		};
		return { id: line, event: head.event, slot, values: agendaValues(head.event, slot) };
	});
}
