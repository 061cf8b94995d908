/**
 * Writes a provider as a DATAtourisme JSON-LD object, in the shape of the real objects of
 * tests/fixtures/datatourisme/: language maps of arrays, coordinates as strings, `@type` lists
 * mixing schema.org and DATAtourisme classes. The sample and benchmark feeds are made with it, so
 * they go through the same loader as the office's real feed.
 */
import type { Node } from '../../../src/lib/datatourisme/jsonld';

export interface Bilingual {
	fr: string;
	en: string;
}

/** A thesaurus value: its code (without `kb:`) and its name. */
export interface Term extends Bilingual {
	code: string;
}

export interface SampleSeason {
	/** "YYYY-MM-DD" */
	from: string;
	/** "YYYY-MM-DD" */
	through: string;
	/** Weekly hours; the schema.org day names ("Monday"). */
	hours?: { days: string[]; opens: string; closes: string }[];
}

export interface SampleProvider {
	/** `urn:uuid:…`: sample objects are not DATAtourisme records. */
	uuid: string;
	types: string[];
	name: string;
	summary: Bilingual;
	description: Bilingual;
	place: {
		lat: number;
		lon: number;
		street: string;
		postalCode?: string | undefined;
		locality: string;
		insee: string;
	};
	contact: { phone: string; email: string; website?: string | undefined };
	booking?: { name: string; phone: string; email: string; url: string } | undefined;
	/** Review values: labels (`LabelRating_…`) and grades (`ScaleRating_3epis`). */
	reviews: Term[];
	capacity?: number | undefined;
	features: Term[];
	themes: Term[];
	prices: { min: number; max?: number | undefined; per: Term; label: Bilingual }[];
	pricesText?: Bilingual | undefined;
	payment: Term[];
	seasons: SampleSeason[];
	openingText?: Bilingual | undefined;
	pets?: boolean | undefined;
	reducedMobilityAccess?: boolean | undefined;
	languages: string[];
	lastUpdate: string;
}

const map = (text: Bilingual) => ({ fr: [text.fr], en: [text.en] });
const term = (value: Term, types: string[]) => ({
	'@id': `kb:${value.code}`,
	'@type': types,
	'rdfs:label': map(value),
});

/** The JSON-LD object of a sample provider, marked as sample data. */
export function toJsonLd(provider: SampleProvider, comment: string): Node {
	const { place } = provider;
	const object: Node = {
		$comment: comment,
		sample: true,
		'@id': `urn:uuid:${provider.uuid}`,
		'@type': provider.types,
		'rdfs:label': { fr: [provider.name] },
		'rdfs:comment': map(provider.summary),
		hasDescription: [
			{
				'@type': ['Description'],
				shortDescription: map(provider.summary),
				'dc:description': map(provider.description),
			},
		],
		isLocatedAt: [
			{
				'@type': ['schema:Place', 'Place'],
				'schema:address': [
					{
						'@type': ['schema:PostalAddress', 'PostalAddress'],
						'schema:addressLocality': place.locality,
						...(place.postalCode ? { 'schema:postalCode': place.postalCode } : {}),
						'schema:streetAddress': [place.street],
						hasAddressCity: {
							'@id': `kb:${place.insee}`,
							'@type': ['City'],
							'rdfs:label': { fr: [place.locality], en: [place.locality] },
							insee: place.insee,
						},
					},
				],
				'schema:geo': {
					'@type': ['schema:GeoCoordinates'],
					'schema:latitude': place.lat.toFixed(6),
					'schema:longitude': place.lon.toFixed(6),
				},
				'schema:openingHoursSpecification': provider.seasons.flatMap((season) => {
					const period = {
						'schema:validFrom': `${season.from}T00:00:00`,
						'schema:validThrough': `${season.through}T23:59:59`,
					};
					if (!season.hours?.length)
						return [{ '@type': ['schema:OpeningHoursSpecification'], ...period }];
					return season.hours.map((range) => ({
						'@type': ['schema:OpeningHoursSpecification'],
						...period,
						'schema:dayOfWeek': range.days.map((day) => ({
							'@id': `schema:${day}`,
							'@type': ['schema:DayOfWeek'],
						})),
						'schema:opens': `${range.opens}:00`,
						'schema:closes': `${range.closes}:00`,
					}));
				}),
				...(provider.openingText
					? { TextOpeningHoursSpecification: map(provider.openingText) }
					: {}),
				...(provider.pets === undefined ? {} : { petsAllowed: provider.pets }),
			},
		],
		hasContact: [
			{
				'@type': ['foaf:Agent', 'Agent'],
				'schema:telephone': [provider.contact.phone],
				'schema:email': [provider.contact.email],
				...(provider.contact.website ? { 'foaf:homepage': [provider.contact.website] } : {}),
			},
		],
		hasFeature: provider.features.map((feature) => ({
			'@type': ['schema:PropertyValue', 'FeatureSpecification'],
			features: [term(feature, ['CommonAmenity'])],
		})),
		hasReview: provider.reviews.map((review) => ({
			'@type': ['Review'],
			hasReviewValue: term(review, [
				review.code.startsWith('Scale') ? 'ScaleRating' : 'LabelRating',
			]),
		})),
		hasTheme: provider.themes.map((theme) => term(theme, ['Theme'])),
		offers: [
			{
				'@type': ['schema:Offer', 'Offer'],
				'schema:acceptedPaymentMethod': provider.payment.map((method) =>
					term(method, ['schema:PaymentMethod']),
				),
				'schema:priceSpecification': provider.prices.map((price) => ({
					'@type': ['schema:PriceSpecification', 'PriceSpecification'],
					'schema:minPrice': [String(price.min)],
					...(price.max === undefined ? {} : { 'schema:maxPrice': [String(price.max)] }),
					'schema:priceCurrency': 'EUR',
					additionalInformation: map(price.label),
					hasPricingMode: [term(price.per, ['PricingMode'])],
				})),
				...(provider.pricesText ? { TextPriceSpecification: map(provider.pricesText) } : {}),
			},
		],
		availableLanguage: provider.languages,
		lastUpdate: provider.lastUpdate,
	};
	if (provider.booking) {
		object['hasBookingContact'] = [
			{
				'@type': ['schema:Organization', 'foaf:Agent', 'Agent'],
				'schema:legalName': provider.booking.name,
				'schema:telephone': [provider.booking.phone],
				'schema:email': [provider.booking.email],
				'foaf:homepage': [provider.booking.url],
			},
		];
	}
	if (provider.capacity !== undefined) object['allowedPersons'] = provider.capacity;
	if (provider.reducedMobilityAccess !== undefined)
		object['reducedMobilityAccess'] = provider.reducedMobilityAccess;
	return object;
}
