import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCommunes } from '../../../../src/lib/geo/communes';
import { baseMapCollection, type BaseMapLabel } from '../../../../src/lib/map/base-map';

const communes = [
	...parseCommunes(
		readFileSync(
			new URL('../../../../content/reference/communes.geojson', import.meta.url),
			'utf8',
		),
	).values(),
];

describe('baseMapCollection', () => {
	it('draws every commune as a MultiPolygon at 4 decimals, without repeated points', () => {
		const { features } = baseMapCollection(communes, []);
		expect(features).toHaveLength(communes.length);
		for (const feature of features) {
			expect(feature.geometry.type).toBe('MultiPolygon');
			for (const polygon of feature.geometry.coordinates as number[][][][]) {
				for (const ring of polygon) {
					expect(ring.length).toBeGreaterThanOrEqual(4);
					for (const [index, [lon, lat]] of ring.entries()) {
						expect(Math.round(lon! * 1e4) / 1e4).toBe(lon);
						expect(Math.round(lat! * 1e4) / 1e4).toBe(lat);
						const previous = ring[index - 1];
						if (previous) expect(previous).not.toEqual([lon, lat]);
					}
				}
			}
		}
	});

	it('names the villages at their centres, the largest first (its name wins where two collide)', () => {
		const { features } = baseMapCollection(
			[],
			[
				{ name: 'Bassurels', location: { lat: 44.17, lon: 3.6 }, population: 70 },
				{ name: 'Vialas', location: { lat: 44.33314, lon: 3.89624 }, population: 439 },
				{ name: 'Gabriac', location: { lat: 44.2, lon: 3.7 }, population: 70 },
			],
		);
		const labels = features as BaseMapLabel[];
		expect(labels.map((label) => label.properties.name)).toEqual([
			'Vialas',
			'Bassurels',
			'Gabriac',
		]);
		expect(labels[0]!.geometry.coordinates).toEqual([3.8962, 44.3331]);
	});

	it('stays small: the territory’s outlines under 12 kB gzipped', () => {
		const json = JSON.stringify(baseMapCollection(communes, []));
		const gzipped = gzipSync(json).length;
		console.log(`base map: ${json.length} bytes, ${gzipped} gzipped`);
		expect(gzipped).toBeLessThan(12_000);
	});
});
