/** Geotrek API answers for the tests: the fixtures, and a trek moved into the territory. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGpx } from '../../../src/lib/gpx/parse';
import type { Trek, TrekVillage } from '../../../src/lib/geotrek/map-trek';
import { readFolder } from '../../../src/lib/geotrek/source';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixtures = join(projectRoot, 'tests/fixtures/geotrek');
export const answers = readFolder(fixtures);
export const VILLAGES: TrekVillage[] = [
	{ id: 'vialas', name: 'Vialas', insee: '48194', sector: 'mont-lozere' },
];
export const CREDIT = { credit: 'Parc national des Cévennes (Geotrek)' };

/** The track of a hike from Vialas, as Geotrek's [lon, lat, ele] coordinates. */
export const VIALAS_TRACK = parseGpx(
	readFileSync(join(projectRoot, 'content/hikes/rochers-de-trenze-depuis-vialas.gpx'), 'utf8'),
).points.map((point) => [point.lon, point.lat, point.ele ?? 0]);

/** A real trek of the fixtures, moved to Vialas: its commune and its geometry. */
export function relocated(index: number): Trek {
	const trek = structuredClone(answers.treks[index]) as Trek;
	trek.cities = ['48194'];
	trek.geometry = { type: 'LineString', coordinates: VIALAS_TRACK };
	trek.departure_geom = VIALAS_TRACK[0] as [number, number];
	return trek;
}
