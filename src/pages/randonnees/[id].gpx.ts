import type { APIRoute } from 'astro';
import { gpxResponse } from '../../lib/hikes/endpoints';
import { hikeNavigationPaths } from '../../lib/paths';

export const getStaticPaths = hikeNavigationPaths;
export const GET: APIRoute = (context) => gpxResponse(context, 'fr');
