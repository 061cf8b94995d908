/**
 * Europe/Paris wall-clock time ↔ instants. Paris's offset from UTC at an instant comes from the
 * runtime's time-zone database through `Intl.DateTimeFormat`, the same in the build and in the
 * browser; the iCalendar files (./ics.ts) describe the same zone in their VTIMEZONE.
 *
 * Events are written in wall-clock time ("10:00 on 28 March"): the instant it stands for is
 * computed here, so an event at 10:00 stays at 10:00 across a daylight-saving change.
 */
import type { IsoDate } from './dates';

export const PARIS_TIME_ZONE = 'Europe/Paris';

const MINUTE_MS = 60_000;
/** Farther from a wall-clock time than any UTC offset reaches. */
const AROUND_MS = 14 * 60 * MINUTE_MS;

const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter that reads an instant as wall-clock parts (year to minute, 24-hour) in a time
 * zone, made once per zone.
 */
export function wallClockFormat(timeZone: string = PARIS_TIME_ZONE): Intl.DateTimeFormat {
	let format = clocks.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		clocks.set(timeZone, format);
	}
	return format;
}

/** Paris's offset from UTC at an instant, in minutes: 120 in summer, 60 otherwise. */
export function parisOffsetMinutes(instant: number): number {
	const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
	for (const part of wallClockFormat().formatToParts(new Date(instant)))
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	const wall = Date.UTC(
		parts.year ?? 0,
		(parts.month ?? 1) - 1,
		parts.day ?? 1,
		parts.hour ?? 0,
		parts.minute ?? 0,
	);
	// The formatter drops seconds: round to the minute.
	return Math.round((wall - instant) / MINUTE_MS);
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
	// The offsets before and after the wall-clock time (no zone changes twice within 14 hours).
	const before = parisOffsetMinutes(wall - AROUND_MS);
	const after = parisOffsetMinutes(wall + AROUND_MS);
	// The larger offset first: of a time that occurs twice, the earlier instant.
	for (const offset of [Math.max(before, after), Math.min(before, after)]) {
		const instant = wall - offset * MINUTE_MS;
		if (parisOffsetMinutes(instant) === offset) return instant;
	}
	// A time in the spring gap: read with the offset before it.
	return wall - before * MINUTE_MS;
}

/** The Paris wall-clock date and time ("HH:MM") of an instant. */
export function instantToParis(instant: number): { date: IsoDate; time: string } {
	const iso = new Date(instant + parisOffsetMinutes(instant) * MINUTE_MS).toISOString();
	return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Today's date in Paris at an instant (now by default). */
export const parisToday = (instant: number = Date.now()): IsoDate => instantToParis(instant).date;

/** "+02:00" for 120 minutes, "-03:30" for -210. */
function isoOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const absolute = Math.abs(minutes);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * A wall-clock date and time with its offset, as schema.org and ISO 8601 want it:
 * "2027-03-28T10:00:00+02:00".
 */
export function parisIsoDateTime(date: IsoDate, time: string): string {
	const instant = parisToInstant(date, time);
	const local = instantToParis(instant);
	return `${local.date}T${local.time}:00${isoOffset(parisOffsetMinutes(instant))}`;
}
