/**
 * iCalendar (RFC 5545) files for the agenda's feeds and "add to my calendar": the components,
 * properties and value encoding (text escaping, dates, recurrence rules) come from ical.js; this
 * module chooses what goes in them — stable UIDs, DTSTAMP, times as Europe/Paris wall-clock with
 * TZID and a VTIMEZONE — and folds the lines at 75 octets with CRLF line ends.
 * @see https://www.rfc-editor.org/rfc/rfc5545
 * @see https://www.rfc-editor.org/rfc/rfc7986 (NAME, REFRESH-INTERVAL)
 */
import ICAL from 'ical.js';
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

/** What ical.js's design says of a property, and how it writes a TEXT value (its types say `any`). */
type PropertyDesigns = Record<string, { defaultType: string } | undefined>;
interface TextType {
	toICAL(value: string): string;
}

/**
 * The iCalendar design of ical.js, with the calendar-name properties of RFC 7986 and the
 * widespread X-WR- ones as TEXT (escaped like SUMMARY), without touching ical.js's own.
 */
const TEXT = { defaultType: 'text' };
const properties: PropertyDesigns = {
	...(ICAL.design.icalendar.property as PropertyDesigns),
	name: TEXT,
	'x-wr-calname': TEXT,
	'x-wr-caldesc': TEXT,
	'x-wr-timezone': TEXT,
};
const design = { ...ICAL.design.icalendar, property: properties };
const textType = (ICAL.design.icalendar.value as Record<'text', TextType>).text;

/** Escapes a TEXT value (backslash, semicolon, comma and line breaks of any kind), as ical.js writes it. */
export function escapeText(value: string): string {
	return textType.toICAL(value.replace(/\r\n?/g, '\n'));
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets, continuation lines starting with a
 * space, never cutting a UTF-8 character in two. ical.js folds too, but lets a continuation line
 * reach 76 octets with its leading space; this keeps every line within the RFC's 75.
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

/** "2027-03-28" → a DATE. */
const dateValue = (date: IsoDate): ICAL.Time => ICAL.Time.fromDateString(date);

/** "2027-03-28", "10:00" → a wall-clock DATE-TIME (its zone is the TZID parameter). */
const localDateTime = (date: IsoDate, time: string): ICAL.Time =>
	ICAL.Time.fromDateTimeString(`${date}T${time}:00`);

/** A property of a component, with its value (a list: one value in parts, like GEO) and parameters. */
function add(
	component: ICAL.Component,
	name: string,
	value: unknown,
	parameters: Record<string, string> = {},
): ICAL.Property {
	const type = properties[name]?.defaultType ?? 'unknown';
	const property = new ICAL.Property([name, {}, type], component);
	for (const [parameter, text] of Object.entries(parameters))
		property.setParameter(parameter, text);
	// Line breaks of any kind are one LF, which the TEXT encoding writes as "\\n".
	property.setValue(typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value);
	return component.addProperty(property);
}

/** A property with several values (CATEGORIES, EXDATE). */
function addValues(
	component: ICAL.Component,
	name: string,
	values: readonly unknown[],
	parameters: Record<string, string> = {},
): ICAL.Property {
	const property = add(component, name, values[0], parameters);
	property.setValues([...values]);
	return property;
}

/** One observance of the VTIMEZONE: summer time from March, standard time from October. */
function observance(
	kind: 'daylight' | 'standard',
	from: string,
	to: string,
	name: string,
	start: string,
	month: number,
): ICAL.Component {
	const component = new ICAL.Component(kind);
	add(component, 'tzoffsetfrom', ICAL.UtcOffset.fromString(from));
	add(component, 'tzoffsetto', ICAL.UtcOffset.fromString(to));
	add(component, 'tzname', name);
	add(component, 'dtstart', ICAL.Time.fromDateTimeString(start));
	add(
		component,
		'rrule',
		ICAL.Recur.fromData({ freq: 'YEARLY', bymonth: [month], byday: ['-1SU'] }),
	);
	return component;
}

/**
 * Europe/Paris since 1996 (the rule of the European Union's summer-time directive): summer time
 * from the last Sunday of March, 02:00 local, to the last Sunday of October, 03:00 local.
 */
function parisTimeZone(): ICAL.Component {
	const zone = new ICAL.Component('vtimezone');
	add(zone, 'tzid', PARIS_TIME_ZONE);
	add(zone, 'x-lic-location', PARIS_TIME_ZONE);
	zone.addSubcomponent(
		observance('daylight', '+01:00', '+02:00', 'CEST', '1970-03-29T02:00:00', 3),
	);
	zone.addSubcomponent(
		observance('standard', '+02:00', '+01:00', 'CET', '1970-10-25T03:00:00', 10),
	);
	return zone;
}

/** One VEVENT. */
function vevent(event: IcsEvent, stamp: number): ICAL.Component {
	const component = new ICAL.Component('vevent');
	add(component, 'uid', event.uid);
	add(component, 'dtstamp', ICAL.Time.fromJSDate(new Date(stamp), true));
	const tz = { tzid: PARIS_TIME_ZONE };
	if (event.start) {
		add(component, 'dtstart', localDateTime(event.date, event.start), tz);
		if (event.end) add(component, 'dtend', localDateTime(event.date, event.end), tz);
	} else {
		// A day without times: a DATE, ending (exclusively) the next day.
		add(component, 'dtstart', dateValue(event.date));
		add(component, 'dtend', dateValue(addDays(event.date, 1)));
	}
	if (event.until && event.until > event.date) {
		// COUNT counts the days of the run; EXDATE then takes the days off out of the set.
		const count = daysBetween(event.date, event.until) + 1;
		add(component, 'rrule', ICAL.Recur.fromData({ freq: 'DAILY', count }));
		const until = event.until;
		const except = (event.except ?? []).filter((date) => date > event.date && date < until);
		if (except.length > 0) {
			const start = event.start;
			if (start)
				addValues(
					component,
					'exdate',
					except.map((date) => localDateTime(date, start)),
					tz,
				);
			else addValues(component, 'exdate', except.map(dateValue));
		}
	}
	add(component, 'summary', event.summary);
	if (event.description) add(component, 'description', event.description);
	if (event.location) add(component, 'location', event.location);
	if (event.geo) add(component, 'geo', [event.geo.lat, event.geo.lon].map(sixDecimals));
	if (event.categories?.length) addValues(component, 'categories', event.categories);
	if (event.url) add(component, 'url', event.url);
	add(component, 'transp', 'TRANSPARENT');
	return component;
}

/** A coordinate to the micro-degree (about 10 cm), written with its six decimals: "44.300000". */
const sixDecimals = (value: number): string => value.toFixed(6);

/** The content lines of a component and its subcomponents, unfolded. */
function contentLines(jCal: unknown[]): string[] {
	const [name, properties, components] = jCal as [string, unknown[][], unknown[][]];
	return [
		`BEGIN:${name.toUpperCase()}`,
		...properties.map((property) => ICAL.stringify.property(property, design, true)),
		...components.flatMap(contentLines),
		`END:${name.toUpperCase()}`,
	];
}

/** A complete iCalendar file (CRLF line ends, folded). */
export function icsCalendar(calendar: IcsCalendar): string {
	const root = new ICAL.Component('vcalendar');
	add(root, 'version', '2.0');
	add(
		root,
		'prodid',
		`-//Office de Tourisme des Cevennes au Mont Lozere//Agenda//${calendar.language}`,
	);
	add(root, 'calscale', 'GREGORIAN');
	add(root, 'method', 'PUBLISH');
	add(root, 'name', calendar.name);
	add(root, 'x-wr-calname', calendar.name);
	if (calendar.description) {
		add(root, 'description', calendar.description);
		add(root, 'x-wr-caldesc', calendar.description);
	}
	add(root, 'x-wr-timezone', PARIS_TIME_ZONE);
	// The site is rebuilt daily: subscribers need not ask more often.
	// A DURATION, which REFRESH-INTERVAL must say (VALUE=DURATION) since it has no default type.
	add(root, 'refresh-interval', ICAL.Duration.fromString('P1D'));
	add(root, 'x-published-ttl', 'P1D');
	root.addSubcomponent(parisTimeZone());
	for (const event of calendar.events) root.addSubcomponent(vevent(event, calendar.stamp));
	return (
		contentLines(root.toJSON() as unknown[])
			.map(foldLine)
			.join(CRLF) + CRLF
	);
}
