import { describe, expect, it } from 'vitest';
import {
	addDays,
	daysBetween,
	eachDay,
	endOfMonth,
	isIsoDate,
	weekdayOf,
} from '../../../../src/lib/calendar/dates';
import {
	fortnightById,
	fortnightOf,
	fortnightsFrom,
} from '../../../../src/lib/calendar/fortnights';

describe('calendar dates', () => {
	it('accepts real dates only', () => {
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2027-02-29')).toBe(false);
		expect(isIsoDate('2027-13-01')).toBe(false);
		expect(isIsoDate('27-03-2027')).toBe(false);
	});

	it('counts days across a daylight-saving change as whole days', () => {
		expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
		expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
		expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
		expect(daysBetween('2027-10-31', '2027-10-30')).toBe(-1);
		expect(eachDay('2027-10-30', '2027-11-01')).toEqual(['2027-10-30', '2027-10-31', '2027-11-01']);
		expect(eachDay('2027-11-01', '2027-10-30')).toEqual([]);
	});

	it('names weekdays and month ends', () => {
		expect(weekdayOf('2026-11-26')).toBe('th');
		expect(weekdayOf('2027-03-28')).toBe('su');
		expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
		expect(endOfMonth('2026-12-16')).toBe('2026-12-31');
	});
});

describe('fortnights of the programme', () => {
	it('are the 1st–15th and the 16th–end of each month', () => {
		expect(fortnightOf('2026-11-26')).toEqual({
			id: '2026-11-16',
			from: '2026-11-16',
			to: '2026-11-30',
		});
		expect(fortnightOf('2027-02-15')).toEqual({
			id: '2027-02-01',
			from: '2027-02-01',
			to: '2027-02-15',
		});
		expect(fortnightOf('2027-02-16').to).toBe('2027-02-28');
	});

	it('follow each other without gap from the current one', () => {
		const fortnights = fortnightsFrom('2026-11-26', 4);
		expect(fortnights.map((fortnight) => fortnight.id)).toEqual([
			'2026-11-16',
			'2026-12-01',
			'2026-12-16',
			'2027-01-01',
		]);
		for (let index = 1; index < fortnights.length; index++)
			expect(addDays(fortnights[index - 1]!.to, 1)).toBe(fortnights[index]!.from);
	});

	it('are found by id, and only by their first day', () => {
		expect(fortnightById('2026-12-16')?.to).toBe('2026-12-31');
		expect(fortnightById('2026-12-17')).toBeUndefined();
		expect(fortnightById('nonsense')).toBeUndefined();
	});
});
