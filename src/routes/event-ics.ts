/** An event's iCalendar file, in the language of its route. */
import type { APIRoute } from 'astro';
import { eventIcsResponse } from '~/lib/events/endpoints';
import { eventPaths } from '~/lib/events/pages';
import { localeOfPath } from '~/lib/i18n/routes';

export const getStaticPaths = eventPaths;
export const GET: APIRoute = (context) =>
	eventIcsResponse(context, localeOfPath(context.url.pathname));
