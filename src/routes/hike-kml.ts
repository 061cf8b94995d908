/** A surveyed hike's KML file, in the language of its route. */
import type { APIRoute } from 'astro';
import { kmlResponse } from '~/lib/hikes/endpoints';
import { localeOfPath } from '~/lib/i18n/routes';
import { hikeNavigationPaths } from '~/lib/paths';

export const getStaticPaths = hikeNavigationPaths;
export const GET: APIRoute = (context) => kmlResponse(context, localeOfPath(context.url.pathname));
