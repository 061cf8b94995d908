import { describe, expect, it } from 'vitest';
import {
	openingStatus,
	overlappingDays,
	rangesOn,
	seasonCovers,
	wallClock,
	weekdayOf,
	weekRows,
	type Season,
} from '../../../src/lib/opening-hours';

const summer: Season = {
	from: '07-01',
	to: '08-31',
	hours: [
		{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '09:30', closes: '12:30' },
		{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '15:00', closes: '18:30' },
	],
};
const winter: Season = {
	from: '11-01',
	to: '03-31',
	hours: [{ days: ['we'], opens: '10:00', closes: '12:00' }],
};

/** The wall clock in Paris at a UTC instant. */
const paris = (iso: string) => wallClock(new Date(iso));

describe('wallClock', () => {
	it('reads Paris summer time (UTC+2)', () => {
		expect(paris('2026-07-15T08:00:00Z')).toEqual({
			date: '2026-07-15',
			weekday: 'we',
			minutes: 600,
		});
	});
	it('reads Paris winter time (UTC+1)', () => {
		expect(paris('2026-01-14T08:00:00Z')).toEqual({
			date: '2026-01-14',
			weekday: 'we',
			minutes: 540,
		});
	});
	it('rolls over to the next Paris day before UTC does', () => {
		expect(paris('2026-07-15T22:30:00Z').date).toBe('2026-07-16');
	});
	it('follows the switch to summer time on the last Sunday of March', () => {
		expect(paris('2026-03-29T00:59:00Z').minutes).toBe(119);
		expect(paris('2026-03-29T01:00:00Z').minutes).toBe(180);
	});
});

describe('seasons', () => {
	it('covers the days of a season that spans New Year', () => {
		expect(seasonCovers(winter, '12-25')).toBe(true);
		expect(seasonCovers(winter, '02-29')).toBe(true);
		expect(seasonCovers(winter, '07-01')).toBe(false);
	});
	it('counts the days two seasons share', () => {
		expect(overlappingDays(summer, winter)).toBe(0);
		expect(overlappingDays(summer, { from: '08-31', to: '09-30', hours: [] })).toBe(1);
	});
	it('knows the weekday of a date', () => {
		expect(weekdayOf('2026-11-26')).toBe('th');
		expect(weekdayOf('2026-03-29')).toBe('su');
	});
	it('returns no hours on a day outside every season', () => {
		expect(rangesOn([summer, winter], '2026-05-12')).toEqual([]);
	});
});

describe('openingStatus', () => {
	const seasons = [summer, winter];
	it('is open during a morning range, until its end', () => {
		expect(openingStatus(seasons, paris('2026-07-15T08:00:00Z'))).toEqual({
			open: true,
			closes: '12:30',
		});
	});
	it('is closed over lunch and opens again the same afternoon', () => {
		const status = openingStatus(seasons, paris('2026-07-15T11:00:00Z'));
		expect(status).toMatchObject({
			open: false,
			next: { date: '2026-07-15', opens: '15:00', daysAhead: 0 },
		});
	});
	it('is closed at closing time exactly', () => {
		expect(openingStatus(seasons, paris('2026-07-15T16:30:00Z')).open).toBe(false);
	});
	it('opens on Monday when it is Saturday evening', () => {
		const status = openingStatus(seasons, paris('2026-07-18T17:00:00Z'));
		expect(status).toMatchObject({
			open: false,
			next: { date: '2026-07-20', weekday: 'mo', opens: '09:30', daysAhead: 2 },
		});
	});
	it('looks ahead to the next season when the office is closed for the season', () => {
		const status = openingStatus(seasons, paris('2026-09-10T08:00:00Z'));
		expect(status).toMatchObject({
			open: false,
			next: { date: '2026-11-04', weekday: 'we', opens: '10:00' },
		});
	});
	it('says when it never opens', () => {
		expect(openingStatus([], paris('2026-07-15T08:00:00Z'))).toEqual({ open: false, next: null });
	});
});

describe('weekRows', () => {
	it('groups consecutive days with the same hours and keeps closed days', () => {
		expect(weekRows(summer)).toEqual([
			{
				days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'],
				ranges: [
					{ opens: '09:30', closes: '12:30' },
					{ opens: '15:00', closes: '18:30' },
				],
			},
			{ days: ['su'], ranges: [] },
		]);
	});
});
