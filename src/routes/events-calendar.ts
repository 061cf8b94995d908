/** A calendar feed (the whole area, or a sector), in the language of its route. */
import type { APIRoute } from 'astro';
import { feedIcsResponse } from '~/lib/events/endpoints';
import { calendarPaths } from '~/lib/events/pages';
import { localeOfPath } from '~/lib/i18n/routes';

export const getStaticPaths = calendarPaths;
export const GET: APIRoute = (context) =>
	feedIcsResponse(context, localeOfPath(context.url.pathname));
