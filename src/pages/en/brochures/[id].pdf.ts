import type { APIRoute } from 'astro';
import { brochurePdfResponse } from '../../../lib/brochures/endpoints';
import { brochurePaths } from '../../../lib/paths';

export const getStaticPaths = brochurePaths;
export const GET: APIRoute = (context) => brochurePdfResponse(context, 'en');
