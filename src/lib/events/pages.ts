/**
 * The agenda's model, computed once per build from the events collection: each event with its
 * village, sector, host and exact place; the agenda lines still to come at the build's instant
 * (the site is rebuilt daily); the filters and their pre-rendered pages; the fortnightly
 * programmes; and the getStaticPaths of every agenda page, called once per language by its entrypoint
 * in src/routes/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { addDays, type IsoDate } from '../calendar/dates';
import { fortnightsFrom, type Fortnight } from '../calendar/fortnights';
import { parisToday } from '../calendar/paris-time';
import { distanceInMetres } from '../geo/distance';
import type { GeoPoint } from '../geo/territory';
import { facetPages, matches, type FacetDefinition, type FacetPage } from '../facets/filters';
import { getProviders, getSectors, getVillages } from '../queries';
import { EVENT_CATEGORIES } from '../../schemas/event';
import {
	AGENDA_WINDOW_DAYS,
	agendaItems,
	linesUntil,
	nextOfEach,
	withWeeklyLines,
	type AgendaEvent,
	type AgendaItem,
} from './agenda';
import { eventFacets, MAIN_EVENT_FACETS } from './facets';

type EventEntry = CollectionEntry<'events'>;

/** An event with everything its lines and page show. */
export interface EventRecord extends AgendaEvent {
	entry: EventEntry;
	data: EventEntry['data'];
	villageEntry?: CollectionEntry<'villages'> | undefined;
	sectorEntry?: CollectionEntry<'sectors'> | undefined;
	/** The member business that hosts it. */
	host?: CollectionEntry<'providers'> | undefined;
	/** Where it is: its own point, its host's, or its village's centre; none outside the territory. */
	location?: GeoPoint | undefined;
}

/** The id of the whole area's programmes and calendar feed, beside the sectors' ids. */
export const WHOLE_AREA = 'cevennes-mont-lozere';

/** A fortnightly programme: one fortnight, the whole area or one sector. */
export interface Programme {
	/** "<first day>-<area>": "2026-12-01-mont-lozere". */
	id: string;
	fortnight: Fortnight;
	/** WHOLE_AREA or a sector's id. */
	scope: string;
	/** Its lines: long runs (listed once, "throughout") and the others, day by day. */
	items: AgendaItem<EventRecord>[];
}

export interface AgendaModel {
	/** The build's instant: what has ended by then is not shown. */
	now: number;
	today: IsoDate;
	/** The last day of the agenda's first page and of its filter pages other than months. */
	windowEnd: IsoDate;
	events: EventRecord[];
	/** Events with a date still to come: the ones with a page. */
	upcoming: EventRecord[];
	items: AgendaItem<EventRecord>[];
	facets: FacetDefinition[];
	pages: FacetPage[];
	programmes: Programme[];
	sectors: CollectionEntry<'sectors'>[];
	villages: CollectionEntry<'villages'>[];
}

/** How many fortnights of programmes are published, from the current one (about a year). */
export const PROGRAMME_FORTNIGHTS = 24;

/** Whether a filter page is a month's page ("when-2027-07"), which lists the whole month. */
export const isMonthPage = (facet: FacetPage): boolean =>
	facet.key === 'when' && /^\d{4}-\d{2}$/.test(facet.value);

let model: Promise<AgendaModel> | undefined;

/** The model of this build. */
export function agendaModel(): Promise<AgendaModel> {
	model ??= buildModel(Date.now());
	return model;
}

async function buildModel(now: number): Promise<AgendaModel> {
	const [entries, villages, sectors, providers] = await Promise.all([
		getCollection('events'),
		getVillages(),
		getSectors(),
		getProviders(),
	]);
	const villageById = new Map(villages.map((village) => [village.id, village]));
	const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
	const providerById = new Map(providers.map((provider) => [provider.id, provider]));
	const today = parisToday(now);
	const windowEnd = addDays(today, AGENDA_WINDOW_DAYS - 1);

	const events = entries
		.map((entry): EventRecord => {
			const data = entry.data;
			const villageEntry = data.village ? villageById.get(data.village.id) : undefined;
			const sectorEntry = villageEntry ? sectorById.get(villageEntry.data.sector.id) : undefined;
			const host = data.provider ? providerById.get(data.provider) : undefined;
			if (data.provider && !host)
				throw new Error(
					`${entry.filePath ?? entry.id}: provider: "${data.provider}" is not a member of the feed (content/feed/)`,
				);
			return {
				id: entry.id,
				title: data.title,
				category: data.category,
				occurrences: data.occurrences,
				free: data.free,
				familyFriendly: data.familyFriendly,
				forChildren: data.forChildren,
				village: villageEntry?.id,
				sector: sectorEntry?.id,
				entry,
				data,
				villageEntry,
				sectorEntry,
				host,
				location: data.place.location ?? host?.data.location ?? villageEntry?.data.location,
			};
		})
		.sort((a, b) => a.title.fr.localeCompare(b.title.fr, 'fr'));

	const items = agendaItems(events, now);
	const withLines = new Set(items.map((item) => item.event.id));
	const upcoming = events.filter((event) => withLines.has(event.id));
	const facets = eventFacets({
		today,
		sectors: sectors.map((sector) => sector.id),
		villages: villages.map((village) => village.id),
		categories: EVENT_CATEGORIES,
		items: items.map((item) => item.values),
	});
	// A month's page lists the whole month; the other filter pages, like the agenda, 30 days.
	const windowValues = linesUntil(items, windowEnd).map((item) => item.values);
	const pages = facetPages(
		items.map((item) => item.values),
		facets,
		MAIN_EVENT_FACETS,
		{ today },
	).filter(
		(page) =>
			isMonthPage(page) ||
			windowValues.some((values) => matches(values, page.state, facets, { today })),
	);

	const programmes = fortnightsFrom(today, PROGRAMME_FORTNIGHTS).flatMap((fortnight) => {
		const lines = agendaItems(events, now, fortnight.from).filter(
			(item) => item.slot.first <= fortnight.to && item.slot.last >= fortnight.from,
		);
		return [WHOLE_AREA, ...sectors.map((sector) => sector.id)]
			.map((scope) => ({
				id: `${fortnight.id}-${scope}`,
				fortnight,
				scope,
				items: lines.filter((item) => scope === WHOLE_AREA || item.event.sector === scope),
			}))
			.filter((programme) => programme.items.length > 0);
	});

	return {
		now,
		today,
		windowEnd,
		events,
		upcoming,
		items,
		facets,
		pages,
		programmes,
		sectors,
		villages,
	};
}

/** The lines a facet page shows (all of them without one). */
export function linesOf(agenda: AgendaModel, facet?: FacetPage): AgendaItem<EventRecord>[] {
	if (!facet) return agenda.items;
	return agenda.items.filter((item) =>
		matches(item.values, facet.state, agenda.facets, { today: agenda.today }),
	);
}

/**
 * The lines an agenda page lists: a month's page, the whole month; the agenda and its other
 * filter pages, the next 30 days; each weekly series once, with its rule.
 */
export function agendaPageLines(agenda: AgendaModel, facet?: FacetPage): AgendaItem<EventRecord>[] {
	const lines = linesOf(agenda, facet);
	return withWeeklyLines(facet && isMonthPage(facet) ? lines : linesUntil(lines, agenda.windowEnd));
}

/** The months' pages, in order: the agenda's links beyond its 30 days. */
export const monthPages = (agenda: AgendaModel): FacetPage[] => agenda.pages.filter(isMonthPage);

/** An event's lines still to come. */
export const linesOfEvent = (agenda: AgendaModel, eventId: string): AgendaItem<EventRecord>[] =>
	agenda.items.filter((item) => item.event.id === eventId);

/** Other events coming up near an event: the nearest first, within 15 km, at most `count`. */
export function nearbyEvents(
	agenda: AgendaModel,
	event: EventRecord,
	count = 4,
): AgendaItem<EventRecord>[] {
	const from = event.location;
	// Events for the office's members are suggested only beside other members' events.
	const next = nextOfEach(agenda.items).filter(
		(item) =>
			item.event.id !== event.id && (!item.event.data.membersOnly || event.data.membersOnly),
	);
	if (!from) return next.slice(0, count);
	return next
		.flatMap((item) =>
			item.event.location ? [{ item, metres: distanceInMetres(from, item.event.location) }] : [],
		)
		.filter(({ metres }) => metres <= 15_000)
		.sort((a, b) => a.metres - b.metres || a.item.slot.day.localeCompare(b.item.slot.day))
		.slice(0, count)
		.map(({ item }) => item);
}

/** The next line of each event, soonest first (home page, destination pages). */
export async function comingUp(
	filter: (event: EventRecord) => boolean = () => true,
	limit = 6,
): Promise<AgendaItem<EventRecord>[]> {
	const agenda = await agendaModel();
	return nextOfEach(
		agenda.items.filter((item) => filter(item.event)),
		limit,
	);
}

/** What a teaser card (src/lib/teasers.ts eventTeaser) reads of an agenda line. */
export const teaserOf = (item: AgendaItem<EventRecord>) => ({
	id: item.event.id,
	next: item.slot.day,
	data: item.event.data,
});

/** getStaticPaths of the agenda and its facet pages. */
export async function agendaPaths() {
	const agenda = await agendaModel();
	return agenda.pages.map((facet) => ({ params: { facet: facet.id }, props: { facet } }));
}

/** getStaticPaths of the event pages (and their .ics files): events with a date to come. */
export async function eventPaths() {
	const agenda = await agendaModel();
	return agenda.upcoming.map((event) => ({ params: { id: event.id }, props: { event } }));
}

/** getStaticPaths of the programmes. */
export async function programmePaths() {
	const agenda = await agendaModel();
	return agenda.programmes.map((programme) => ({
		params: { id: programme.id },
		props: { programme },
	}));
}

/** getStaticPaths of the calendar feeds: the whole area, then each sector. */
export async function calendarPaths() {
	const agenda = await agendaModel();
	return [WHOLE_AREA, ...agenda.sectors.map((sector) => sector.id)].map((scope) => ({
		params: { id: scope },
		props: { scope },
	}));
}
