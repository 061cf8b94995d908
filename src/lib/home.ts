/**
 * What the home page chooses at build time (the site is rebuilt daily): the offices open today,
 * and the agenda lines of the next seven days. Picks of the season: ./season-picks.ts.
 */
import { addDays, type IsoDate } from './calendar/dates';
import { rangesOn, type OpeningRange, type Season } from './opening-hours';

/** What choosing reads of an office. */
export interface OfficeHours {
	data: { hoursConfirmed: boolean; seasons: Season[] };
}

/** An office on the home page: today's confirmed opening hours, or hours still to confirm. */
export type OfficeToday<T> =
	{ office: T; confirmed: true; ranges: OpeningRange[] } | { office: T; confirmed: false };

/**
 * The offices a visitor can go to today: those whose confirmed hours open on `date`, with them,
 * then those whose hours are not confirmed (they say "to be confirmed" and their phone, never
 * hours). An office whose confirmed hours keep it closed that day is left out.
 */
export function officesOpenOn<T extends OfficeHours>(
	offices: readonly T[],
	date: IsoDate,
): OfficeToday<T>[] {
	const open: OfficeToday<T>[] = [];
	const toConfirm: OfficeToday<T>[] = [];
	for (const office of offices) {
		if (!office.data.hoursConfirmed) {
			toConfirm.push({ office, confirmed: false });
			continue;
		}
		const ranges = rangesOn(office.data.seasons, date);
		if (ranges.length > 0) open.push({ office, confirmed: true, ranges });
	}
	return [...open, ...toConfirm];
}

/** The days the home page's "this week" covers: today and the six after. */
export const WEEK_DAYS = 7;

/** Agenda lines from `today` to six days later, in the order given, at most `limit`. */
export function withinWeek<T extends { slot: { day: IsoDate } }>(
	items: readonly T[],
	today: IsoDate,
	limit: number,
): T[] {
	const last = addDays(today, WEEK_DAYS - 1);
	return items.filter((item) => item.slot.day >= today && item.slot.day <= last).slice(0, limit);
}
