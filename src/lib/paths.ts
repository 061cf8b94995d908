/** getStaticPaths helpers of the route entrypoints (src/routes/), called once per language. */
import { getCollection } from 'astro:content';
import { facetPages } from './hikes/filters';
import { hikeFacets } from './hikes/facets';
import { MAP_LAYERS } from './map/layers';
import {
	getExperiences,
	getHikes,
	getItineraries,
	getOffices,
	getSectors,
	getThemes,
	getVillages,
} from './queries';

export async function officePaths() {
	const offices = await getOffices();
	return offices.map((office) => ({ params: { office: office.id }, props: { office } }));
}

/** One GeoJSON file per map layer, in each language: `/carte/offices.geojson`. */
export function mapLayerPaths() {
	return MAP_LAYERS.map((layer) => ({ params: { layer: layer.id }, props: { layer } }));
}

/**
 * The pages under /randonnees/{id}/: every hike and every itinerary (their ids must differ:
 * the hikes unit test checks it). `kind` tells the page which view to show.
 */
export async function hikeAndItineraryPaths() {
	const [hikes, itineraries] = await Promise.all([getHikes(), getItineraries()]);
	return [
		...hikes.map((hike) => ({
			params: { id: hike.id },
			props: { kind: 'hike' as const, hike, itinerary: undefined },
		})),
		...itineraries.map((itinerary) => ({
			params: { id: itinerary.id },
			props: { kind: 'itinerary' as const, itinerary, hike: undefined },
		})),
	];
}

/** Every hike, for its map track (the GeoJSON files use hikeAndItineraryPaths). */
export async function hikeDownloadPaths() {
	const hikes = await getHikes();
	return hikes.map((hike) => ({ params: { id: hike.id }, props: { hike } }));
}

/**
 * The GPX and KML downloads: surveyed tracks only. A sample hike's track is drawn, not walked:
 * it is no navigation data, so it is offered neither for download nor for offline use.
 */
export async function hikeNavigationPaths() {
	return (await hikeDownloadPaths()).filter(({ props }) => !props.hike.data.sample);
}

/** One pre-rendered list page per filter value, so the filters work without JavaScript. */
export async function hikeFacetPaths() {
	const hikes = await getHikes();
	return facetPages(hikes.map((hike) => hikeFacets(hike.id, hike.data))).map((facet) => ({
		params: { facet: facet.id },
		props: { facet },
	}));
}

/** One page per sector, village, theme and experience. */
export async function sectorPaths() {
	const sectors = await getSectors();
	return sectors.map((sector) => ({ params: { sector: sector.id }, props: { sector } }));
}

export async function villagePaths() {
	const villages = await getVillages();
	return villages.map((village) => ({ params: { village: village.id }, props: { village } }));
}

export async function themePaths() {
	const themes = await getThemes();
	return themes.map((theme) => ({ params: { theme: theme.id }, props: { theme } }));
}

export async function experiencePaths() {
	const experiences = await getExperiences();
	return experiences.map((experience) => ({
		params: { experience: experience.id },
		props: { experience },
	}));
}

/** The PDF of every brochure. */
export async function brochurePaths() {
	const brochures = await getCollection('brochures');
	return brochures.map((brochure) => ({ params: { id: brochure.id }, props: { brochure } }));
}
