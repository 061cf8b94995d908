/** A brochure's PDF, in the language of its route. */
import type { APIRoute } from 'astro';
import { brochurePdfResponse } from '~/lib/brochures/endpoints';
import { localeOfPath } from '~/lib/i18n/routes';
import { brochurePaths } from '~/lib/paths';

export const getStaticPaths = brochurePaths;
export const GET: APIRoute = (context) =>
	brochurePdfResponse(context, localeOfPath(context.url.pathname));
