import type { APIRoute } from 'astro';
import { geoJsonResponse } from '../../../lib/hikes/endpoints';
import { hikeAndItineraryPaths } from '../../../lib/paths';

export const getStaticPaths = hikeAndItineraryPaths;
export const GET: APIRoute = (context) => geoJsonResponse(context, 'en');
