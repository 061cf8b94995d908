/** The partnership guide (PDF), in the language of its route. */
import type { APIRoute } from 'astro';
import { partnershipGuideResponse } from '~/lib/brochures/endpoints';
import { localeOfPath } from '~/lib/i18n/routes';

export const GET: APIRoute = ({ url }) => partnershipGuideResponse(localeOfPath(url.pathname));
