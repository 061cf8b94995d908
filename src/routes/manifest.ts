/** The web app manifest, in the language of its route. */
import type { APIRoute } from 'astro';
import { localeOfPath } from '~/lib/i18n/routes';
import { manifestResponse } from '~/lib/offline/endpoints';

export const GET: APIRoute = ({ url }) => manifestResponse(localeOfPath(url.pathname));
