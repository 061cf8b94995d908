import { describe, expect, it } from 'vitest';
import { monthInParis, picksOfMonth, PICKS_SHOWN } from '../../../src/lib/season-picks';

const pick = (id: string, months: number[], order: number) => ({ id, data: { months, order } });
const PICKS = [
	pick('swim', [7, 8], 1),
	pick('market', [6, 7, 8], 2),
	pick('winter-walks', [11, 12, 1, 2], 2),
	pick('producers', [12, 1], 1),
	pick('agenda', [12], 3),
	pick('practical', [12, 1, 2], 4),
];

describe('picksOfMonth', () => {
	it('never shows a summer swim in December', () => {
		const ids = picksOfMonth(PICKS, 12).map((chosen) => chosen.id);
		expect(ids).not.toContain('swim');
		expect(ids).toEqual(['producers', 'winter-walks', 'agenda']);
	});
	it('shows the summer picks in July, in their order', () => {
		expect(picksOfMonth(PICKS, 7).map((chosen) => chosen.id)).toEqual(['swim', 'market']);
	});
	it('shows at most three picks', () => {
		expect(PICKS_SHOWN).toBe(3);
		expect(picksOfMonth(PICKS, 12)).toHaveLength(3);
	});
	it('shows none in a month without picks', () => {
		expect(picksOfMonth(PICKS, 4)).toEqual([]);
	});
});

describe('monthInParis', () => {
	it('reads the month on the office clock, not the server clock', () => {
		// 23:30 UTC on 30 November is already 1 December in Paris.
		expect(monthInParis(new Date('2026-11-30T23:30:00Z'))).toBe(12);
		expect(monthInParis(new Date('2026-12-31T22:59:00Z'))).toBe(12);
		expect(monthInParis(new Date('2026-12-31T23:00:00Z'))).toBe(1);
	});
});
