/**
 * DATAtourisme event (`schema:Event`, dates in `takesPlaceAt`) → entry data for the events
 * collection. The field names follow src/schemas/event.ts (title, summary, village, category,
 * occurrences, free); the extra fields (location, contact, sourceId…) are there for the events
 * pages to use. Titles and summaries are feed text: French always, English when the feed has it.
 */
import { localName } from './vocabulary';
import {
	asArray,
	dateOf,
	feedText,
	firstNode,
	isNode,
	nodesOf,
	stringsOf,
	timeOf,
	typesOf,
	type Node,
} from './jsonld';
import {
	entryIdFor,
	readCommon,
	type FeedMapping,
	type FeedText,
	type MappingContext,
	type Problem,
} from './map-provider';
import type { GeoPoint } from '../geo/territory';
import { normalizeFrenchPhone } from '../phone';

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

/** More specific classes win over the generic ones (`CulturalEvent` is also on exhibitions). */
const GENERIC_EVENT_CLASSES = new Set(['CulturalEvent']);

export interface Occurrence {
	date: string;
	start?: string;
	end?: string;
}

export interface MappedEvent {
	title: FeedText;
	summary?: FeedText;
	description?: FeedText;
	village: string;
	location: GeoPoint;
	address: { street: string[]; postalCode?: string; locality: string };
	category: string;
	occurrences: Occurrence[];
	free?: boolean;
	contact: { phones: string[]; email?: string; url?: string };
	sourceId: string;
	sample: boolean;
}

/** How many days one period may expand to: a three-year exhibition is not 1,000 dates. */
const MAX_DAYS_PER_PERIOD = 366;
const DAY_MS = 86_400_000;

/** The category of an event from its classes; the most specific match wins. */
export function eventCategoryOf(types: string[]): string | undefined {
	const names = new Set(types.map(localName));
	const specific = EVENT_CLASSES.find(([, classes]) =>
		classes.some((name) => names.has(name) && !GENERIC_EVENT_CLASSES.has(name)),
	);
	if (specific) return specific[0];
	return EVENT_CLASSES.find(([, classes]) => classes.some((name) => names.has(name)))?.[0];
}

/**
 * The dates of an event, sorted and without duplicates: every day of every `takesPlaceAt`
 * period (with its start and end times), or the top-level `schema:startDate` list without one.
 */
export function occurrencesOf(object: Node): Occurrence[] {
	const byKey = new Map<string, Occurrence>();
	const add = (occurrence: Occurrence) =>
		byKey.set(`${occurrence.date} ${occurrence.start ?? ''}`, occurrence);
	const periods = nodesOf(object, 'takesPlaceAt');
	for (const period of periods) {
		const start = dateOf(period['startDate']);
		const end = dateOf(period['endDate']) ?? start;
		if (!start || !end) continue;
		const startTime = timeOf(period['startTime']);
		const endTime = timeOf(period['endTime']);
		const first = Date.parse(`${start}T00:00:00Z`);
		const last = Math.min(
			Date.parse(`${end}T00:00:00Z`),
			first + (MAX_DAYS_PER_PERIOD - 1) * DAY_MS,
		);
		for (let day = first; day <= last; day += DAY_MS) {
			const occurrence: Occurrence = { date: new Date(day).toISOString().slice(0, 10) };
			if (startTime) occurrence.start = startTime;
			if (endTime && (!startTime || endTime > startTime)) occurrence.end = endTime;
			add(occurrence);
		}
	}
	if (periods.length === 0) {
		for (const value of asArray(object['schema:startDate'])) {
			const date = dateOf(value);
			if (date) add({ date });
		}
	}
	return [...byKey.values()].sort(
		(a, b) => a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? ''),
	);
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
	const occurrences = occurrencesOf(object);
	if (occurrences.length === 0) problems.push({ field: 'takesPlaceAt', reason: 'no dates' });
	if (problems.length > 0 || !common.label || !common.point || !common.village || !category) {
		return { ok: false, sourceId, problems, warnings };
	}
	const description = firstNode(object, 'hasDescription');
	const contactAgent = firstNode(object, 'hasContact');
	const data: MappedEvent = {
		title: common.label,
		village: common.village.id,
		location: common.point,
		address: {
			street: common.address.street,
			locality: common.address.locality ?? common.village.name,
			...(common.address.postalCode ? { postalCode: common.address.postalCode } : {}),
		},
		category,
		occurrences,
		contact: {
			phones: stringsOf(contactAgent?.['schema:telephone'])
				.map(normalizeFrenchPhone)
				.filter((phone): phone is string => phone !== null),
			...(stringsOf(contactAgent?.['schema:email'])[0]
				? { email: stringsOf(contactAgent?.['schema:email'])[0] }
				: {}),
			...(stringsOf(contactAgent?.['foaf:homepage'])[0]
				? { url: stringsOf(contactAgent?.['foaf:homepage'])[0] }
				: {}),
		},
		sourceId,
		sample: object['sample'] === true,
	};
	const summary = feedText(description?.['shortDescription']) ?? feedText(object['rdfs:comment']);
	if (summary) data.summary = summary;
	const longDescription = feedText(description?.['dc:description']);
	if (longDescription) data.description = longDescription;
	const free = nodesOf(object, 'offers').some((offer) =>
		asArray(offer['schema:priceSpecification']).some(
			(spec) => isNode(spec) && stringsOf(spec['schema:price'])[0] === '0',
		),
	);
	if (free) data.free = true;
	if (!common.label.en)
		warnings.push({
			field: 'rdfs:label.en',
			reason: 'no English title: the English page shows the French one',
		});
	return { ok: true, id: entryIdFor(sourceId, common.label.fr), sourceId, data, warnings };
}
