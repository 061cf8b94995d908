import { describe, expect, it } from 'vitest';
import { endedDays, hasEnded, isDay } from '../../../../src/lib/search/ended';

describe('dated pages', () => {
	it('accepts only real days written YYYY-MM-DD', () => {
		expect(isDay('2026-08-15')).toBe(true);
		expect(isDay('2026-13-01')).toBe(false);
		expect(isDay('15/08/2026')).toBe(false);
	});

	it('counts a page as over the day after its last day, not on it', () => {
		expect(hasEnded('2026-08-15', '2026-08-15')).toBe(false);
		expect(hasEnded('2026-08-15', '2026-08-16')).toBe(true);
		expect(hasEnded(undefined, '2030-01-01')).toBe(false);
	});

	it('lists the end days already over among those of the index', () => {
		expect(endedDays(['2026-08-14', '2026-08-15', '2026-09-01', 'soon'], '2026-08-15')).toEqual([
			'2026-08-14',
		]);
	});
});
