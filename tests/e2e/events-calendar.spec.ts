/**
 * The agenda's calendars read back by ical.js: an event's "add to my calendar" download, and the
 * feeds of the whole area and of each sector.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { occurrenceInstants } from '../../src/lib/calendar/occurrences';
import { parisToInstant } from '../../src/lib/calendar/paris-time';
import { pathTo, UI } from '../tools/site-content';
import { bookableEvent, builtAt, eventById, events } from './agenda';

function parseCalendar(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	for (const zone of calendar.getAllSubcomponents('vtimezone'))
		ICAL.TimezoneService.register(new ICAL.Timezone(zone));
	return calendar;
}

test('"add to my calendar" downloads an .ics file with every date, read back by ical.js', async ({
	page,
}) => {
	await page.goto(pathTo({ route: 'events' }, 'fr'));
	const now = await builtAt(page);
	const event = bookableEvent(now);
	await page.goto(pathTo({ route: 'event', id: event.id }, 'fr'));
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: UI.fr['event.calendar'] }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe(`${event.id}.ics`);
	const text = readFileSync(await file.path(), 'utf8');
	expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
	const calendar = parseCalendar(text);
	const vevents = calendar
		.getAllSubcomponents('vevent')
		.map((component) => new ICAL.Event(component));
	expect(new Set(vevents.map((vevent) => vevent.uid)).size).toBe(vevents.length);
	// A sample event's entries say so: "[Exemple] …" (src/lib/events/ics-files.ts).
	const summary = event.data.sample
		? `[${UI.fr['sample.mark']}] ${event.title.fr}`
		: event.title.fr;
	expect(vevents.every((vevent) => vevent.summary === summary)).toBe(true);
	// Every date to come, at its Paris wall-clock time, whatever the season.
	const starts = vevents
		.flatMap((vevent) => {
			const iterator = vevent.iterator();
			const instants: number[] = [];
			for (let next = iterator.next(); next; next = iterator.next())
				instants.push(next.toJSDate().getTime());
			return instants;
		})
		.filter((instant) => instant > now - 86_400_000 * 30)
		.sort((a, b) => a - b);
	const expected = event.occurrences
		.filter((occurrence) => occurrenceInstants(occurrence).end > now)
		.map((occurrence) => parisToInstant(occurrence.date, occurrence.start ?? '00:00'));
	expect(starts.filter((instant) => instant >= expected[0]!)).toEqual(expected);
});

test('the calendar feeds hold the whole area and each sector, with stable UIDs', async ({
	request,
}) => {
	const whole = parseCalendar(
		await (
			await request.get(pathTo({ route: 'eventsCalendar', id: 'cevennes-mont-lozere' }, 'fr'))
		).text(),
	);
	const uids = whole
		.getAllSubcomponents('vevent')
		.map((component) => String(component.getFirstPropertyValue('uid')));
	expect(uids.length).toBeGreaterThan(50);
	expect(new Set(uids).size).toBe(uids.length);
	expect(whole.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
		'Europe/Paris',
	);
	for (const vevent of whole.getAllSubcomponents('vevent'))
		expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
	const sectors = new Set<string>();
	for (const sector of ['mont-lozere', 'vallee-francaise', 'vallee-longue', 'calbertois']) {
		const feed = parseCalendar(
			await (await request.get(pathTo({ route: 'eventsCalendar', id: sector }, 'en'))).text(),
		);
		const sectorUids = feed
			.getAllSubcomponents('vevent')
			.map((component) => String(component.getFirstPropertyValue('uid')));
		expect(sectorUids.length).toBeGreaterThan(0);
		for (const uid of sectorUids) {
			expect(uids).toContain(uid);
			const eventId = events.find((event) => uid.startsWith(`${event.id}-`))?.id;
			expect(eventById.get(eventId ?? '')?.sector).toBe(sector);
			sectors.add(uid);
		}
	}
	// Only events outside the territory are in no sector's feed.
	for (const uid of uids.filter((candidate) => !sectors.has(candidate)))
		expect(events.find((event) => uid.startsWith(`${event.id}-`))?.village).toBeUndefined();
});
