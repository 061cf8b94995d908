/**
 * The "My stay" catalogue of this build, in one language (see catalogue.ts): every member of the
 * feed, every hike and every event with a date still to come, with what the page shows of each.
 */
import type { APIRoute } from 'astro';
import { agendaModel } from '../events/pages';
import { localText } from '../events/present';
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import { providerPage } from '../providers/routes';
import { getHikes, getProviders, getVillages } from '../queries';
import { KEPT_LINES, type StayCatalogue, type StayItem, type StaySlot } from './catalogue';

const round = (value: number) => Math.round(value * 1e5) / 1e5;
const point = (location: { lat: number; lon: number }): [number, number] => [
	round(location.lat),
	round(location.lon),
];

export async function stayCatalogue(locale: Locale): Promise<StayCatalogue> {
	const [providers, hikes, villages, agenda] = await Promise.all([
		getProviders(),
		getHikes(),
		getVillages(),
		agendaModel(),
	]);
	const villageName = new Map(villages.map((village) => [village.id, village.data.name]));
	const items: Record<string, StayItem> = {};
	for (const provider of providers) {
		const data = provider.data;
		items[`p:${provider.id}`] = {
			k: data.category,
			t: data.name,
			u: pathTo(providerPage(data.category, provider.id), locale),
			v: villageName.get(data.village.id) ?? '',
			g: point(data.location),
			m: data.kinds[0] ?? data.category,
			...(data.sample ? { ex: 1 as const } : {}),
		};
	}
	for (const hike of hikes) {
		items[`h:${hike.id}`] = {
			k: 'hike',
			t: hike.data.title[locale],
			u: pathTo({ route: 'hike', id: hike.id }, locale),
			v: hike.data.startName,
			g: point(hike.data.start),
			m: `hike-${hike.data.difficulty}`,
			...(hike.data.sample ? { ex: 1 as const } : {}),
		};
	}
	const slots = new Map<string, StaySlot[]>();
	for (const { event, slot } of agenda.items) {
		const line: StaySlot = { f: slot.first, x: slot.endsAt };
		if (slot.last !== slot.first) line.l = slot.last;
		if (slot.start) line.s = slot.start;
		if (slot.end) line.e = slot.end;
		slots.set(event.id, [...(slots.get(event.id) ?? []), line]);
	}
	for (const event of agenda.upcoming) {
		const title = localText(event.data.title, locale);
		const item: StayItem = {
			k: 'event',
			t: title.text,
			u: pathTo({ route: 'event', id: event.id }, locale),
			v: event.villageEntry?.data.name ?? event.data.place.town ?? '',
			m: event.data.category,
			d: (slots.get(event.id) ?? [])
				.sort((a, b) => a.f.localeCompare(b.f) || (a.s ?? '').localeCompare(b.s ?? ''))
				.slice(0, KEPT_LINES),
		};
		if (title.lang) item.tl = title.lang;
		if (event.data.sample) item.ex = 1;
		if (event.location) item.g = point(event.location);
		items[`e:${event.id}`] = item;
	}
	return { v: 1, today: agenda.today, items };
}

/** The catalogue's endpoint, shared by the French and English routes. */
export function stayCatalogueEndpoint(locale: Locale): APIRoute {
	return async () =>
		new Response(JSON.stringify(await stayCatalogue(locale)), {
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		});
}
