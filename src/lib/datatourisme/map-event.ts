/**
 * DATAtourisme event (`schema:Event`, dates in `takesPlaceAt`) → entry data for the events
 * collection, in the shape of src/schemas/event.ts: title, summary, description, category,
 * occurrences (one per day, Paris wall-clock times), village, place, contact, booking, price,
 * accessibility. Titles and summaries are feed text: French always, English when the feed has it.
 *
 * As for providers, a bad object is skipped with the reasons, never dropped silently: besides
 * the common rules (no @id, no French name, no coordinates, outside the territory, a commune
 * that is not a village), an event with no category, no dates, or a period that ends before
 * it starts. An evening that ends after midnight keeps its start time. The collection schema then refuses dates outside
 * the plausible range.
 */
import { withAncestors } from './ontology';
import { localName } from './vocabulary';
import {
	asArray,
	booleanOf,
	dateOf,
	firstNode,
	isNode,
	nodesOf,
	numberOf,
	timeOf,
	typesOf,
	type Node,
} from './jsonld';
import { contactOf, type Contact } from './contacts';
import { describe } from './description';
import { entryIdFor } from './identity';
import type { FeedMapping, FeedText, MappingContext, Problem } from './mapping';
import { imagesOf, type Image } from './photos';
import { readCommon } from './place';
import type { GeoPoint } from '../geo/territory';

/** The agenda's categories (src/schemas/event.ts), by DATAtourisme class. */
const EVENT_CLASSES: [string, string[]][] = [
	['market', ['Market', 'SaleEvent', 'FleaMarket', 'GarageSale']],
	['fair', ['FairOrShow', 'TradeShow', 'Fair', 'LocalAnimation']],
	['concert', ['Concert', 'MusicEvent']],
	[
		'festival',
		['Festival', 'CulturalEvent', 'ShowEvent', 'TheaterEvent', 'ScreeningEvent', 'DanceEvent'],
	],
	['exhibition', ['Exhibition', 'ExhibitionEvent', 'VisualArtsEvent']],
	['workshop', ['Workshop', 'EducationEvent', 'Course', 'Internship']],
	['talk', ['Conference', 'Talk', 'Reading', 'Lecture']],
	['sport', ['SportsEvent', 'SportsCompetition', 'SportsDemonstration']],
	['guided-walk', ['GuidedTour', 'Visit', 'WalkingTour', 'Hike']],
];

/**
 * Categories by family of the ontology's event classes, for the classes the table above does
 * not name (a carnival, a harvest, a rally); any other event is a festival, the agenda's
 * most general category.
 */
const EVENT_FAMILIES: [string, string][] = [
	['SaleEvent', 'market'],
	['SocialEvent', 'fair'],
	['SportsEvent', 'sport'],
	['BusinessEvent', 'talk'],
	['CulturalEvent', 'festival'],
	['EntertainmentAndEvent', 'festival'],
];

/** More specific classes win over the generic ones (`CulturalEvent` is also on exhibitions). */
const GENERIC_EVENT_CLASSES = new Set(['CulturalEvent']);

export interface Occurrence {
	date: string;
	start?: string;
	end?: string;
}

export interface MappedEvent {
	title: FeedText;
	summary: FeedText;
	description?: FeedText;
	village: string;
	place: { address?: string; location: GeoPoint };
	category: string;
	occurrences: Occurrence[];
	free?: boolean;
	price?: { from?: number; to?: number };
	contact: Contact;
	booking?: { phone?: string; email?: string; url?: string };
	accessibility?: { wheelchair: boolean };
	/** The feed's photos (downloaded by the build: src/lib/remote-photos/). */
	images: Image[];
	lastUpdate?: string;
	sourceId: string;
	sample: boolean;
}

/** How many days one period may expand to: a three-year exhibition is not 1,000 dates. */
const MAX_DAYS_PER_PERIOD = 366;
const DAY_MS = 86_400_000;
/**
 * An end time before the start time is the next day when the event then lasts at most this
 * long (a concert from 21:00 to 01:00); longer (21:00 to 18:00) is a typing error.
 */
const MAX_OVERNIGHT_MINUTES = 12 * 60;

/** "21:30" → 1290. */
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The category of an event from its classes; the most specific match wins. */
export function eventCategoryOf(types: string[]): string | undefined {
	const names = new Set(types.map(localName));
	const specific = EVENT_CLASSES.find(([, classes]) =>
		classes.some((name) => names.has(name) && !GENERIC_EVENT_CLASSES.has(name)),
	);
	if (specific) return specific[0];
	const generic = EVENT_CLASSES.find(([, classes]) => classes.some((name) => names.has(name)));
	if (generic) return generic[0];
	// A class of the ontology the table does not name: its family's category.
	const ancestors = withAncestors(names);
	return EVENT_FAMILIES.find(([family]) => ancestors.has(family))?.[1];
}

/**
 * The dates of an event, sorted and without duplicates: every day of every `takesPlaceAt`
 * period (with its start and end times), or the top-level `schema:startDate` list without one.
 * A period that ends before it starts is a problem; one whose end time is not after its start
 * time ends the next day (21:00 – 01:00) when that makes it last at most 12 hours: it keeps its
 * start time, and its end time is left out with a warning; otherwise (21:00 – 18:00) it is a
 * problem. Days are counted on the calendar, so a period across a change to or from
 * summer time keeps its wall-clock times.
 */
export function readOccurrences(object: Node): {
	occurrences: Occurrence[];
	problems: Problem[];
	warnings: Problem[];
} {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const byKey = new Map<string, Occurrence>();
	const add = (occurrence: Occurrence) =>
		byKey.set(`${occurrence.date} ${occurrence.start ?? ''}`, occurrence);
	const periods = nodesOf(object, 'takesPlaceAt');
	periods.forEach((period, index) => {
		const start = dateOf(period['startDate']);
		const end = dateOf(period['endDate']) ?? start;
		if (!start || !end) return;
		const field = `takesPlaceAt[${index}]`;
		if (end < start) {
			problems.push({
				field: `${field}.endDate`,
				reason: `${end} is before the period's start (${start})`,
			});
			return;
		}
		const startTime = timeOf(period['startTime']);
		let endTime = timeOf(period['endTime']);
		if (startTime && endTime && endTime <= startTime) {
			if (minutes(endTime) + 24 * 60 - minutes(startTime) > MAX_OVERNIGHT_MINUTES) {
				problems.push({
					field: `${field}.endTime`,
					reason: `ends at ${endTime}, before it starts at ${startTime}`,
				});
				return;
			}
			// 21:00 – 01:00: it ends the next day. The agenda's times are those of one day, so
			// the evening is kept with its start time and the end time is left out.
			warnings.push({
				field: `${field}.endTime`,
				reason: `ends at ${endTime} the next day (starts at ${startTime}): the end time is left out`,
			});
			endTime = undefined;
		}
		const first = Date.parse(`${start}T00:00:00Z`);
		const last = Math.min(
			Date.parse(`${end}T00:00:00Z`),
			first + (MAX_DAYS_PER_PERIOD - 1) * DAY_MS,
		);
		for (let day = first; day <= last; day += DAY_MS) {
			const occurrence: Occurrence = { date: new Date(day).toISOString().slice(0, 10) };
			if (startTime) occurrence.start = startTime;
			if (startTime && endTime) occurrence.end = endTime;
			add(occurrence);
		}
	});
	if (periods.length === 0) {
		for (const value of asArray(object['schema:startDate'])) {
			const date = dateOf(value);
			if (date) add({ date });
		}
	}
	const occurrences = [...byKey.values()].sort(
		(a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
	);
	return { occurrences, problems, warnings };
}

/** The dates of an event (see readOccurrences), without the problems. */
export const occurrencesOf = (object: Node): Occurrence[] => readOccurrences(object).occurrences;

/** Lowest and highest prices of `offers`, and whether one of them is free (price 0). */
function pricesOf(object: Node): { free: boolean; from?: number; to?: number } {
	const amounts: number[] = [];
	for (const offer of nodesOf(object, 'offers'))
		for (const specification of asArray(offer['schema:priceSpecification']).filter(isNode))
			for (const property of ['schema:price', 'schema:minPrice', 'schema:maxPrice'])
				for (const value of asArray(specification[property])) {
					const amount = numberOf(value);
					if (amount !== undefined && Number.isFinite(amount) && amount >= 0) amounts.push(amount);
				}
	if (amounts.length === 0) return { free: false };
	const paid = amounts.filter((amount) => amount > 0);
	if (paid.length === 0) return { free: true };
	return { free: false, from: Math.min(...paid), to: Math.max(...paid) };
}

/** Maps one event object. */
export function mapEvent(
	object: Node,
	context: MappingContext,
	position = 'object',
): FeedMapping<MappedEvent> {
	const warnings: Problem[] = [];
	const common = readCommon(object, context, position);
	const { problems, sourceId } = common;
	const category = eventCategoryOf(typesOf(object));
	if (!category)
		problems.push({
			field: '@type',
			reason: `no category of the agenda for the classes ${typesOf(object).join(', ')}`,
		});
	const dates = readOccurrences(object);
	problems.push(...dates.problems);
	warnings.push(...dates.warnings);
	if (dates.occurrences.length === 0 && dates.problems.length === 0)
		problems.push({ field: 'takesPlaceAt', reason: 'no dates' });
	if (problems.length > 0 || !common.label || !common.point || !common.village || !category) {
		return { ok: false, sourceId, problems, warnings };
	}
	const described = describe(object, warnings);
	const longDescription = described.description;
	let summary = described.summary;
	if (!summary) {
		summary = common.label;
		warnings.push({
			field: 'hasDescription.shortDescription',
			reason: 'no description: lists show the title alone',
		});
	}
	const address = [
		common.address.street.join(', '),
		[common.address.postalCode, common.address.locality ?? common.village.name]
			.filter(Boolean)
			.join(' '),
	]
		.filter(Boolean)
		.join(', ');
	const data: MappedEvent = {
		title: common.label,
		summary,
		village: common.village.id,
		place: { ...(address ? { address } : {}), location: common.point },
		category,
		occurrences: dates.occurrences,
		contact: contactOf(firstNode(object, 'hasContact'), 'hasContact', warnings),
		images: imagesOf(object),
		sourceId,
		sample: object['sample'] === true,
	};
	if (longDescription) data.description = longDescription;
	const prices = pricesOf(object);
	if (prices.free) data.free = true;
	if (prices.from !== undefined)
		data.price = { from: prices.from, ...(prices.to !== prices.from ? { to: prices.to } : {}) };
	const bookingAgent = firstNode(object, 'hasBookingContact');
	if (bookingAgent) {
		const booking = contactOf(bookingAgent, 'hasBookingContact', warnings);
		data.booking = {
			...(booking.phones[0] ? { phone: booking.phones[0] } : {}),
			...(booking.email ? { email: booking.email } : {}),
			...(booking.url ? { url: booking.url } : {}),
		};
	}
	const access = booleanOf(
		firstNode(object, 'isLocatedAt')?.['reducedMobilityAccess'] ?? object['reducedMobilityAccess'],
	);
	if (access !== undefined) data.accessibility = { wheelchair: access };
	const lastUpdate = dateOf(object['lastUpdate']);
	if (lastUpdate) data.lastUpdate = lastUpdate;
	if (!common.label.en)
		warnings.push({
			field: 'rdfs:label.en',
			reason: 'no English title: the English page shows the French one',
		});
	return { ok: true, id: entryIdFor(sourceId, common.label.fr), sourceId, data, warnings };
}
