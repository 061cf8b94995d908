/**
 * The agenda as iCalendar events (src/lib/calendar/ics.ts writes them): each long run is one
 * VEVENT repeating daily (with the days it skips), each other occurrence its own VEVENT. UIDs are
 * built from the event's id and the run's first date and time, so they stay the same from one
 * daily build to the next and a subscribed calendar updates its events rather than duplicating
 * them.
 */
import { addDays, type IsoDate } from '../calendar/dates';
import type { IcsEvent } from '../calendar/ics';
import { isLongRun, missingDates, runsOf, type Occurrence } from '../calendar/occurrences';
import type { GeoPoint } from '../geo/territory';

/** The domain UIDs are made unique with (RFC 5545 recommends a domain one controls). */
export const UID_DOMAIN = 'cevennes-montlozere.com';

/** A calendar feed keeps what ended this many days ago, so subscribers keep recent history. */
export const FEED_HISTORY_DAYS = 30;

/** What the iCalendar version of an event needs, already in one language. */
export interface CalendarSource {
	id: string;
	title: string;
	description: string;
	occurrences: readonly Occurrence[];
	location?: string | undefined;
	geo?: GeoPoint | undefined;
	url: string;
	categories?: readonly string[] | undefined;
}

/** "salon", "2027-03-19", "10:00" → "salon-20270319T1000@cevennes-montlozere.com". */
export function eventUid(eventId: string, date: IsoDate, start?: string): string {
	return `${eventId}-${date.replace(/-/g, '')}${start ? `T${start.replace(':', '')}` : ''}@${UID_DOMAIN}`;
}

/** The VEVENTs of an event whose last day is on or after `since`. */
export function icsEventsOf(source: CalendarSource, since: IsoDate): IcsEvent[] {
	const common = {
		summary: source.title,
		description: source.description,
		location: source.location,
		geo: source.geo,
		url: source.url,
		categories: source.categories,
	};
	return runsOf(source.occurrences)
		.filter((run) => run.last >= since)
		.flatMap((run): IcsEvent[] => {
			const times = { start: run.start, end: run.end };
			if (isLongRun(run))
				return [
					{
						uid: eventUid(source.id, run.first, run.start),
						...common,
						date: run.first,
						...times,
						until: run.last,
						except: missingDates(run),
					},
				];
			return run.dates
				.filter((date) => date >= since)
				.map((date) => ({ uid: eventUid(source.id, date, run.start), ...common, date, ...times }));
		});
}

/** The first day a feed built on `today` still lists. */
export const feedSince = (today: IsoDate): IsoDate => addDays(today, -FEED_HISTORY_DAYS);
