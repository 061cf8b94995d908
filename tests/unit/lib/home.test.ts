import { describe, expect, it } from 'vitest';
import { officesOpenOn, withinWeek } from '../../../src/lib/home';
import type { Season } from '../../../src/lib/opening-hours';

const WINTER_WEEKDAYS: Season[] = [
	{
		from: '10-01',
		to: '03-31',
		hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:30', closes: '12:30' }],
	},
];
const office = (id: string, hoursConfirmed: boolean, seasons: Season[] = WINTER_WEEKDAYS) => ({
	id,
	data: { hoursConfirmed, seasons },
});

describe('officesOpenOn', () => {
	const offices = [office('to-confirm', false), office('florac', true), office('vialas', true, [])];

	it('gives confirmed hours of the offices open that day, first', () => {
		// Monday 7 December 2026.
		const today = officesOpenOn(offices, '2026-12-07');
		expect(today.map((entry) => entry.office.id)).toEqual(['florac', 'to-confirm']);
		const [first] = today;
		expect(first?.confirmed && first.ranges).toEqual([
			{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:30', closes: '12:30' },
		]);
	});
	it('never gives hours for an office whose hours are not confirmed', () => {
		const entry = officesOpenOn([office('to-confirm', false)], '2026-12-07')[0];
		expect(entry).toEqual({ office: offices[0], confirmed: false });
	});
	it('leaves out an office whose confirmed hours keep it closed that day', () => {
		// Sunday 6 December 2026.
		expect(officesOpenOn(offices, '2026-12-06').map((entry) => entry.office.id)).toEqual([
			'to-confirm',
		]);
	});
});

describe('withinWeek', () => {
	const line = (day: string) => ({ slot: { day } });
	it('keeps the lines of today and the six days after', () => {
		const lines = ['2026-12-06', '2026-12-07', '2026-12-13', '2026-12-14'].map(line);
		expect(withinWeek(lines, '2026-12-07', 6).map((item) => item.slot.day)).toEqual([
			'2026-12-07',
			'2026-12-13',
		]);
	});
	it('keeps at most the limit', () => {
		const lines = ['2026-12-07', '2026-12-08', '2026-12-09'].map(line);
		expect(withinWeek(lines, '2026-12-07', 2)).toHaveLength(2);
	});
});
