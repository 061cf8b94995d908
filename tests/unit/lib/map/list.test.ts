import { describe, expect, it } from 'vitest';
import { groupByVillage } from '../../../../src/lib/map/list';
import type { MapPlace } from '../../../../src/lib/map/types';

const place = (name: string, village: string): MapPlace => ({
	id: name,
	name,
	kind: 'office',
	village,
	url: `/${name}/`,
	location: { lat: 44.3, lon: 3.8 },
});

describe('groupByVillage', () => {
	it('groups places by village, villages and places in alphabetical order (accents ignored)', () => {
		const groups = groupByVillage(
			[
				place('Zèbre', 'Vialas'),
				place('Âne', 'Vialas'),
				place('Gîte', 'Saint-Étienne-Vallée-Française'),
				place('Bureau', 'Le Collet-de-Dèze'),
				place('Camping', 'Saint-Germain-de-Calberte'),
			],
			'fr',
		);
		expect(groups.map((group) => group.village)).toEqual([
			'Le Collet-de-Dèze',
			'Saint-Étienne-Vallée-Française',
			'Saint-Germain-de-Calberte',
			'Vialas',
		]);
		expect(groups.at(-1)?.places.map((item) => item.name)).toEqual(['Âne', 'Zèbre']);
	});
});
