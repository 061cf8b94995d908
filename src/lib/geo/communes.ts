/**
 * The boundaries of the territory's communes, copied with their provenance into
 * content/reference/communes.geojson (see content/reference/README.md), by INSEE code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../content/sources';
import type { AreaGeometry } from './polygon';

export interface Commune {
	/** INSEE code, e.g. "48116". */
	code: string;
	/** Name as IGN writes it ("Pont de Montvert - Sud Mont Lozère"). */
	name: string;
	geometry: AreaGeometry;
}

interface CommuneCollection {
	features: { properties: { code: string; nom: string }; geometry: AreaGeometry }[];
}

/** Parses the reference file's GeoJSON into communes by INSEE code. */
export function parseCommunes(json: string): Map<string, Commune> {
	const collection = JSON.parse(json) as CommuneCollection;
	return new Map(
		collection.features.map(({ properties, geometry }) => [
			properties.code,
			{ code: properties.code, name: properties.nom, geometry },
		]),
	);
}

let cache: Map<string, Commune> | undefined;

/** Every commune of the reference file, read once. */
export function territoryCommunes(): Map<string, Commune> {
	cache ??= parseCommunes(readFileSync(join(CONTENT_ROOT, 'reference/communes.geojson'), 'utf8'));
	return cache;
}

/** The boundary of a commune; a village whose INSEE code has none fails the build, naming it. */
export function communeOf(insee: string): Commune {
	const commune = territoryCommunes().get(insee);
	if (!commune) {
		throw new Error(
			`No boundary for INSEE ${insee} in content/reference/communes.geojson: run scripts/extract-communes.ts (see content/reference/README.md)`,
		);
	}
	return commune;
}
