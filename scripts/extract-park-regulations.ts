/**
 * Copies the national park's regulation areas that concern our territory into
 * content/park-regulations/sensitivity-areas.geojson, from the park's published file:
 *
 *   npx node scripts/extract-park-regulations.ts path/to/sensitivity_area.geojson
 *
 * Keeps the areas whose bounding box meets the territory box, the properties the site uses
 * (values unchanged), and each ring simplified to 1 m with coordinates rounded to 6 decimals.
 * Run it again when the park updates its data (content/park-regulations/README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { simplifyRing } from '../src/lib/geo/simplify.ts';
import { TERRITORY_BOUNDS } from '../src/lib/geo/territory.ts';

type Ring = [number, number][];
interface Feature {
	properties: Record<string, unknown>;
	geometry: { type: string; coordinates: Ring[][] | Ring[] };
}

const KEPT_PROPERTIES = [
	'id',
	'City',
	'District',
	'Name fr',
	'Period',
	'Sport practices',
	'Rules',
	'URL fr',
	'Description fr',
];
const TOLERANCE_DEGREES = 0.00001;

const source = process.argv[2];
if (!source)
	throw new Error('usage: npx node scripts/extract-park-regulations.ts <sensitivity_area.geojson>');
const input = JSON.parse(readFileSync(source, 'utf8')) as { features: Feature[] };

const round = (value: number) => Number(value.toFixed(6));
const features = input.features
	.map((feature) => {
		const polygons = (
			feature.geometry.type === 'Polygon'
				? [feature.geometry.coordinates]
				: feature.geometry.coordinates
		) as Ring[][];
		return { feature, polygons };
	})
	.filter(({ polygons }) => {
		const positions = polygons.flat(2);
		const lats = positions.map(([, lat]) => lat);
		const lons = positions.map(([lon]) => lon);
		return (
			Math.max(...lats) >= TERRITORY_BOUNDS.south &&
			Math.min(...lats) <= TERRITORY_BOUNDS.north &&
			Math.max(...lons) >= TERRITORY_BOUNDS.west &&
			Math.min(...lons) <= TERRITORY_BOUNDS.east
		);
	})
	.map(({ feature, polygons }) => ({
		type: 'Feature',
		properties: Object.fromEntries(
			KEPT_PROPERTIES.map((key) => [key, feature.properties[key] ?? null]),
		),
		geometry: {
			type: 'MultiPolygon',
			coordinates: polygons.map((polygon) =>
				polygon.map((ring) =>
					simplifyRing(ring, TOLERANCE_DEGREES).map(([lon, lat]) => [round(lon), round(lat)]),
				),
			),
		},
	}))
	.sort((a, b) => Number(a.properties['id']) - Number(b.properties['id']));

const output = {
	type: 'FeatureCollection',
	source:
		'Parc national des Cévennes, réglementation du cœur (sensitivity_area.geojson), GitHub PnCevennes/data_reglementation commit 859f7ec; also on data.gouv.fr',
	licence: 'Open data of the Parc national des Cévennes',
	extract: `Areas whose bounding box meets the territory box; properties ${KEPT_PROPERTIES.join(', ')} unchanged; rings simplified to ${TOLERANCE_DEGREES}° (about 1 m), coordinates rounded to 6 decimals. Made by scripts/extract-park-regulations.ts.`,
	features,
};
const target = new URL('../content/park-regulations/sensitivity-areas.geojson', import.meta.url);
writeFileSync(target, JSON.stringify(output) + '\n');
console.log(`${features.length} areas written to ${target.pathname}`);
