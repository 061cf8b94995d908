import { describe, expect, it } from 'vitest';
import { parkAreaOf, type ParkAreaFeature } from '../../../../src/lib/park/regulations';

const feature = (properties: Partial<ParkAreaFeature['properties']>): ParkAreaFeature => ({
	type: 'Feature',
	properties: {
		id: 5,
		City: 'Hures-la-Parade',
		District: 'Causses Gorges',
		'Name fr': 'Volcégur',
		Period: 'February, March, April',
		'Sport practices': 'Randonnée',
		Rules: 'Accès piéton réglementé, VTT interdit',
		'URL fr': 'https://www.cevennes-parcnational.fr/',
		'Description fr': 'Afin de prévenir le dérangement…',
		...properties,
	},
	geometry: { type: 'MultiPolygon', coordinates: [] },
});

describe('parkAreaOf', () => {
	it('reads each rule with the practice it concerns, and the months it applies', () => {
		expect(parkAreaOf(feature({}))).toEqual({
			id: 5,
			name: 'Volcégur',
			section: undefined,
			cities: 'Hures-la-Parade',
			rules: [
				{ code: 'restricted-access', practice: 'walking' },
				{ code: 'mountain-bike-forbidden', practice: 'mountain-bike' },
			],
			months: [2, 3, 4],
			url: 'https://www.cevennes-parcnational.fr/',
		});
	});

	it('takes the GR section from the first line of a bivouac ban', () => {
		const area = parkAreaOf(
			feature({
				Rules: 'Bivouac interdit',
				'Description fr': 'GR®7-GR®72 - Portion du Pont du Tarn\n\nLe bivouac est interdit…',
			}),
		);
		expect(area.section).toBe('GR®7-GR®72 - Portion du Pont du Tarn');
	});

	it('refuses a rule it cannot translate, naming the area', () => {
		expect(() => parkAreaOf(feature({ Rules: 'Baignade interdite' }))).toThrow(
			'park area 5 (Volcégur): unknown rule "Baignade interdite"',
		);
	});
});
