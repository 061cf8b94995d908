/**
 * The territory's outline for the brochures' covers: every commune of the Communauté de communes,
 * fitted into a small drawing and coloured by sector, from the same model as the site's maps.
 */
import { communeOf } from '../geo/communes';
import { buildStaticMap } from '../geo/static-map';

const SECTOR_FILLS = ['#dcebdd', '#eee6d1', '#dde6f0', '#f0ddd9'];

/** The villages' communes as SVG paths in a `width` × `height` box, with a fill per sector. */
export function territoryOutline(
	villages: { insee: string; sector: string }[],
	{ width = 116, height = 110 } = {},
): { d: string; fill: string }[] {
	const sectors = [...new Set(villages.map((village) => village.sector))].sort();
	const model = buildStaticMap(
		villages.map((village) => ({
			id: village.insee,
			geometry: communeOf(village.insee).geometry,
			tone: village.sector,
		})),
		[],
		{ width, maxHeight: height },
	);
	return model.areas.map((area) => ({
		d: area.d,
		fill: SECTOR_FILLS[sectors.indexOf(area.tone) % SECTOR_FILLS.length] ?? '#eef3ea',
	}));
}
