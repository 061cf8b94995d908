import { describe, expect, it } from 'vitest';
import { foldAccents, sortKey } from '../../../../src/lib/search/text';

describe('accent folding', () => {
	it('takes accents, cedillas and ligatures off', () => {
		expect(foldAccents('Saint-Étienne-Vallée-Française')).toBe('Saint-Etienne-Vallee-Francaise');
		expect(foldAccents('Le Collet-de-Dèze, cœur des Cévennes')).toBe(
			'Le Collet-de-Deze, coeur des Cevennes',
		);
	});

	it('sorts names as a reader expects, accented capitals among their letter', () => {
		const names = ['Zèbre', 'Élevage du Claux', 'Auberge', 'écurie'];
		expect([...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual([
			'Auberge',
			'écurie',
			'Élevage du Claux',
			'Zèbre',
		]);
	});
});
