/**
 * The iCalendar writer, read back by an independent parser (ical.js, Mozilla's RFC 5545
 * implementation): what a phone's calendar would see.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, type IcsEvent } from '../../../../src/lib/calendar/ics';

const STAMP = Date.parse('2026-11-26T05:00:00Z');

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	for (const zone of calendar.getAllSubcomponents('vtimezone'))
		ICAL.TimezoneService.register(new ICAL.Timezone(zone));
	return calendar;
}

const event = (extra: Partial<IcsEvent>): IcsEvent => ({
	uid: 'balade-20270328T1000@cevennes-montlozere.com',
	summary: 'Balade du printemps',
	date: '2027-03-28',
	start: '10:00',
	end: '12:30',
	...extra,
});

const write = (...events: IcsEvent[]) =>
	icsCalendar({ name: 'Agenda', language: 'FR', stamp: STAMP, events });

describe('iCalendar text', () => {
	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('folds lines at 75 octets without cutting a UTF-8 character', () => {
		const line = `DESCRIPTION:${'é'.repeat(100)}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(1);
		for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
		expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
		expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
	});

	it('ends every line with CRLF', () => {
		const text = write(event({}));
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
});

describe('read back by ical.js', () => {
	it('has the calendar properties and a VTIMEZONE for Europe/Paris', () => {
		const calendar = parse(write(event({})));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Cevennes/);
		expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
			'Europe/Paris',
		);
	});

	it('puts 10:00 on the last Sunday of March at 08:00 UTC, and of October at 09:00 UTC', () => {
		const calendar = parse(
			write(
				event({}),
				event({
					uid: 'b@cevennes-montlozere.com',
					date: '2027-10-31',
					start: '10:00',
					end: '12:30',
				}),
			),
		);
		const [spring, autumn] = calendar
			.getAllSubcomponents('vevent')
			.map((component) => new ICAL.Event(component));
		expect(spring!.startDate.zone?.tzid).toBe('Europe/Paris');
		expect(spring!.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');
		expect(spring!.endDate.toJSDate().toISOString()).toBe('2027-03-28T10:30:00.000Z');
		expect(autumn!.startDate.toJSDate().toISOString()).toBe('2027-10-31T09:00:00.000Z');
	});

	it('keeps the UID, the DTSTAMP in UTC and the escaped text', () => {
		const text = write(
			event({
				summary: 'Concert; chœur, orgue',
				description: 'Ligne 1\nLigne 2',
				location: 'Temple, Vialas',
			}),
		);
		const vevent = parse(text).getFirstSubcomponent('vevent')!;
		const parsed = new ICAL.Event(vevent);
		expect(parsed.uid).toBe('balade-20270328T1000@cevennes-montlozere.com');
		expect(parsed.summary).toBe('Concert; chœur, orgue');
		expect(parsed.description).toBe('Ligne 1\nLigne 2');
		expect(parsed.location).toBe('Temple, Vialas');
		const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
		expect(stamp.toJSDate().toISOString()).toBe('2026-11-26T05:00:00.000Z');
		expect(text).toContain('DTSTAMP:20261126T050000Z');
	});

	it('repeats a run daily across the change of time, at the same wall-clock time, without its days off', () => {
		const calendar = parse(
			write(
				event({
					date: '2027-03-26',
					until: '2027-04-02',
					except: ['2027-03-29'],
					start: '14:00',
					end: '18:00',
				}),
			),
		);
		const run = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		const iterator = run.iterator();
		const starts: string[] = [];
		for (let next = iterator.next(); next; next = iterator.next()) {
			const local = next.convertToZone(ICAL.TimezoneService.get('Europe/Paris'));
			starts.push(`${local.toString().slice(0, 10)} ${local.toString().slice(11, 16)}`);
		}
		expect(starts).toEqual([
			'2027-03-26 14:00',
			'2027-03-27 14:00',
			'2027-03-28 14:00',
			'2027-03-30 14:00',
			'2027-03-31 14:00',
			'2027-04-01 14:00',
			'2027-04-02 14:00',
		]);
	});

	it('writes a day without times as a DATE ending the next day', () => {
		const parsed = new ICAL.Event(
			parse(
				write(event({ start: undefined, end: undefined, date: '2027-08-14' })),
			).getFirstSubcomponent('vevent')!,
		);
		expect(parsed.startDate.isDate).toBe(true);
		expect(parsed.startDate.toString()).toBe('2027-08-14');
		expect(parsed.endDate.toString()).toBe('2027-08-15');
	});
});

/** How ical.js reads a TEXT value (its types say `any`). */
interface TextReader {
	fromICAL(value: string): string;
}

describe('every event read back by ical.js, field by field', () => {
	const events: IcsEvent[] = [
		{
			uid: 'veillee-20270710@cevennes-montlozere.com',
			summary: 'Veillée; contes, chants\r\net « châtaignes » à Génolhac — 🌰',
			description: `Apportez une lampe; une laine, des chaussures.\n${'Très long texte. '.repeat(12)}`,
			location: 'Temple, place de l’Église; Génolhac',
			geo: { lat: 44.35, lon: 3.9453214 },
			url: 'https://cevennes-montlozere.com/agenda/veillee/?a=1,2;3',
			categories: ['Contes, veillées', 'Fête; musique'],
			date: '2027-07-10',
			start: '20:30',
			end: '23:00',
		},
		{
			uid: 'marche-20270801@cevennes-montlozere.com',
			summary: 'Marché paysan',
			date: '2027-08-01',
			until: '2027-08-05',
			except: ['2027-08-03'],
		},
	];
	const written = icsCalendar({
		name: 'Agenda, Cévennes; mont Lozère',
		description: 'Les fêtes\net les marchés',
		language: 'FR',
		stamp: STAMP,
		events,
	});
	const calendar = parse(written);
	const read = calendar.getAllSubcomponents('vevent');

	it('finds the calendar name and description as written, read as TEXT (RFC 7986)', () => {
		// ical.js does not know NAME and X-WR-*: it hands their value over undecoded.
		const decoder = (ICAL.design.icalendar.value as Record<'text', TextReader>).text;
		const text = (name: string) => decoder.fromICAL(calendar.getFirstPropertyValue(name) as string);
		expect(text('name')).toBe('Agenda, Cévennes; mont Lozère');
		expect(text('x-wr-calname')).toBe('Agenda, Cévennes; mont Lozère');
		expect(text('x-wr-caldesc')).toBe('Les fêtes\net les marchés');
		expect(written).toContain('\r\nNAME:Agenda\\, Cévennes\\; mont Lozère\r\n');
	});

	it('finds each event with its text, place, link and categories', () => {
		expect(read.map((component) => new ICAL.Event(component).uid)).toEqual(
			events.map((event) => event.uid),
		);
		const [evening] = read;
		const parsed = new ICAL.Event(evening);
		expect(parsed.summary).toBe('Veillée; contes, chants\net « châtaignes » à Génolhac — 🌰');
		expect(parsed.description).toBe(events[0]!.description);
		expect(parsed.location).toBe('Temple, place de l’Église; Génolhac');
		expect(evening!.getFirstPropertyValue('geo')).toEqual([44.35, 3.945321]);
		expect(evening!.getFirstPropertyValue('url')).toBe(events[0]!.url);
		expect(evening!.getFirstProperty('categories')?.getValues()).toEqual([
			'Contes, veillées',
			'Fête; musique',
		]);
		expect(parsed.startDate.toString()).toBe('2027-07-10T20:30:00');
		expect(parsed.endDate.toJSDate().toISOString()).toBe('2027-07-10T21:00:00.000Z');
	});

	it('finds a run of whole days with its days off', () => {
		const run = new ICAL.Event(read[1]);
		expect(run.summary).toBe('Marché paysan');
		const days: string[] = [];
		const iterator = run.iterator();
		for (let next = iterator.next(); next; next = iterator.next()) days.push(next.toString());
		expect(days).toEqual(['2027-08-01', '2027-08-02', '2027-08-04', '2027-08-05']);
	});
});
