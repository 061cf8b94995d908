import type { APIRoute } from 'astro';
import { trackResponse } from '~/lib/hikes/endpoints';
import { hikeDownloadPaths } from '~/lib/paths';

export const getStaticPaths = hikeDownloadPaths;
export const GET: APIRoute = (context) => trackResponse(context);
