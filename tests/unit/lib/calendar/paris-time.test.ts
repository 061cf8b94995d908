import { describe, expect, it } from 'vitest';
import {
	instantToParis,
	parisIsoDateTime,
	parisOffsetMinutes,
	parisToInstant,
	parisToday,
} from '../../../../src/lib/calendar/paris-time';

const HOUR = 3_600_000;

/** The date of the last Sunday of a month (1–12) of a year. */
function lastSundayOf(year: number, month: number): string {
	const last = new Date(Date.UTC(year, month, 0));
	last.setUTCDate(last.getUTCDate() - last.getUTCDay());
	return last.toISOString().slice(0, 10);
}

/**
 * Paris's offset by the European Union's summer-time rule (since 1996), written out as an
 * independent oracle: summer time (UTC+2) from the last Sunday of March at 01:00 UTC to the last
 * Sunday of October at 01:00 UTC, standard time (UTC+1) otherwise.
 * @see https://eur-lex.europa.eu/eli/dir/2000/84/oj
 */
function ruleOffsetMinutes(instant: number): number {
	const year = new Date(instant).getUTCFullYear();
	const start = Date.parse(`${lastSundayOf(year, 3)}T01:00:00Z`);
	const end = Date.parse(`${lastSundayOf(year, 10)}T01:00:00Z`);
	return instant >= start && instant < end ? 120 : 60;
}

describe('the European summer-time rule', () => {
	it('changes at 01:00 UTC on the last Sundays of March and October', () => {
		expect(parisOffsetMinutes(Date.parse('2027-03-28T00:59:00Z'))).toBe(60);
		expect(parisOffsetMinutes(Date.parse('2027-03-28T01:00:00Z'))).toBe(120);
		expect(parisOffsetMinutes(Date.parse('2027-10-31T00:59:00Z'))).toBe(120);
		expect(parisOffsetMinutes(Date.parse('2027-10-31T01:00:00Z'))).toBe(60);
		expect(parisOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(120);
		expect(parisOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(60);
	});

	it('agrees with the rule at every hour from 2025 to 2030', () => {
		const disagreements: string[] = [];
		for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2031, 0, 1); instant += HOUR) {
			if (parisOffsetMinutes(instant) !== ruleOffsetMinutes(instant))
				disagreements.push(new Date(instant).toISOString());
		}
		expect(disagreements).toEqual([]);
	});
});

describe('Paris wall-clock time', () => {
	it('puts 10:00 on the last Sunday of March in summer time (08:00 UTC)', () => {
		expect(new Date(parisToInstant('2027-03-28', '10:00')).toISOString()).toBe(
			'2027-03-28T08:00:00.000Z',
		);
		expect(parisIsoDateTime('2027-03-28', '10:00')).toBe('2027-03-28T10:00:00+02:00');
	});

	it('puts 10:00 on the last Sunday of October in winter time (09:00 UTC)', () => {
		expect(new Date(parisToInstant('2027-10-31', '10:00')).toISOString()).toBe(
			'2027-10-31T09:00:00.000Z',
		);
		expect(parisIsoDateTime('2027-10-31', '10:00')).toBe('2027-10-31T10:00:00+01:00');
	});

	it('keeps the same wall-clock time on both sides of a change', () => {
		for (const date of ['2027-03-27', '2027-03-28', '2027-03-29', '2027-10-30', '2027-10-31']) {
			expect(instantToParis(parisToInstant(date, '10:00'))).toEqual({ date, time: '10:00' });
		}
	});

	it('reads a time in the spring gap with the offset before it, and the first of a repeated time', () => {
		// 02:30 does not exist on 28 March 2027: read as UTC+1, it is 03:30 summer time.
		expect(instantToParis(parisToInstant('2027-03-28', '02:30'))).toEqual({
			date: '2027-03-28',
			time: '03:30',
		});
		// 02:30 happens twice on 31 October 2027: the first time, in summer time (00:30 UTC).
		expect(new Date(parisToInstant('2027-10-31', '02:30')).toISOString()).toBe(
			'2027-10-31T00:30:00.000Z',
		);
	});

	it('is already tomorrow in Paris late in the UTC evening', () => {
		expect(parisToday(Date.parse('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(parisToday(Date.parse('2026-01-15T22:30:00Z'))).toBe('2026-01-15');
		expect(parisToday(Date.parse('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
	});
});
