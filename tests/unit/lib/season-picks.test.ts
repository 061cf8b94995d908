import { describe, expect, it } from 'vitest';
import {
	monthInParis,
	pickPhotoSource,
	picksOfMonth,
	PICKS_SHOWN,
} from '../../../src/lib/season-picks';

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

describe('pickPhotoSource', () => {
	it('finds the photo of the page a pick leads to: the office’s, a hike’s or a member’s', () => {
		expect(pickPhotoSource({ route: 'experience', id: 'nuit-etoilee' })).toEqual({
			from: 'office',
			collection: 'experiences',
			id: 'nuit-etoilee',
		});
		expect(pickPhotoSource({ route: 'village', id: 'vialas' })).toMatchObject({
			collection: 'villages',
		});
		expect(pickPhotoSource({ route: 'hike', id: 'serres-de-gabriac' })).toEqual({
			from: 'hike',
			id: 'serres-de-gabriac',
		});
		expect(pickPhotoSource({ route: 'eatEntry', id: 'auberge-du-puech-cba1e898' })).toEqual({
			from: 'member',
			id: 'auberge-du-puech-cba1e898',
		});
	});

	it('finds none for a list or a page without a photo', () => {
		expect(pickPhotoSource({ route: 'hikes' })).toBeUndefined();
		expect(pickPhotoSource({ route: 'events' })).toBeUndefined();
		expect(pickPhotoSource({ route: 'office', id: 'vialas' })).toBeUndefined();
	});
});
