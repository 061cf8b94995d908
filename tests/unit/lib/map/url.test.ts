import { describe, expect, it } from 'vitest';
import { layerDataPath, mapHref, parseMapSelection } from '../../../../src/lib/map/url';

describe('map URLs', () => {
	it('link to the map page in each language', () => {
		expect(mapHref('fr')).toBe('/carte/');
		expect(mapHref('en')).toBe('/en/map/');
	});

	it('carry a listing’s selection in the query string', () => {
		expect(mapHref('fr', { layers: ['accommodation'], kinds: ['hotel', 'campsite'] })).toBe(
			'/carte/?layers=accommodation&kinds=hotel,campsite',
		);
	});

	it('read the selection back, ignoring unknown layers', () => {
		expect(parseMapSelection('?layers=offices,nowhere&kinds=hotel', ['offices', 'hikes'])).toEqual({
			layers: ['offices'],
			kinds: ['hotel'],
		});
		expect(parseMapSelection('?layers=nowhere', ['offices'])).toEqual({});
		expect(parseMapSelection('', ['offices'])).toEqual({});
	});

	it('name each layer’s GeoJSON file under the map page', () => {
		expect(layerDataPath('offices', 'fr')).toBe('/carte/offices.geojson');
		expect(layerDataPath('offices', 'en')).toBe('/en/map/offices.geojson');
	});
});
