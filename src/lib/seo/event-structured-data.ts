/**
 * JSON-LD for an event's page: one schema.org Event per upcoming date — as search engines ask for
 * events on several dates — or per long run (an exhibition from June to September), each with its
 * place, organiser, price and times with their offset from UTC (+02:00 in summer, +01:00 in
 * winter, computed for each date).
 * @see https://developers.google.com/search/docs/appearance/structured-data/event
 * @see https://schema.org/Event
 */
import type { AgendaSlot } from '../calendar/occurrences';
import { parisIsoDateTime } from '../calendar/paris-time';
import type { GeoPoint } from '../geo/territory';

export interface EventJsonLdInput {
	url: string;
	name: string;
	description: string;
	/** The event's lines still to come (src/lib/calendar/occurrences.ts agendaSlots). */
	slots: readonly Pick<AgendaSlot, 'first' | 'last' | 'start' | 'end'>[];
	place: {
		name: string;
		street?: string | undefined;
		locality: string;
		postalCode?: string | undefined;
		location?: GeoPoint | undefined;
	};
	organiser?: { name: string; url?: string | undefined } | undefined;
	free: boolean;
	price?: { from?: number | undefined; to?: number | undefined } | undefined;
	bookingUrl?: string | undefined;
	image: string;
	language: string;
}

/** "2027-03-28" + "10:00" → "2027-03-28T10:00:00+02:00"; a date alone stays a date. */
const dateTime = (date: string, time?: string) => (time ? parisIsoDateTime(date, time) : date);

export function eventJsonLd(input: EventJsonLdInput): object[] {
	const location = {
		'@type': 'Place',
		name: input.place.name,
		address: {
			'@type': 'PostalAddress',
			...(input.place.street ? { streetAddress: input.place.street } : {}),
			addressLocality: input.place.locality,
			...(input.place.postalCode ? { postalCode: input.place.postalCode } : {}),
			addressCountry: 'FR',
		},
		...(input.place.location
			? {
					geo: {
						'@type': 'GeoCoordinates',
						latitude: input.place.location.lat,
						longitude: input.place.location.lon,
					},
				}
			: {}),
	};
	const offers =
		input.free || input.price?.from !== undefined
			? {
					offers: {
						'@type': 'Offer',
						price: input.free ? 0 : input.price?.from,
						priceCurrency: 'EUR',
						availability: 'https://schema.org/InStock',
						url: input.bookingUrl ?? input.url,
					},
				}
			: {};
	return input.slots.map((slot) => ({
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: input.name,
		description: input.description,
		url: input.url,
		image: [input.image],
		inLanguage: input.language,
		startDate: dateTime(slot.first, slot.start),
		endDate: dateTime(slot.last, slot.end ?? slot.start),
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		location,
		...(input.organiser
			? {
					organizer: {
						'@type': 'Organization',
						name: input.organiser.name,
						...(input.organiser.url ? { url: input.organiser.url } : {}),
					},
				}
			: {}),
		isAccessibleForFree: input.free,
		...offers,
	}));
}
