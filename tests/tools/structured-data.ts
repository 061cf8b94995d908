/**
 * The structured data (JSON-LD) a page carries, checked against schemas written from schema.org
 * and Google's documentation of each type the site uses: the properties Google requires for a rich
 * result, and those it recommends that this site can always give (an address with its country, a
 * position, a URL…). A property the site gives must also be well-formed (ISO dates with their
 * offset, schema.org enumeration URLs, three-letter currencies, coordinates as numbers).
 *
 * A type without a schema here fails the check, so that a new type gets one.
 * @see https://developers.google.com/search/docs/appearance/structured-data/local-business
 * @see https://developers.google.com/search/docs/appearance/structured-data/event
 * @see https://developers.google.com/search/docs/appearance/structured-data/breadcrumb
 * @see https://developers.google.com/search/docs/appearance/structured-data/organization
 * @see https://schema.org/TouristTrip, https://schema.org/TouristDestination, https://schema.org/Place
 */
import { z } from 'astro/zod';
import { parse } from 'node-html-parser';

const text = z.string().trim().min(1, { error: 'empty text' });
const url = z.url({ protocol: /^https?$/, error: 'not an absolute http(s) URL' });
const urls = z.union([url, z.array(url).min(1)]);
/** ISO 8601 date-time with its offset, or a plain date (an all-day event). */
const dateTime = z.union([
	z.iso.datetime({ offset: true, error: 'not an ISO date-time with offset' }),
	z.iso.date(),
]);
const enumeration = (values: string[]) =>
	z.enum(values.map((value) => `https://schema.org/${value}`) as [string, ...string[]]);

const PostalAddress = z.object({
	'@type': z.literal('PostalAddress'),
	streetAddress: text.optional(),
	postalCode: z
		.string()
		.regex(/^\d{5}$/, { error: 'not a French postal code' })
		.optional(),
	addressLocality: text,
	addressRegion: text.optional(),
	addressCountry: z.string().regex(/^[A-Z]{2}$/, { error: 'not an ISO 3166 country code' }),
});
const GeoCoordinates = z.object({
	'@type': z.literal('GeoCoordinates'),
	latitude: z.number().min(-90).max(90),
	longitude: z.number().min(-180).max(180),
});
const OpeningHoursSpecification = z.object({
	'@type': z.literal('OpeningHoursSpecification'),
	dayOfWeek: z
		.array(
			enumeration([
				'Monday',
				'Tuesday',
				'Wednesday',
				'Thursday',
				'Friday',
				'Saturday',
				'Sunday',
				'PublicHolidays',
			]),
		)
		.optional(),
	opens: z
		.string()
		.regex(/^\d{2}:\d{2}(:\d{2})?$/)
		.optional(),
	closes: z
		.string()
		.regex(/^\d{2}:\d{2}(:\d{2})?$/)
		.optional(),
	validFrom: z.iso.date().optional(),
	validThrough: z.iso.date().optional(),
});
const Place = z.object({
	'@type': z.literal('Place'),
	name: text,
	url: url.optional(),
	address: PostalAddress.optional(),
	geo: GeoCoordinates.optional(),
});
/** An organisation named here, or a reference to one described elsewhere (its `@id`). */
const OrganizationRef = z.union([
	z.object({
		'@type': z.literal('Organization'),
		name: text,
		url: url.optional(),
		'@id': url.optional(),
	}),
	z.strictObject({ '@id': url }),
]);

/** Google: name and address required; geo, telephone, url, opening hours, price range recommended. */
const LocalBusiness = z.object({
	'@type': text,
	'@id': url.optional(),
	name: text,
	url,
	description: text.optional(),
	image: urls.optional(),
	telephone: z
		.string()
		.regex(/^\+\d{8,15}$/, { error: 'not an international phone number' })
		.optional(),
	email: z.email().optional(),
	sameAs: urls.optional(),
	address: PostalAddress.extend({
		streetAddress: text.optional(),
		postalCode: z.string().regex(/^\d{5}$/),
	}),
	geo: GeoCoordinates,
	priceRange: z.string().max(100, { error: 'priceRange over 100 characters' }).optional(),
	currenciesAccepted: z
		.string()
		.regex(/^[A-Z]{3}(, ?[A-Z]{3})*$/)
		.optional(),
	openingHoursSpecification: z.array(OpeningHoursSpecification).optional(),
	amenityFeature: z
		.array(
			z.object({
				'@type': z.literal('LocationFeatureSpecification'),
				name: text,
				value: z.union([z.boolean(), z.string(), z.number()]),
			}),
		)
		.optional(),
	starRating: z
		.object({ '@type': z.literal('Rating'), ratingValue: z.number().min(0).max(5) })
		.optional(),
	award: z.union([text, z.array(text)]).optional(),
	petsAllowed: z.boolean().optional(),
	isAccessibleForFree: z.boolean().optional(),
	parentOrganization: OrganizationRef.optional(),
});

const Offer = z.object({
	'@type': z.literal('Offer'),
	price: z.union([z.number().min(0), z.string().regex(/^\d+(\.\d+)?$/)]),
	priceCurrency: z.string().regex(/^[A-Z]{3}$/, { error: 'not an ISO 4217 currency' }),
	availability: enumeration(['InStock', 'SoldOut', 'PreOrder', 'LimitedAvailability']).optional(),
	url: url.optional(),
	validFrom: dateTime.optional(),
});

/**
 * Google: name, startDate and location (a Place with an address) required; description,
 * endDate, eventStatus, eventAttendanceMode, image, offers and organizer recommended.
 */
const Event = z
	.object({
		'@type': z.literal('Event'),
		name: text,
		description: text,
		url,
		image: urls,
		inLanguage: text.optional(),
		startDate: dateTime,
		endDate: dateTime,
		eventStatus: enumeration([
			'EventScheduled',
			'EventCancelled',
			'EventPostponed',
			'EventRescheduled',
			'EventMovedOnline',
		]),
		eventAttendanceMode: enumeration([
			'OfflineEventAttendanceMode',
			'OnlineEventAttendanceMode',
			'MixedEventAttendanceMode',
		]),
		location: Place.extend({ address: PostalAddress }),
		organizer: z
			.union([OrganizationRef, z.object({ '@type': z.literal('Person'), name: text })])
			.optional(),
		isAccessibleForFree: z.boolean().optional(),
		offers: z.union([Offer, z.array(Offer).min(1)]).optional(),
	})
	.refine((event) => Date.parse(event.endDate) >= Date.parse(event.startDate), {
		error: 'endDate is before startDate',
		path: ['endDate'],
		// Also when another property is at fault, as long as both dates are there to compare.
		when: ({ value }) => {
			const { startDate, endDate } = (value ?? {}) as Record<string, unknown>;
			return typeof startDate === 'string' && typeof endDate === 'string';
		},
	});

const ListItem = z.object({
	'@type': z.literal('ListItem'),
	position: z.number().int().min(1),
});
const consecutive = (items: { position: number }[]) =>
	items.every((item, index) => item.position === index + 1);

/** Google: itemListElement, each ListItem with its position (1, 2…), name and URL. */
const BreadcrumbList = z.object({
	'@type': z.literal('BreadcrumbList'),
	itemListElement: z
		.array(ListItem.extend({ name: text, item: url }))
		.min(1)
		.refine(consecutive, { error: 'positions are not 1, 2, 3…' }),
});

/** schema.org TouristTrip: a walk with its description, its kind of tourist and its stages. */
const TouristTrip = z.object({
	'@type': z.literal('TouristTrip'),
	'@id': url.optional(),
	name: text,
	description: text,
	url,
	inLanguage: text.optional(),
	image: urls.optional(),
	touristType: z.union([text, z.array(text)]),
	timeRequired: z
		.string()
		.regex(/^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/, {
			error: 'not an ISO 8601 duration',
		})
		.optional(),
	/** A walk in stages (the Stevenson Trail) lists its stages as trips of their own. */
	subTrip: z
		.array(z.object({ '@type': z.literal('TouristTrip'), '@id': url.optional(), name: text }))
		.min(1)
		.optional(),
	itinerary: z
		.object({
			'@type': z.literal('ItemList'),
			numberOfItems: z.number().int().min(2).optional(),
			itemListElement: z
				.array(ListItem.extend({ item: Place }))
				.min(2, { error: 'an itinerary has at least two places' })
				.refine(consecutive, { error: 'positions are not 1, 2, 3…' }),
		})
		.optional(),
	additionalProperty: z.unknown().optional(),
	subjectOf: z.unknown().optional(),
	provider: z.unknown().optional(),
});

const TouristTripWithStages = TouristTrip.refine(
	(trip) => trip.itinerary !== undefined || trip.subTrip !== undefined,
	{ error: 'neither an itinerary nor stages (subTrip)', path: ['itinerary'] },
);

/** Google: name, url and logo recommended (the office's knowledge panel); contact and sameAs. */
const Organization = z.object({
	'@type': z.literal('Organization'),
	'@id': url.optional(),
	name: text,
	url,
	logo: url,
	telephone: z
		.string()
		.regex(/^\+\d{8,15}$/)
		.optional(),
	email: z.email().optional(),
	address: PostalAddress.optional(),
	sameAs: urls.optional(),
});

const TouristDestination = z.object({
	'@type': z.literal('TouristDestination'),
	'@id': url.optional(),
	name: text,
	url,
	description: text,
	containsPlace: z.array(Place).optional(),
});

/** A village: named, located, and inside its sector (a TouristDestination). */
const Village = Place.extend({
	url,
	description: text,
	geo: GeoCoordinates,
	containedInPlace: z
		.object({ '@type': z.literal('TouristDestination'), '@id': url.optional(), name: text })
		.optional(),
});

const WebSite = z.object({
	'@type': z.literal('WebSite'),
	name: text,
	url,
	inLanguage: text.optional(),
	potentialAction: z.unknown().optional(),
});

/** Schema of each `@type` the site publishes (the LocalBusiness subtypes share one). */
export const STRUCTURED_DATA_SCHEMAS: Record<string, z.ZodType> = {
	Organization,
	WebSite,
	TouristInformationCenter: LocalBusiness.extend({
		'@type': z.literal('TouristInformationCenter'),
		openingHoursSpecification: z.array(OpeningHoursSpecification).min(1),
		telephone: z.string().regex(/^\+\d{8,15}$/),
	}),
	...Object.fromEntries(
		[
			'LocalBusiness',
			'LodgingBusiness',
			'Hotel',
			'Hostel',
			'BedAndBreakfast',
			'Campground',
			'Restaurant',
			'CafeOrCoffeeShop',
			'Store',
			'SportsActivityLocation',
		].map((type) => [type, LocalBusiness.extend({ '@type': z.literal(type) })]),
	),
	Event,
	TouristTrip: TouristTripWithStages,
	BreadcrumbList,
	TouristDestination,
	Place: Village,
};

/** Every problem with one JSON-LD block: "BreadcrumbList itemListElement.1.item: …". */
export function jsonLdProblems(source: string): string[] {
	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch (error) {
		return [`not valid JSON: ${(error as Error).message}`];
	}
	const top = data as Record<string, unknown>;
	const items: unknown[] = Array.isArray(data)
		? data
		: Array.isArray(top['@graph'])
			? (top['@graph'] as unknown[])
			: [data];
	const problems: string[] = [];
	const context = Array.isArray(data)
		? (data[0] as Record<string, unknown>)?.['@context']
		: top['@context'];
	if (context !== 'https://schema.org')
		problems.push(`@context is ${JSON.stringify(context)}, not "https://schema.org"`);
	for (const item of items) {
		const { '@context': _context, ...rest } = (item ?? {}) as Record<string, unknown>;
		const type = rest['@type'];
		const schema = typeof type === 'string' ? STRUCTURED_DATA_SCHEMAS[type] : undefined;
		if (!schema) {
			problems.push(
				`no schema for @type ${JSON.stringify(type)}: add one to tests/tools/structured-data.ts`,
			);
			continue;
		}
		const result = schema.safeParse(rest);
		if (!result.success)
			for (const issue of result.error.issues)
				problems.push(`${String(type)} ${issue.path.join('.') || '(root)'}: ${issue.message}`);
	}
	return problems;
}

/** The JSON-LD blocks of a page's HTML, and the problems of each. */
export function pageStructuredData(html: string): { types: string[]; problems: string[] } {
	const blocks = parse(html)
		.querySelectorAll('script[type="application/ld+json"]')
		.map((script) => script.text);
	const types = blocks.flatMap((block) => {
		try {
			const data = JSON.parse(block) as Record<string, unknown> | Record<string, unknown>[];
			const items = Array.isArray(data)
				? data
				: ((data['@graph'] as Record<string, unknown>[]) ?? [data]);
			return items.map((item) => String(item['@type']));
		} catch {
			return ['(invalid JSON)'];
		}
	});
	return {
		types,
		problems: blocks.flatMap((block, index) =>
			jsonLdProblems(block).map((problem) => `block ${index + 1}: ${problem}`),
		),
	};
}
