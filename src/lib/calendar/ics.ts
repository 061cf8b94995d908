/**
 * iCalendar (RFC 5545) writer for the agenda's feeds and "add to my calendar" files: stable UIDs,
 * DTSTAMP, times as Europe/Paris wall-clock with TZID and a VTIMEZONE, text escaping, lines
 * folded at 75 octets, CRLF line ends. The tests read the output back with ical.js.
 * @see https://www.rfc-editor.org/rfc/rfc5545
 * @see https://www.rfc-editor.org/rfc/rfc7986 (NAME, REFRESH-INTERVAL)
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import { PARIS_TIME_ZONE } from './paris-time';

/** One VEVENT: one occurrence, or a daily run (`until`, with the days it skips in `except`). */
export interface IcsEvent {
	/** Globally unique and stable from one build to the next: "<event>/<first date>@<host>". */
	uid: string;
	summary: string;
	description?: string | undefined;
	location?: string | undefined;
	geo?: { lat: number; lon: number } | undefined;
	url?: string | undefined;
	categories?: readonly string[] | undefined;
	/** The (first) date, and wall-clock times in Europe/Paris. */
	date: IsoDate;
	start?: string | undefined;
	end?: string | undefined;
	/** A daily run: its last date. */
	until?: IsoDate | undefined;
	/** Dates between `date` and `until` without the event. */
	except?: readonly IsoDate[] | undefined;
}

export interface IcsCalendar {
	/** The calendar's name in a subscriber's list of calendars. */
	name: string;
	description?: string | undefined;
	/** PRODID language tag: "FR" or "EN". */
	language: 'FR' | 'EN';
	/** When the file was written (DTSTAMP of every event). */
	stamp: number;
	events: readonly IcsEvent[];
}

const CRLF = '\r\n';

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets, continuation lines starting with a
 * space, never cutting a UTF-8 character in two.
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.1
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const character of line) {
		const size = encoder.encode(character).length;
		// The first line holds 75 octets; continuation lines 74 after their leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += character;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

/** "2027-03-28" → "20270328". */
const basicDate = (date: IsoDate) => date.replace(/-/g, '');

/** "2027-03-28", "10:00" → "20270328T100000". */
const localDateTime = (date: IsoDate, time: string) =>
	`${basicDate(date)}T${time.replace(':', '')}00`;

/** An instant in UTC: "20261126T050000Z". */
export const utcDateTime = (instant: number): string =>
	new Date(instant)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');

/**
 * Europe/Paris since 1996: summer time from the last Sunday of March, 02:00 local, to the last
 * Sunday of October, 03:00 local (./paris-time.ts applies the same rule).
 */
const VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	`TZID:${PARIS_TIME_ZONE}`,
	`X-LIC-LOCATION:${PARIS_TIME_ZONE}`,
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE',
];

/** The lines of one VEVENT. */
function eventLines(event: IcsEvent, stamp: number): string[] {
	const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${utcDateTime(stamp)}`];
	const tz = `TZID=${PARIS_TIME_ZONE}`;
	if (event.start) {
		lines.push(`DTSTART;${tz}:${localDateTime(event.date, event.start)}`);
		if (event.end) lines.push(`DTEND;${tz}:${localDateTime(event.date, event.end)}`);
	} else {
		// A day without times: a DATE, ending (exclusively) the next day.
		lines.push(`DTSTART;VALUE=DATE:${basicDate(event.date)}`);
		lines.push(`DTEND;VALUE=DATE:${basicDate(addDays(event.date, 1))}`);
	}
	if (event.until && event.until > event.date) {
		// COUNT counts the days of the run; EXDATE then takes the days off out of the set.
		lines.push(`RRULE:FREQ=DAILY;COUNT=${daysBetween(event.date, event.until) + 1}`);
		const except = (event.except ?? []).filter((date) => date > event.date && date < event.until!);
		if (except.length > 0) {
			lines.push(
				event.start
					? `EXDATE;${tz}:${except.map((date) => localDateTime(date, event.start!)).join(',')}`
					: `EXDATE;VALUE=DATE:${except.map(basicDate).join(',')}`,
			);
		}
	}
	lines.push(`SUMMARY:${escapeText(event.summary)}`);
	if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
	if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
	if (event.geo) lines.push(`GEO:${event.geo.lat.toFixed(6)};${event.geo.lon.toFixed(6)}`);
	if (event.categories?.length)
		lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
	if (event.url) lines.push(`URL:${event.url}`);
	lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	return lines;
}

/** A complete iCalendar file (CRLF line ends, folded). */
export function icsCalendar(calendar: IcsCalendar): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//Office de Tourisme des Cevennes au Mont Lozere//Agenda//${calendar.language}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`NAME:${escapeText(calendar.name)}`,
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		...(calendar.description
			? [
					`DESCRIPTION:${escapeText(calendar.description)}`,
					`X-WR-CALDESC:${escapeText(calendar.description)}`,
				]
			: []),
		`X-WR-TIMEZONE:${PARIS_TIME_ZONE}`,
		// The site is rebuilt daily: subscribers need not ask more often.
		'REFRESH-INTERVAL;VALUE=DURATION:P1D',
		'X-PUBLISHED-TTL:P1D',
		...VTIMEZONE,
		...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}
