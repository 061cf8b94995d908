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
