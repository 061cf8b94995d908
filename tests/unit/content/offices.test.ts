/**
 * The offices' content against the reference data: each office marker must stand within
 * 300 m of its village centre (IGN chef-lieu point), so the map never misleads a visitor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distanceInMetres } from '../../../src/lib/geo/distance';
import type { GeoPoint } from '../../../src/lib/geo/territory';

const contentDir = new URL('../../../content/', import.meta.url);
interface OfficeFile {
	name: string;
	village: string;
	headOffice: boolean;
	phone: string;
	location: GeoPoint;
}

interface VillageFile {
	name: string;
	location: GeoPoint;
}

const readYaml = <T>(path: string): T =>
	parse(readFileSync(new URL(path, contentDir), 'utf8')) as T;

const villageCentres = new Map(
	readFileSync(new URL('../../fixtures/reference/places.csv', import.meta.url), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => {
			const [name = '', lat = '', lon = ''] = line.split(',');
			return [name, { lat: Number(lat), lon: Number(lon) }] as const;
		}),
);

const offices = readdirSync(new URL('offices/', contentDir))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({ file, data: readYaml<OfficeFile>(`offices/${file}`) }));

describe('offices', () => {
	it('are the six offices of the quality manual, one of them the head office', () => {
		expect(offices.map((office) => office.data.name).sort()).toEqual([
			'Le Collet-de-Dèze',
			'Le Pont-de-Montvert',
			'Saint-Germain-de-Calberte',
			'Saint-Étienne-Vallée-Française',
			'Sainte-Croix-Vallée-Française',
			'Vialas',
		]);
		expect(
			offices.filter((office) => office.data.headOffice).map((office) => office.data.name),
		).toEqual(['Le Pont-de-Montvert']);
	});

	it.each(offices)('$file stands within 300 m of its village centre', ({ data }) => {
		const village = readYaml<VillageFile>(`villages/${data.village}.yaml`);
		const centre = villageCentres.get(village.name);
		expect(centre, `no reference point for ${village.name}`).toBeDefined();
		expect(village.location).toEqual(centre);
		expect(distanceInMetres(data.location, centre!)).toBeLessThanOrEqual(300);
	});

	it('share the single phone number of the manual', () => {
		for (const { data } of offices) expect(data.phone).toBe('+33 4 66 45 81 94');
	});
});

describe('distanceInMetres', () => {
	it('measures one degree of latitude as 111.2 km (mean Earth radius)', () => {
		expect(distanceInMetres({ lat: 44, lon: 3.7 }, { lat: 45, lon: 3.7 })).toBeCloseTo(111_195, 0);
	});
	it('measures Le Pont-de-Montvert to Vialas as about 12.45 km (flat-earth estimate at 44.35° N)', () => {
		const distance = distanceInMetres(
			{ lat: 44.36316, lon: 3.74555 },
			{ lat: 44.33314, lon: 3.89624 },
		);
		expect(distance).toBeGreaterThan(12_400);
		expect(distance).toBeLessThan(12_500);
	});
});
