import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { serialiseLayer, toFeature, toFeatureCollection } from '../../../../src/lib/map/geojson';
import type { MapPlace } from '../../../../src/lib/map/types';
import { syntheticPlaces } from '../../../tools/synthetic-places';

const vialas: MapPlace = {
	id: 'vialas',
	name: 'Bureau d’information de Vialas',
	kind: 'office',
	village: 'Vialas',
	url: '/bureaux/vialas/',
	location: { lat: 44.3335012345, lon: 3.8958098765 },
};

/** The GeoJSON budget of the map issue: 10,000 places in at most 400 kB, gzipped. */
const BUDGET_10K_GZIP = 400_000;

describe('map GeoJSON', () => {
	it('writes longitude first and rounds positions to 5 decimals (about 1 m)', () => {
		expect(toFeature(vialas).geometry.coordinates).toEqual([3.89581, 44.3335]);
	});

	it('keeps the id and only the fields the map shows', () => {
		const feature = toFeature(vialas);
		expect(feature.id).toBe('vialas');
		expect(Object.keys(feature.properties).sort()).toEqual(['kind', 'name', 'url', 'village']);
		const withPhoto = toFeature({
			...vialas,
			thumbnail: '/_astro/vialas.webp',
			track: '/x.geojson',
		});
		expect(withPhoto.properties.thumbnail).toBe('/_astro/vialas.webp');
		expect(withPhoto.properties.track).toBe('/x.geojson');
	});

	it('orders features by id, so that rebuilding the same content gives the same file', () => {
		const other = { ...vialas, id: 'le-collet-de-deze' };
		expect(toFeatureCollection([vialas, other]).features.map((feature) => feature.id)).toEqual([
			'le-collet-de-deze',
			'vialas',
		]);
		expect(serialiseLayer([vialas, other])).toBe(serialiseLayer([other, vialas]));
	});

	it(`keeps 10,000 places within ${BUDGET_10K_GZIP / 1000} kB gzipped`, () => {
		const places = syntheticPlaces(10_000);
		const text = serialiseLayer(places);
		const gzipped = gzipSync(text).length;
		console.log(
			`GeoJSON, 10,000 synthetic places: ${(text.length / 1000).toFixed(0)} kB, ${(gzipped / 1000).toFixed(1)} kB gzipped`,
		);
		expect((JSON.parse(text) as { features: unknown[] }).features).toHaveLength(10_000);
		expect(gzipped, `${gzipped} bytes gzipped`).toBeLessThanOrEqual(BUDGET_10K_GZIP);
	});
});
