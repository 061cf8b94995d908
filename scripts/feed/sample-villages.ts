/**
 * The villages of content/villages/ with their commune boundaries, for the feed generators.
 * Boundaries come from the IGN commune file given on the command line (the shared reference
 * data `places/communes-48-lozere.geojson`, see tests/fixtures/README.md); a village merged into
 * a commune nouvelle takes the boundary of the commune nouvelle that holds its centre.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isPointInArea, type AreaGeometry } from '../../src/lib/geo/polygon';
import type { SampleVillage } from './sample/generate';

/** Postcodes of the territory's communes (La Poste). */
const POSTCODES: Record<string, string> = {
	'48020': '48400',
	'48051': '48160',
	'48067': '48110',
	'48097': '48110',
	'48098': '48110',
	'48115': '48110',
	'48116': '48220',
	'48136': '48240',
	'48144': '48110',
	'48148': '48330',
	'48152': '48240',
	'48155': '48370',
	'48158': '48160',
	'48163': '48160',
	'48170': '48160',
	'48171': '48110',
	'48173': '48160',
	'48178': '48240',
	'48194': '48220',
};

interface CommuneFeature {
	properties: { code: string; nom: string };
	geometry: AreaGeometry;
}

interface VillageFile {
	name: string;
	insee: string;
	sector: string;
	location: { lat: number; lon: number };
}

export function sampleVillages(contentRoot: string, communesFile: string): SampleVillage[] {
	const communes = (
		JSON.parse(readFileSync(communesFile, 'utf8')) as { features: CommuneFeature[] }
	).features;
	const officeVillages = new Set(
		readdirSync(join(contentRoot, 'offices'))
			.filter((file) => file.endsWith('.yaml'))
			.map(
				(file) =>
					(parse(readFileSync(join(contentRoot, 'offices', file), 'utf8')) as { village: string })
						.village,
			),
	);
	const folder = join(contentRoot, 'villages');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => {
			const id = file.replace(/\.yaml$/, '');
			const village = parse(readFileSync(join(folder, file), 'utf8')) as VillageFile;
			const commune =
				communes.find((feature) => feature.properties.code === village.insee) ??
				communes.find((feature) => isPointInArea(village.location, feature.geometry));
			if (!commune) throw new Error(`No commune boundary holds ${village.name} (${village.insee})`);
			return {
				id,
				name: village.name,
				insee: commune.properties.code,
				postalCode: POSTCODES[commune.properties.code],
				sector: village.sector,
				centre: village.location,
				area: commune.geometry,
				weight: officeVillages.has(id) ? 3 : 1,
			};
		});
}
