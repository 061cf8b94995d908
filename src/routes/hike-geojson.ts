/** A hike's or an itinerary's GeoJSON file, in the language of its route. */
import type { APIRoute } from 'astro';
import { geoJsonResponse } from '~/lib/hikes/endpoints';
import { localeOfPath } from '~/lib/i18n/routes';
import { hikeAndItineraryPaths } from '~/lib/paths';

export const getStaticPaths = hikeAndItineraryPaths;
export const GET: APIRoute = (context) =>
	geoJsonResponse(context, localeOfPath(context.url.pathname));
