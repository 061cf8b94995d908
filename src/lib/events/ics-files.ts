/**
 * The agenda's iCalendar files in a language: one event's ("add to my calendar") and the feeds
 * that calendars subscribe to (the whole area, each sector). Text in the page's language; a
 * feed event's French text where the feed has no English.
 */
import { icsCalendar } from '../calendar/ics';
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import { useTranslations } from '../i18n/ui';
import { feedSince, icsEventsOf } from './calendar';
import type { AgendaModel, EventRecord } from './pages';
import { WHOLE_AREA } from './pages';
import { localText, priceText } from './present';

/** The place of an event in words: "Salle des fêtes, Vialas" or "Centre de congrès, 50 quai…, Lyon". */
export function placeText(event: EventRecord): string {
	const place = event.data.place;
	return [
		event.host?.data.name ?? place.name,
		place.address,
		event.villageEntry?.data.name ?? place.town,
	]
		.filter((part): part is string => Boolean(part))
		.join(', ');
}

/** An event's title in a calendar: a sample event's reads "[Exemple] …", so that it is never taken for real. */
export function calendarTitle(event: EventRecord, locale: Locale): string {
	const title = localText(event.data.title, locale).text;
	return event.data.sample ? `[${useTranslations(locale)('sample.mark')}] ${title}` : title;
}

/** One event as VEVENTs, in a language. */
function calendarEventsOf(event: EventRecord, locale: Locale, site: URL, agenda: AgendaModel) {
	const t = useTranslations(locale);
	const url = new URL(pathTo({ route: 'event', id: event.id }, locale), site).href;
	const price = priceText(event.data, locale, t);
	const description = [
		event.data.sample ? t('event.sampleCalendar') : '',
		localText(event.data.summary, locale).text,
		price ? t('event.priceLine', { price }) : '',
		event.data.membersOnly ? t('event.membersOnly') : '',
		url,
	]
		.filter(Boolean)
		.join('\n\n');
	return icsEventsOf(
		{
			id: event.id,
			title: calendarTitle(event, locale),
			description,
			occurrences: event.data.occurrences,
			location: placeText(event),
			geo: event.location,
			url,
			categories: [t(`map.kind.${event.data.category}`)],
		},
		feedSince(agenda.today),
	);
}

const LANGUAGE = { fr: 'FR', en: 'EN' } as const;

/** The .ics file of one event. */
export function eventCalendar(
	event: EventRecord,
	locale: Locale,
	site: URL,
	agenda: AgendaModel,
): string {
	return icsCalendar({
		name: calendarTitle(event, locale),
		language: LANGUAGE[locale],
		stamp: agenda.now,
		events: calendarEventsOf(event, locale, site, agenda),
	});
}

/** A calendar feed: the whole area (WHOLE_AREA) or one sector. */
export function feedCalendar(
	scope: string,
	locale: Locale,
	site: URL,
	agenda: AgendaModel,
): string {
	const t = useTranslations(locale);
	const sector = agenda.sectors.find((candidate) => candidate.id === scope);
	if (scope !== WHOLE_AREA && !sector) throw new Error(`Unknown calendar "${scope}"`);
	const events = agenda.events.filter((event) => scope === WHOLE_AREA || event.sector === scope);
	return icsCalendar({
		name: sector
			? t('events.feed.nameSector', { sector: sector.data.name })
			: t('events.feed.name'),
		description: t('events.feed.description'),
		language: LANGUAGE[locale],
		stamp: agenda.now,
		events: events.flatMap((event) => calendarEventsOf(event, locale, site, agenda)),
	});
}
