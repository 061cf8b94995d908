/**
 * Europe/Paris wall-clock time ↔ instants, by the European Union's summer-time rule (since 1996):
 * summer time (UTC+2) from the last Sunday of March at 01:00 UTC to the last Sunday of October at
 * 01:00 UTC, standard time (UTC+1) otherwise. Written out rather than read from the runtime's
 * time-zone database so that the build, the browser and the iCalendar VTIMEZONE
 * (./ics.ts) all apply the same rule; the unit tests check it against Intl for every hour of
 * several years.
 *
 * Events are written in wall-clock time ("10:00 on 28 March"): the instant it stands for is
 * computed here, so an event at 10:00 stays at 10:00 across a daylight-saving change.
 * @see https://eur-lex.europa.eu/eli/dir/2000/84/oj
 */
import type { IsoDate } from './dates';

export const PARIS_TIME_ZONE = 'Europe/Paris';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** The date of the last Sunday of a month (1–12) of a year. */
export function lastSundayOf(year: number, month: number): IsoDate {
	const last = new Date(Date.UTC(year, month, 0));
	last.setUTCDate(last.getUTCDate() - last.getUTCDay());
	return last.toISOString().slice(0, 10);
}

/** The instants summer time starts and ends in a year. */
export function summerTime(year: number): { start: number; end: number } {
	return {
		start: Date.parse(`${lastSundayOf(year, 3)}T01:00:00Z`),
		end: Date.parse(`${lastSundayOf(year, 10)}T01:00:00Z`),
	};
}

/** Paris's offset from UTC at an instant, in minutes: 120 in summer, 60 otherwise. */
export function parisOffsetMinutes(instant: number): number {
	const { start, end } = summerTime(new Date(instant).getUTCFullYear());
	return instant >= start && instant < end ? 120 : 60;
}

/** Minutes since midnight of "HH:MM". */
const minutesOfTime = (time: string): number => {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	return hours * 60 + minutes;
};

/**
 * The instant of a Paris wall-clock date and time ("00:00" when none), as RFC 5545 reads a
 * DATE-TIME with TZID: a time that occurs twice (the night summer time ends) is its first
 * occurrence; a time that does not occur (the night it starts) is read with the offset before
 * the gap, so 02:30 is 03:30 summer time.
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.3.5
 */
export function parisToInstant(date: IsoDate, time = '00:00'): number {
	const wall = Date.parse(`${date}T00:00:00Z`) + minutesOfTime(time) * MINUTE_MS;
	const summer = wall - 2 * HOUR_MS;
	if (parisOffsetMinutes(summer) === 120) return summer;
	// Standard time, or a time in the spring gap, read with the offset before it (UTC+1).
	return wall - HOUR_MS;
}

/** The Paris wall-clock date and time ("HH:MM") of an instant. */
export function instantToParis(instant: number): { date: IsoDate; time: string } {
	const iso = new Date(instant + parisOffsetMinutes(instant) * MINUTE_MS).toISOString();
	return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Today's date in Paris at an instant (now by default). */
export const parisToday = (instant: number = Date.now()): IsoDate => instantToParis(instant).date;

/**
 * A wall-clock date and time with its offset, as schema.org and ISO 8601 want it:
 * "2027-03-28T10:00:00+02:00".
 */
export function parisIsoDateTime(date: IsoDate, time: string): string {
	const instant = parisToInstant(date, time);
	const local = instantToParis(instant);
	const offset = parisOffsetMinutes(instant);
	return `${local.date}T${local.time}:00+0${offset / 60}:00`;
}
