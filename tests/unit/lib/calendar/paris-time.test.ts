import { describe, expect, it } from 'vitest';
import {
	instantToParis,
	lastSundayOf,
	parisIsoDateTime,
	parisOffsetMinutes,
	parisToInstant,
	parisToday,
} from '../../../../src/lib/calendar/paris-time';

const HOUR = 3_600_000;

const paris = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Paris',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

/** Paris's offset at an instant according to the runtime's time-zone database (ICU). */
function intlOffsetMinutes(instant: number): number {
	const parts = Object.fromEntries(
		paris.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
	);
	const wall = Date.UTC(
		Number(parts.year),
		Number(parts.month) - 1,
		Number(parts.day),
		Number(parts.hour),
		Number(parts.minute),
	);
	return Math.round((wall - instant) / 60_000);
}

describe('the European summer-time rule', () => {
	it('finds the last Sundays of March and October', () => {
		expect(lastSundayOf(2027, 3)).toBe('2027-03-28');
		expect(lastSundayOf(2027, 10)).toBe('2027-10-31');
		expect(lastSundayOf(2026, 3)).toBe('2026-03-29');
		expect(lastSundayOf(2026, 10)).toBe('2026-10-25');
	});

	it('agrees with the time-zone database at every hour from 2025 to 2030', () => {
		const disagreements: string[] = [];
		for (let instant = Date.UTC(2025, 0, 1); instant < Date.UTC(2031, 0, 1); instant += HOUR) {
			if (parisOffsetMinutes(instant) !== intlOffsetMinutes(instant))
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
