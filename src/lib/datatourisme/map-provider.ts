/**
 * DATAtourisme object → provider entry. Pure: JSON in, entry data (or the reasons it is
 * rejected) out, so every mapping rule is tested directly (tests/unit/lib/datatourisme/).
 *
 * A rejected ("bad") object is one the site cannot show truthfully: no `@id`, no French name,
 * no usable coordinates, coordinates outside the territory, a commune that is not one of the
 * territory's villages, or no category. Anything else that is wrong (a foreign phone number, a
 * malformed e-mail address) drops that one value with a warning, and unknown fields are ignored.
 *
 * Each concern reads in its own module: place.ts (identity, coordinates, commune), contacts.ts,
 * labels.ts, offers.ts, opening.ts, photos.ts, description.ts (texts, languages, themes).
 */
import type { GeoPoint } from '../geo/territory';
import { dateOf, feedText, firstNode, idOf, nodesOf, numberOf, typesOf, type Node } from './jsonld';
import { contactOf, type Contact } from './contacts';
import { describe, languagesOf, themesOf } from './description';
import { entryIdFor } from './identity';
import { labelsOf, type Label } from './labels';
import type { FeedMapping, FeedText, MappingContext, Problem } from './mapping';
import { pricesOf, type Price } from './offers';
import { openingPeriodsOf, type OpeningPeriod } from './opening';
import { imagesOf, type Image } from './photos';
import { flagOf, placeOf, readCommon } from './place';
import { classify } from './classify';
import {
	localName,
	type AccessibilityFamily,
	type ProviderCategory,
	type ProviderKind,
} from './vocabulary';

// The names other modules and the tests know this module by.
export { describe } from './description';
export { entryIdFor, slugify } from './identity';
export type { FeedMapping, MappingContext, Problem } from './mapping';

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
