/**
 * The agenda's static iCalendar endpoints: each event's .ics file and the calendar feeds (the
 * whole area and each sector), in each language, written once per build.
 */
import type { APIContext } from 'astro';
import type { Locale } from '../i18n/locales';
import { eventCalendar, feedCalendar } from './ics-files';
import { agendaModel, type EventRecord } from './pages';

const calendar = (body: string) =>
	new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

export async function eventIcsResponse(api: APIContext, locale: Locale): Promise<Response> {
	const { event } = api.props as { event: EventRecord };
	const site = api.site ?? new URL(api.url.origin);
	return calendar(eventCalendar(event, locale, site, await agendaModel()));
}

export async function feedIcsResponse(api: APIContext, locale: Locale): Promise<Response> {
	const { scope } = api.props as { scope: string };
	const site = api.site ?? new URL(api.url.origin);
	return calendar(feedCalendar(scope, locale, site, await agendaModel()));
}
