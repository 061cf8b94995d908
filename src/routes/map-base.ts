import { getCollection } from 'astro:content';
import { territoryCommunes } from '~/lib/geo/communes';
import { baseMapCollection } from '~/lib/map/base-map';

/** The communes' outlines and the villages' names, drawn when the map's tiles fail. */
export async function GET() {
	const villages = await getCollection('villages');
	const codes = new Set(villages.map((village) => village.data.insee));
	const communes = [...territoryCommunes().values()].filter((commune) => codes.has(commune.code));
	const collection = baseMapCollection(
		communes,
		villages.map(({ data }) => ({
			name: data.name,
			location: data.location,
			population: data.population,
		})),
	);
	return new Response(JSON.stringify(collection), {
		headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
	});
}
