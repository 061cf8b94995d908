/**
 * Copies the boundaries of the territory's communes out of the Lozère commune boundaries (IGN
 * Admin Express, via GitHub gregoiredavid/france-geojson) into
 * content/reference/communes.geojson: one feature per village file of content/villages/, matched
 * by INSEE code, so that the site ships only what it draws.
 *
 *   npx node scripts/extract-communes.ts ../shared/data/places/communes-48-lozere.geojson
 *
 * Run it again after adding a village. The output keeps the source's coordinates (5 decimals).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Feature {
	type: 'Feature';
	properties: { code: string; nom: string };
	geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

const source = process.argv[2];
if (!source)
	throw new Error('Usage: npx node scripts/extract-communes.ts <communes-48-lozere.geojson>');

const villagesDir = 'content/villages';
const codes = new Map<string, string>();
for (const file of readdirSync(villagesDir).filter((name) => name.endsWith('.yaml'))) {
	const village = parse(readFileSync(join(villagesDir, file), 'utf8')) as { insee: string };
	codes.set(village.insee, file);
}

const all = JSON.parse(readFileSync(source, 'utf8')) as { features: Feature[] };
const features = all.features
	.filter((feature) => codes.has(feature.properties.code))
	.sort((a, b) => a.properties.code.localeCompare(b.properties.code))
	.map(({ properties, geometry }) => ({
		type: 'Feature',
		properties: { code: properties.code, nom: properties.nom },
		geometry,
	}));

const missing = [...codes.keys()].filter(
	(code) => !features.some((f) => f.properties.code === code),
);
if (missing.length > 0) {
	throw new Error(
		`No boundary for ${missing.map((code) => `${code} (${codes.get(code)})`).join(', ')}`,
	);
}

const output = {
	type: 'FeatureCollection',
	source:
		'IGN Admin Express (2018 edition, simplified) via GitHub gregoiredavid/france-geojson, commit 5d34ee6, departements/48-lozere/communes-48-lozere.geojson',
	licence: 'Licence Ouverte / Etalab (IGN)',
	generatedBy: 'scripts/extract-communes.ts',
	features,
};
writeFileSync('content/reference/communes.geojson', `${JSON.stringify(output)}\n`);
console.log(`content/reference/communes.geojson: ${features.length} communes`);
