import { describe, expect, it } from 'vitest';
import {
	agendaSlots,
	closedWeekdays,
	expandRule,
	expandRules,
	hasEnded,
	isLongRun,
	missingDates,
	occurrenceInstants,
	runsOf,
	upcomingOccurrences,
	type Occurrence,
} from '../../../../src/lib/calendar/occurrences';
import { parisToInstant } from '../../../../src/lib/calendar/paris-time';

const at = (date: string, time: string) => parisToInstant(date, time);

describe('occurrence expansion', () => {
	it('keeps a single date with its times', () => {
		expect(expandRule({ date: '2027-03-28', start: '10:00', end: '12:30' })).toEqual([
			{ date: '2027-03-28', start: '10:00', end: '12:30' },
		]);
	});

	it('expands a weekly market to each of its weekdays in the period, without the days off', () => {
		const market = expandRule({
			weekly: ['th'],
			from: '2027-06-03',
			to: '2027-06-30',
			except: ['2027-06-17'],
			start: '08:00',
			end: '13:00',
		});
		expect(market.map((occurrence) => occurrence.date)).toEqual([
			'2027-06-03',
			'2027-06-10',
			'2027-06-24',
		]);
		expect(market.every((occurrence) => occurrence.start === '08:00')).toBe(true);
	});

	it('expands a period to every day, across the change to summer time', () => {
		expect(
			expandRule({ from: '2027-03-27', to: '2027-03-29' }).map((occurrence) => occurrence.date),
		).toEqual(['2027-03-27', '2027-03-28', '2027-03-29']);
	});

	it('merges rules into one ordered list, each date and start time once', () => {
		expect(
			expandRules([
				{ date: '2027-07-02', start: '21:00' },
				{ from: '2027-07-01', to: '2027-07-02', start: '10:00' },
				{ date: '2027-07-01', start: '10:00' },
			]),
		).toEqual([
			{ date: '2027-07-01', start: '10:00' },
			{ date: '2027-07-02', start: '10:00' },
			{ date: '2027-07-02', start: '21:00' },
		]);
	});
});

describe('when an occurrence ends', () => {
	it('ends at its end time, or with its day when it has none', () => {
		expect(occurrenceInstants({ date: '2027-03-28', start: '10:00', end: '12:00' })).toEqual({
			start: Date.parse('2027-03-28T08:00:00Z'),
			end: Date.parse('2027-03-28T10:00:00Z'),
		});
		expect(occurrenceInstants({ date: '2027-10-31', start: '19:30' }).end).toBe(
			Date.parse('2027-10-31T23:00:00Z'),
		);
	});

	it('hides what ended before now, and keeps what is still on', () => {
		const walk: Occurrence = { date: '2027-10-31', start: '10:00', end: '12:30' };
		expect(hasEnded(walk, at('2027-10-31', '12:29'))).toBe(false);
		expect(hasEnded(walk, at('2027-10-31', '12:30'))).toBe(true);
		expect(
			upcomingOccurrences(
				[{ date: '2027-10-30' }, { date: '2027-10-31' }, { date: '2027-11-01' }],
				at('2027-10-31', '23:59'),
			).map((occurrence) => occurrence.date),
		).toEqual(['2027-10-31', '2027-11-01']);
	});
});

describe('runs', () => {
	const exhibition = expandRule({
		from: '2027-06-15',
		to: '2027-07-15',
		weekly: ['tu', 'we', 'th', 'fr', 'sa', 'su'],
		start: '10:00',
		end: '18:00',
	});

	it('group an exhibition closed on Mondays into one long run', () => {
		const runs = runsOf(exhibition);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ first: '2027-06-15', last: '2027-07-15' });
		expect(isLongRun(runs[0]!)).toBe(true);
		expect(closedWeekdays(runs[0]!)).toEqual(['mo']);
	});

	it('keep a weekly market as separate dates', () => {
		const market = expandRule({ weekly: ['su'], from: '2027-07-04', to: '2027-08-29' });
		expect(runsOf(market)).toHaveLength(9);
	});

	it('list irregular days off by date', () => {
		const run = runsOf(
			expandRule({ from: '2026-12-05', to: '2027-01-03', except: ['2026-12-25', '2027-01-01'] }),
		)[0]!;
		expect(missingDates(run)).toEqual(['2026-12-25', '2027-01-01']);
		expect(closedWeekdays(run)).toEqual([]);
	});

	it('keep occurrences at different times apart', () => {
		expect(
			runsOf([
				{ date: '2027-07-01', start: '10:00' },
				{ date: '2027-07-01', start: '21:00' },
				{ date: '2027-07-02', start: '10:00' },
			]),
		).toEqual([
			{
				first: '2027-07-01',
				last: '2027-07-02',
				start: '10:00',
				dates: ['2027-07-01', '2027-07-02'],
			},
			{ first: '2027-07-01', last: '2027-07-01', start: '21:00', dates: ['2027-07-01'] },
		]);
	});
});

describe('agenda lines', () => {
	it('list a running exhibition once, under today, until its last day', () => {
		const now = at('2026-11-26', '05:00');
		const slots = agendaSlots(
			expandRule({ from: '2026-10-17', to: '2026-12-20', start: '14:00', end: '18:00' }),
			now,
		);
		expect(slots).toHaveLength(1);
		expect(slots[0]).toMatchObject({
			day: '2026-11-26',
			first: '2026-11-26',
			last: '2026-12-20',
			running: true,
			key: '2026-10-17T1400',
			endsAt: Date.parse('2026-12-20T17:00:00Z'),
		});
	});

	it('list a short festival day by day, and each market on its own day', () => {
		const now = at('2027-07-01', '09:00');
		expect(
			agendaSlots(expandRule({ from: '2027-07-23', to: '2027-07-25', start: '20:30' }), now).map(
				(slot) => [slot.day, slot.running],
			),
		).toEqual([
			['2027-07-23', false],
			['2027-07-24', false],
			['2027-07-25', false],
		]);
	});

	it('drop what has ended, even earlier the same day', () => {
		const occurrences = [
			{ date: '2027-07-10', start: '09:00', end: '11:00' },
			{ date: '2027-07-10', start: '21:00', end: '23:00' },
		];
		expect(agendaSlots(occurrences, at('2027-07-10', '12:00')).map((slot) => slot.start)).toEqual([
			'21:00',
		]);
	});

	it('list a long run under the first day of a window that starts later', () => {
		const slots = agendaSlots(
			expandRule({ from: '2027-06-15', to: '2027-09-15', start: '10:00', end: '18:00' }),
			at('2027-06-01', '04:00'),
			'2027-08-16',
		);
		expect(slots[0]?.day).toBe('2027-08-16');
	});
});
