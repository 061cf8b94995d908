import type { APIRoute } from 'astro';
import { kmlResponse } from '../../../lib/hikes/endpoints';
import { hikeNavigationPaths } from '../../../lib/paths';

export const getStaticPaths = hikeNavigationPaths;
export const GET: APIRoute = (context) => kmlResponse(context, 'en');
