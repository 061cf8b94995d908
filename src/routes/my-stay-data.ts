/** The catalogue "My stay" reads, in the language of its route. */
import type { APIRoute } from 'astro';
import { localeOfPath } from '~/lib/i18n/routes';
import { stayCatalogueEndpoint } from '~/lib/my-stay/build';

export const GET: APIRoute = (context) =>
	stayCatalogueEndpoint(localeOfPath(context.url.pathname))(context);
