import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsCalendar } from '../../../../src/lib/calendar/ics';
import { expandRules } from '../../../../src/lib/calendar/occurrences';
import { eventUid, icsEventsOf } from '../../../../src/lib/events/calendar';

const source = (rules: Parameters<typeof expandRules>[0]) => ({
	id: 'exposition',
	title: 'Exposition',
	description: 'Une exposition.',
	occurrences: expandRules(rules),
	url: 'https://www.cevennes-montlozere.com/agenda/exposition/',
});

describe('an event as iCalendar events', () => {
	it('is one repeating VEVENT per long run and one VEVENT per other date, with stable UIDs', () => {
		const events = icsEventsOf(
			source([
				{
					from: '2027-06-15',
					to: '2027-07-15',
					weekly: ['tu', 'we', 'th', 'fr', 'sa', 'su'],
					start: '10:00',
					end: '18:00',
				},
				{ date: '2027-08-01', start: '21:00' },
			]),
			'2027-06-01',
		);
		expect(events.map((event) => [event.uid, event.date, event.until])).toEqual([
			[eventUid('exposition', '2027-06-15', '10:00'), '2027-06-15', '2027-07-15'],
			['exposition-20270801T2100@cevennes-montlozere.com', '2027-08-01', undefined],
		]);
		expect(events[0]?.except).toHaveLength(4);
	});

	it('keeps the UID of a run while its first days pass', () => {
		const rules = [{ from: '2027-06-15', to: '2027-07-15', start: '10:00' }];
		expect(icsEventsOf(source(rules), '2027-06-01')[0]?.uid).toBe(
			icsEventsOf(source(rules), '2027-07-01')[0]?.uid,
		);
	});

	it('leaves out what ended before the feed’s history starts', () => {
		const events = icsEventsOf(
			source([{ weekly: ['su'], from: '2027-06-06', to: '2027-06-27' }]),
			'2027-06-14',
		);
		expect(events.map((event) => event.date)).toEqual(['2027-06-20', '2027-06-27']);
	});

	it('gives a calendar that ical.js expands to the right dates, closed on Mondays', () => {
		const text = icsCalendar({
			name: 'Agenda',
			language: 'FR',
			stamp: Date.parse('2027-06-01T03:00:00Z'),
			events: icsEventsOf(
				source([
					{
						from: '2027-06-15',
						to: '2027-06-22',
						weekly: ['tu', 'we', 'th', 'fr', 'sa', 'su'],
						start: '10:00',
					},
				]),
				'2027-06-01',
			),
		});
		const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
		ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
		const iterator = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!).iterator();
		const days: string[] = [];
		for (let next = iterator.next(); next; next = iterator.next())
			days.push(next.toString().slice(0, 10));
		expect(days).toEqual([
			'2027-06-15',
			'2027-06-16',
			'2027-06-17',
			'2027-06-18',
			'2027-06-19',
			'2027-06-20',
			'2027-06-22',
		]);
	});
});
