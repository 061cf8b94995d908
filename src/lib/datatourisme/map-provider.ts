/**
 * DATAtourisme object → provider entry. Pure: JSON in, entry data (or the reasons it is
 * rejected) out, so every mapping rule is tested directly (tests/unit/lib/datatourisme/).
 *
 * A rejected ("bad") object is one the site cannot show truthfully: no `@id`, no French name,
 * no usable coordinates, coordinates outside the territory, a commune that is not one of the
 * territory's villages, or no category. Anything else that is wrong (a foreign phone number, a
 * malformed e-mail address) drops that one value with a warning, and unknown fields are ignored.
 */
import { isInTerritory, TERRITORY_BOUNDS, type GeoPoint } from '../geo/territory';
import { WEEKDAYS, type Weekday } from '../opening-hours';
import { normalizeFrenchPhone } from '../phone';
import {
	asArray,
	booleanOf,
	dateOf,
	feedText,
	firstNode,
	firstString,
	idOf,
	nodesOf,
	numberOf,
	stringsOf,
	textIn,
	timeOf,
	typesOf,
	type Node,
} from './jsonld';
import {
	ACCESSIBILITY_VALUES,
	ACCESSIBILITY_WORDS,
	classify,
	KNOWN_LABELS,
	localName,
	SCALES,
	type AccessibilityFamily,
	type ProviderCategory,
	type ProviderKind,
	type ThemeTerm,
} from './vocabulary';
import { cutText, MAX_DESCRIPTION_LENGTH, SUMMARY_LENGTH, summaryOf } from './text';
import { villageFor, type VillageRecord } from './villages';

/** Text in French, and in English when the feed has it. */
export interface FeedText {
	fr: string;
	en?: string;
}

/** A field of the object at fault, and why. */
export interface Problem {
	/** Path of the field in the DATAtourisme object, e.g. `isLocatedAt.schema:geo`. */
	field: string;
	reason: string;
}

export interface Contact {
	name?: string;
	phones: string[];
	email?: string;
	url?: string;
}

export interface Label {
	code: string;
	name: FeedText;
	level?: number;
}

export interface OpeningPeriod {
	from: string;
	to: string;
	hours: { days: Weekday[]; opens: string; closes: string }[];
}

export interface Price {
	min?: number;
	max?: number;
	label?: FeedText;
	per?: string;
}

/** A photo as src/schemas/photo.ts stores it (the one shape of every outside source's photos). */
export interface Image {
	url: string;
	credit?: string;
	license?: string;
	caption?: FeedText;
	width?: number;
	height?: number;
}

/** A provider entry as the collection schema (src/schemas/provider.ts) receives it. */
export interface MappedProvider {
	name: string;
	category: ProviderCategory;
	kinds: ProviderKind[];
	village: string;
	location: GeoPoint;
	address: { street: string[]; postalCode?: string; locality: string };
	summary?: FeedText;
	description?: FeedText;
	contact: Contact;
	booking?: Contact;
	labels: Label[];
	accessibility: AccessibilityFamily[];
	reducedMobilityAccess?: boolean;
	capacity?: number;
	amenities: { code: string; name: FeedText }[];
	prices: Price[];
	pricesText?: FeedText;
	paymentMethods: FeedText[];
	openingPeriods: OpeningPeriod[];
	openingText?: FeedText;
	petsAllowed?: boolean;
	languages: string[];
	images: Image[];
	themes: FeedText[];
	lastUpdate?: string;
	sourceId: string;
	sample: boolean;
}

export interface MappingContext {
	/** The territory's villages (content/villages/). */
	villages: VillageRecord[];
	/**
	 * Whether a point is in the territory; the site's box by default. The tests of the real
	 * reference objects, which are all outside Lozère, read them with `() => true`.
	 */
	isInTerritory?: (point: GeoPoint) => boolean;
}

/** The common part of every mapping result. */
interface Outcome {
	/** The object's `@id` (or a placeholder naming its position when it has none). */
	sourceId: string;
	/** Values left out, with the reason. */
	warnings: Problem[];
}

export type FeedMapping<T> =
	(Outcome & { ok: true; id: string; data: T }) | (Outcome & { ok: false; problems: Problem[] });

/** How many photos an entry keeps (the feed may list forty). */
const MAX_IMAGES = 12;

/** A stable 32-bit FNV-1a hash, as 8 hex digits. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** "La Maison à Côté" → "la-maison-a-cote". */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/**
 * The entry id, which is also the page's address: the name, then the first 8 hex digits of the
 * DATAtourisme identifier so that two businesses of the same name stay apart
 * (`https://data.datatourisme.fr/58/004729f1-…` → `la-maison-a-cote-004729f1`).
 */
export function entryIdFor(sourceId: string, name: string): string {
	const uuid = sourceId.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i)?.[0];
	const suffix = uuid ? uuid.slice(0, 8).toLowerCase() : shortHash(sourceId);
	const slug = slugify(name);
	return slug ? `${slug}-${suffix}` : suffix;
}

/** The object's place: `isLocatedAt`, the first one. */
const placeOf = (object: Node) => firstNode(object, 'isLocatedAt');

/** Coordinates of an object, or the problem with them. */
export function locationOf(object: Node): { point?: GeoPoint; problem?: Problem } {
	const geo = firstNode(placeOf(object), 'schema:geo');
	if (!geo) return { problem: { field: 'isLocatedAt.schema:geo', reason: 'no coordinates' } };
	const lat = numberOf(geo['schema:latitude']);
	const lon = numberOf(geo['schema:longitude']);
	for (const [name, value] of [
		['schema:latitude', lat],
		['schema:longitude', lon],
	] as const) {
		if (value === undefined) {
			return { problem: { field: `isLocatedAt.schema:geo.${name}`, reason: 'missing' } };
		}
		if (Number.isNaN(value)) {
			return {
				problem: {
					field: `isLocatedAt.schema:geo.${name}`,
					reason: `"${firstString(geo[name]) ?? ''}" is not a number`,
				},
			};
		}
	}
	return { point: { lat: lat as number, lon: lon as number } };
}

/** The address and the commune an object states. */
function addressOf(object: Node) {
	const address = firstNode(placeOf(object), 'schema:address');
	const city = firstNode(address, 'hasAddressCity');
	const cityName = textIn(city?.['rdfs:label'], 'fr');
	const locality = firstString(address?.['schema:addressLocality']) ?? cityName;
	const postalCode = firstString(address?.['schema:postalCode']);
	return {
		street: stringsOf(address?.['schema:streetAddress']),
		postalCode: postalCode && /^\d{5}$/.test(postalCode) ? postalCode : undefined,
		locality,
		city: {
			insee: firstString(city?.['insee']),
			names: [locality, cityName].filter((name): name is string => name !== undefined),
		},
	};
}

/** A contact agent (hasContact, hasBookingContact) as the site shows it. */
export function contactOf(agent: Node | undefined, field: string, warnings: Problem[]): Contact {
	const contact: Contact = { phones: [] };
	if (!agent) return contact;
	const name = firstString(agent['schema:legalName']);
	if (name) contact.name = name;
	for (const phone of stringsOf(agent['schema:telephone'])) {
		const e164 = normalizeFrenchPhone(phone);
		if (e164 && !contact.phones.includes(e164)) contact.phones.push(e164);
		else if (!e164)
			warnings.push({
				field: `${field}.schema:telephone`,
				reason: `"${phone}" is not a French phone number: left out`,
			});
	}
	const email = firstString(agent['schema:email']);
	if (email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) contact.email = email;
	else if (email)
		warnings.push({
			field: `${field}.schema:email`,
			reason: `"${email}" is not an e-mail address: left out`,
		});
	const url = firstString(agent['foaf:homepage']);
	if (url && /^https?:\/\//.test(url) && URL.canParse(url)) contact.url = url;
	else if (url)
		warnings.push({
			field: `${field}.foaf:homepage`,
			reason: `"${url}" is not a web address: left out`,
		});
	return contact;
}

/** Labels, graded classifications and Tourisme & Handicap families from `hasReview`. */
export function labelsOf(object: Node): { labels: Label[]; accessibility: AccessibilityFamily[] } {
	const labels = new Map<string, Label>();
	const accessibility = new Set<AccessibilityFamily>();
	const levels = new Map<string, { level: number; name: FeedText }>();
	for (const review of nodesOf(object, 'hasReview')) {
		const value = firstNode(review, 'hasReviewValue');
		const valueId = localName(idOf(value) ?? '');
		const name = feedText(value?.['rdfs:label']) ?? (valueId ? { fr: valueId } : undefined);
		if (!name) continue;
		const scale = SCALES.find((candidate) => candidate.pattern.test(valueId));
		if (scale) {
			const level = Number(valueId.match(scale.pattern)?.[1]);
			levels.set(scale.code, { level, name });
			continue;
		}
		const known = KNOWN_LABELS.find(
			(label) => label.values.includes(valueId) || label.words.test(name.fr),
		);
		const code = known?.code ?? slugify(valueId.replace(/^LabelRating_/, '') || name.fr);
		const family =
			ACCESSIBILITY_VALUES[valueId] ??
			(known?.code === 'tourisme-handicap'
				? ACCESSIBILITY_WORDS.find(([, words]) => words.test(name.fr))?.[0]
				: undefined);
		if (family) accessibility.add(family);
		if (!labels.has(code)) {
			// A Tourisme & Handicap pictogram names one family; the label itself is named once.
			labels.set(
				code,
				code === 'tourisme-handicap'
					? { code, name: { fr: 'Tourisme & Handicap', en: 'Tourisme & Handicap' } }
					: { code, name },
			);
		}
	}
	for (const [code, { level, name }] of levels) {
		const label = labels.get(code);
		if (label) label.level = level;
		else if (code === 'stars') labels.set(code, { code, name, level });
		else labels.set(code, { code, name: KNOWN_NAMES[code] ?? name, level });
	}
	return { labels: [...labels.values()], accessibility: [...accessibility] };
}

/** Names of graded labels when the feed has a level (`2 épis`) but not the label itself. */
const KNOWN_NAMES: Record<string, FeedText> = {
	'gites-de-france': { fr: 'Gîtes de France', en: 'Gîtes de France' },
	clevacances: { fr: 'Clévacances', en: 'Clévacances' },
};

/** `schema:dayOfWeek` → "mo"… */
const DAY_CODES: Record<string, Weekday> = {
	Monday: 'mo',
	Tuesday: 'tu',
	Wednesday: 'we',
	Thursday: 'th',
	Friday: 'fr',
	Saturday: 'sa',
	Sunday: 'su',
};

const DAY_MS = 86_400_000;

/**
 * Seasons of opening from `schema:openingHoursSpecification`, as days of the year: the feed's
 * periods carry a year, but a season (1 April – 31 October) is what visitors plan with. A period
 * of a year or more is "all year". Weekly ranges of the same season are merged by opening time.
 */
export function openingPeriodsOf(object: Node): OpeningPeriod[] {
	const seasons = new Map<string, OpeningPeriod>();
	for (const spec of nodesOf(placeOf(object), 'schema:openingHoursSpecification')) {
		const from = dateOf(spec['schema:validFrom']);
		const through = dateOf(spec['schema:validThrough']) ?? from;
		if (!from || !through) continue;
		const span = (Date.parse(`${through}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
		if (!(span >= 0)) continue;
		const season =
			span >= 364 ? { from: '01-01', to: '12-31' } : { from: from.slice(5), to: through.slice(5) };
		const key = `${season.from}/${season.to}`;
		const period = seasons.get(key) ?? { ...season, hours: [] };
		seasons.set(key, period);
		const opens = timeOf(spec['schema:opens']);
		const closes = timeOf(spec['schema:closes']);
		const days = asArray(spec['schema:dayOfWeek'])
			.map((day) => DAY_CODES[localName(idOf(day) ?? '')])
			.filter((day): day is Weekday => day !== undefined);
		if (!opens || !closes || closes <= opens || days.length === 0) continue;
		const range = period.hours.find(
			(candidate) => candidate.opens === opens && candidate.closes === closes,
		);
		if (range)
			range.days = WEEKDAYS.filter((day) => range.days.includes(day) || days.includes(day));
		else period.hours.push({ days: WEEKDAYS.filter((day) => days.includes(day)), opens, closes });
	}
	for (const period of seasons.values())
		period.hours.sort((a, b) => a.opens.localeCompare(b.opens));
	return [...seasons.values()]
		.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
		.slice(0, 12);
}

/** Price lines of `offers`: each min/max pair of a price specification is a line. */
function pricesOf(object: Node) {
	const prices: Price[] = [];
	const paymentMethods = new Map<string, FeedText>();
	let pricesText: FeedText | undefined;
	for (const offer of nodesOf(object, 'offers')) {
		pricesText ??= feedText(offer['TextPriceSpecification']);
		for (const method of nodesOf(offer, 'schema:acceptedPaymentMethod')) {
			const name = feedText(method['rdfs:label']);
			if (name) paymentMethods.set(idOf(method) ?? name.fr, name);
		}
		for (const specification of nodesOf(offer, 'schema:priceSpecification')) {
			const minima = asArray(specification['schema:minPrice']).map(numberOf);
			const maxima = asArray(specification['schema:maxPrice']).map(numberOf);
			const label = feedText(specification['additionalInformation']);
			const per = localName(idOf(firstNode(specification, 'hasPricingMode')) ?? '') || undefined;
			for (let index = 0; index < Math.max(minima.length, maxima.length); index++) {
				const min = minima[index];
				const max = maxima[index];
				const price: Price = {};
				if (min !== undefined && Number.isFinite(min) && min >= 0) price.min = min;
				if (max !== undefined && Number.isFinite(max) && max >= 0) price.max = max;
				if (price.min === undefined && price.max === undefined) continue;
				if (label) price.label = label;
				if (per) price.per = per;
				prices.push(price);
			}
		}
	}
	const result: { prices: Price[]; paymentMethods: FeedText[]; pricesText?: FeedText } = {
		prices,
		paymentMethods: [...paymentMethods.values()],
	};
	if (pricesText) result.pricesText = pricesText;
	return result;
}

/** A pixel count as the feed writes it ("1334", or a number), if it is a positive integer. */
function pixels(value: unknown): number | undefined {
	const number = numberOf(value);
	return number !== undefined && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** Photos: the main representation first, then the others, with their credits. */
export function imagesOf(object: Node): Image[] {
	const images: Image[] = [];
	for (const representation of [
		...nodesOf(object, 'hasMainRepresentation'),
		...nodesOf(object, 'hasRepresentation'),
	]) {
		const resource = firstNode(representation, 'ebucore:hasRelatedResource');
		const url = firstString(resource?.['ebucore:locator']);
		if (!url || !/^https?:\/\//i.test(url) || images.some((image) => image.url === url)) continue;
		const annotation = firstNode(representation, 'ebucore:hasAnnotation');
		const image: Image = { url };
		const credit = stringsOf(annotation?.['credits']).join(', ');
		if (credit) image.credit = credit;
		const license = firstString(annotation?.['ebucore:isCoveredBy']);
		if (license) image.license = license;
		// Not `ebucore:title`: the feeds put the file's name there ("Via ferrata 2 (1)_9").
		const caption = feedText(annotation?.['ebucore:comments']);
		if (caption) image.caption = caption;
		const width = pixels(resource?.['ebucore:width']);
		const height = pixels(resource?.['ebucore:height']);
		if (width && height) Object.assign(image, { width, height });
		images.push(image);
		if (images.length === MAX_IMAGES) break;
	}
	return images;
}

/** Language codes of `availableLanguage`; the feed's "sp" is Spanish. */
function languagesOf(object: Node): string[] {
	const codes = stringsOf(object['availableLanguage'])
		.map((code) => code.toLowerCase())
		.map((code) => (code === 'sp' ? 'es' : code))
		.filter((code) => /^[a-z]{2}$/.test(code));
	return [...new Set(codes)];
}

/** Themes (`hasTheme`) as the classifier reads them and as pages show them. */
function themesOf(object: Node): { terms: ThemeTerm[]; names: FeedText[] } {
	const themes = nodesOf(object, 'hasTheme');
	return {
		terms: themes.map((theme) => ({
			code: localName(idOf(theme) ?? ''),
			labelFr: textIn(theme['rdfs:label'], 'fr'),
		})),
		names: themes
			.map((theme) => feedText(theme['rdfs:label']))
			.filter((name): name is FeedText => name !== undefined),
	};
}

/** A boolean of the place, or of the object itself. */
function flagOf(object: Node, property: string): boolean | undefined {
	return booleanOf(placeOf(object)?.[property] ?? object[property]);
}

/** A feed text cut to `limit` characters in each language; whether it was cut. */
function capped(text: FeedText, limit: number): { text: FeedText; cut: boolean } {
	const fr = cutText(text.fr, limit);
	const en = text.en === undefined ? undefined : cutText(text.en, limit);
	return {
		text: en === undefined ? { fr } : { fr, en },
		cut: fr !== text.fr || en !== text.en,
	};
}

/**
 * The summary and description of an object. The description is capped at
 * MAX_DESCRIPTION_LENGTH characters (with a warning); without a short description
 * (`shortDescription`, else `rdfs:comment`), the summary is the description's first sentences.
 */
export function describe(
	object: Node,
	warnings: Problem[],
): { summary?: FeedText; description?: FeedText } {
	const node = firstNode(object, 'hasDescription');
	let description = feedText(node?.['dc:description']);
	if (description) {
		const result = capped(description, MAX_DESCRIPTION_LENGTH);
		if (result.cut)
			warnings.push({
				field: 'hasDescription.dc:description',
				reason: `longer than ${MAX_DESCRIPTION_LENGTH} characters: cut`,
			});
		description = result.text;
	}
	let summary = feedText(node?.['shortDescription']) ?? feedText(object['rdfs:comment']);
	if (summary) summary = capped(summary, SUMMARY_LENGTH * 2).text;
	else if (description) {
		summary = {
			fr: summaryOf(description.fr),
			...(description.en ? { en: summaryOf(description.en) } : {}),
		};
		warnings.push({
			field: 'hasDescription.shortDescription',
			reason: 'no short description: the first sentences of the description stand in',
		});
	}
	return { ...(summary ? { summary } : {}), ...(description ? { description } : {}) };
}

/** Everything every mapped object needs: identity, name, place and village. */
export function readCommon(object: Node, context: MappingContext, position: string) {
	const problems: Problem[] = [];
	const sourceId =
		typeof object['@id'] === 'string' && object['@id'].trim() !== ''
			? object['@id'].trim()
			: undefined;
	if (!sourceId)
		problems.push({
			field: '@id',
			reason: 'missing: every object needs its DATAtourisme identifier',
		});
	const label = feedText(object['rdfs:label']);
	if (!label) problems.push({ field: 'rdfs:label.fr', reason: 'no French name' });
	const { point, problem } = locationOf(object);
	if (problem) problems.push(problem);
	const address = addressOf(object);
	let village: VillageRecord | undefined;
	if (point) {
		const inTerritory = context.isInTerritory ?? isInTerritory;
		if (!inTerritory(point)) {
			problems.push({
				field: 'isLocatedAt.schema:geo',
				reason: `${point.lat}, ${point.lon} is outside the territory (latitude ${TERRITORY_BOUNDS.south}–${TERRITORY_BOUNDS.north}, longitude ${TERRITORY_BOUNDS.west}–${TERRITORY_BOUNDS.east})`,
			});
		}
		village = villageFor(address.city, point, context.villages);
		if (!village) {
			const commune = address.city.names[0] ?? 'no commune named';
			problems.push({
				field: 'isLocatedAt.schema:address.hasAddressCity',
				reason: `${commune}${address.city.insee ? ` (INSEE ${address.city.insee})` : ''} is not a village of the territory (content/villages/)`,
			});
		}
	}
	return { problems, sourceId: sourceId ?? position, label, point, address, village };
}

/** Maps one provider object (classified as such by the caller or not). */
export function mapProvider(
	object: Node,
	context: MappingContext,
	position = 'object',
): FeedMapping<MappedProvider> {
	const warnings: Problem[] = [];
	const common = readCommon(object, context, position);
	const { problems, sourceId } = common;
	const themes = themesOf(object);
	const classification = classify(typesOf(object), themes.terms);
	if (classification.collection !== 'providers') {
		problems.push({
			field: '@type',
			reason:
				classification.collection === 'events' ? 'an event, not a provider' : classification.reason,
		});
	}
	if (
		problems.length > 0 ||
		classification.collection !== 'providers' ||
		!common.label ||
		!common.point ||
		!common.village
	) {
		return { ok: false, sourceId, problems, warnings };
	}

	if (classification.warning) warnings.push({ field: '@type', reason: classification.warning });
	const { summary, description: longDescription } = describe(object, warnings);
	const bookingAgent = firstNode(object, 'hasBookingContact');
	const contacts = nodesOf(object, 'hasContact');
	// The booking centre is often listed among the contacts too: the business's own contact comes first.
	const ownContact =
		contacts.find((agent) => idOf(agent) === undefined || idOf(agent) !== idOf(bookingAgent)) ??
		contacts[0];
	const { labels, accessibility } = labelsOf(object);
	const capacity = numberOf(object['allowedPersons']);
	if (capacity !== undefined && !(Number.isInteger(capacity) && capacity > 0)) {
		warnings.push({
			field: 'allowedPersons',
			reason: `"${String(object['allowedPersons'])}" is not a number of people: left out`,
		});
	}
	const amenities = new Map<string, { code: string; name: FeedText }>();
	for (const feature of nodesOf(object, 'hasFeature').flatMap((node) =>
		nodesOf(node, 'features'),
	)) {
		const code = localName(idOf(feature) ?? '');
		const name = feedText(feature['rdfs:label']);
		if (code && name && !amenities.has(code)) amenities.set(code, { code, name });
	}
	const lastUpdate = dateOf(object['lastUpdate']);

	const data: MappedProvider = {
		name: common.label.fr,
		category: classification.category,
		kinds: classification.kinds,
		village: common.village.id,
		location: common.point,
		address: {
			street: common.address.street,
			locality: common.address.locality ?? common.village.name,
			...(common.address.postalCode ? { postalCode: common.address.postalCode } : {}),
		},
		contact: contactOf(ownContact, 'hasContact', warnings),
		labels,
		accessibility,
		amenities: [...amenities.values()],
		...pricesOf(object),
		openingPeriods: openingPeriodsOf(object),
		languages: languagesOf(object),
		images: imagesOf(object),
		themes: themes.names,
		sourceId,
		sample: object['sample'] === true,
	};
	if (summary) data.summary = summary;
	if (longDescription) data.description = longDescription;
	if (bookingAgent) data.booking = contactOf(bookingAgent, 'hasBookingContact', warnings);
	if (capacity !== undefined && Number.isInteger(capacity) && capacity > 0)
		data.capacity = capacity;
	const openingText = feedText(placeOf(object)?.['TextOpeningHoursSpecification']);
	if (openingText) data.openingText = openingText;
	const pets = flagOf(object, 'petsAllowed');
	if (pets !== undefined) data.petsAllowed = pets;
	const reducedMobility = flagOf(object, 'reducedMobilityAccess');
	if (reducedMobility !== undefined) data.reducedMobilityAccess = reducedMobility;
	if (lastUpdate) data.lastUpdate = lastUpdate;
	if (!summary && !longDescription)
		warnings.push({ field: 'rdfs:comment', reason: 'no French description' });
	else if (!(summary?.en ?? longDescription?.en)) {
		warnings.push({
			field: 'hasDescription.dc:description.en',
			reason: 'no English description: the English page shows the French one',
		});
	}
	return { ok: true, id: entryIdFor(sourceId, data.name), sourceId, data, warnings };
}
