/**
 * The villages against the commune boundaries (content/reference/communes.geojson, IGN): every
 * village centre, every shop or service of a village plan and every stop of a heritage walk must
 * lie inside the village's commune, so that no plan ever puts a bakery in the neighbouring valley.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCommunes } from '../../../src/lib/geo/communes';
import { distanceInMetres } from '../../../src/lib/geo/distance';
import { isPointInArea } from '../../../src/lib/geo/polygon';

const contentDir = new URL('../../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, contentDir), 'utf8');

interface Point {
	lat: number;
	lon: number;
}
interface Village {
	name: string;
	insee: string;
	sector: string;
	location: Point;
	services?: { kind: string; location: Point }[];
	servicesAreSample?: boolean;
	walk?: { sample?: boolean; steps: { name: { fr: string }; location: Point }[] };
}

const villages = readdirSync(new URL('villages/', contentDir))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		file,
		source: read(`villages/${file}`),
		data: parse(read(`villages/${file}`)) as Village,
	}));
const communes = parseCommunes(read('reference/communes.geojson'));

/** How far from the village centre a shop or a walk's stop may be: a village plan, not a commune map. */
const PLAN_RADIUS_METRES = 1500;

describe('the territory', () => {
	it('has the 19 communes of the Communauté de communes des Cévennes au Mont Lozère, one boundary each', () => {
		expect(villages).toHaveLength(19);
		expect([...communes.keys()].sort()).toEqual(
			villages.map((village) => village.data.insee).sort(),
		);
	});
});

describe.each(villages)('$file', ({ data, source }) => {
	const commune = communes.get(data.insee)!;

	it('has its centre inside its commune', () => {
		expect(isPointInArea(data.location, commune.geometry)).toBe(true);
	});

	it.each((data.services ?? []).map((service, index) => ({ ...service, index: index + 1 })))(
		'service $index ($kind) lies inside the commune, near the village',
		(service) => {
			expect(isPointInArea(service.location, commune.geometry)).toBe(true);
			expect(distanceInMetres(service.location, data.location)).toBeLessThanOrEqual(
				PLAN_RADIUS_METRES,
			);
		},
	);

	it.each(
		(data.walk?.steps ?? []).map((step, index) => ({
			name: step.name.fr,
			location: step.location,
			index: index + 1,
		})),
	)('walk stop $index ($name) lies inside the commune, near the village', (step) => {
		expect(isPointInArea(step.location, commune.geometry)).toBe(true);
		expect(distanceInMetres(step.location, data.location)).toBeLessThanOrEqual(PLAN_RADIUS_METRES);
	});

	it('says so, at the top of the file and in a flag, when its plan or walk is sample data', () => {
		const sample = data.servicesAreSample === true || data.walk?.sample === true;
		if (sample) expect(source).toMatch(/^(#.*\n)*# SAMPLE DATA/);
		if ((data.services ?? []).length > 0)
			expect(data.servicesAreSample, 'services must be flagged').toBe(true);
	});
});

describe('the point-in-polygon check itself', () => {
	it('rejects a point in the neighbouring commune', () => {
		const vialas = communes.get('48194')!;
		const pontDeMontvertCentre = { lat: 44.36316, lon: 3.74555 };
		expect(isPointInArea(pontDeMontvertCentre, vialas.geometry)).toBe(false);
	});
});
