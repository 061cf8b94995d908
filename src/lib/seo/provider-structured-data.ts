/**
 * JSON-LD for a provider's page: the schema.org type that fits its kind (a gîte is a
 * LodgingBusiness, a campsite a Campground…), its address, coordinates, contact, prices,
 * seasons, amenities and labels.
 * @see https://developers.google.com/search/docs/appearance/structured-data/local-business
 * @see https://schema.org/LodgingBusiness
 */
import type { GeoPoint } from '../geo/territory';
import type { Weekday } from '../opening-hours';

const SCHEMA_TYPES: Record<string, string> = {
	hotel: 'Hotel',
	guesthouse: 'BedAndBreakfast',
	hostel: 'Hostel',
	rental: 'LodgingBusiness',
	campsite: 'Campground',
	restaurant: 'Restaurant',
	'farm-inn': 'Restaurant',
	cafe: 'CafeOrCoffeeShop',
	'local-products': 'Store',
	crafts: 'Store',
	equipment: 'SportingGoodsStore',
	'general-store': 'Store',
};

const CATEGORY_TYPES: Record<string, string> = {
	accommodation: 'LodgingBusiness',
	restaurant: 'Restaurant',
	activity: 'SportsActivityLocation',
	producer: 'LocalBusiness',
	shop: 'Store',
};

const SCHEMA_DAYS: Record<Weekday, string> = {
	mo: 'https://schema.org/Monday',
	tu: 'https://schema.org/Tuesday',
	we: 'https://schema.org/Wednesday',
	th: 'https://schema.org/Thursday',
	fr: 'https://schema.org/Friday',
	sa: 'https://schema.org/Saturday',
	su: 'https://schema.org/Sunday',
};

/** The schema.org type of a provider: its main kind's, else its category's. */
export function schemaTypeOf(category: string, kinds: readonly string[]): string {
	return SCHEMA_TYPES[kinds[0] ?? ''] ?? CATEGORY_TYPES[category] ?? 'LocalBusiness';
}

export interface ProviderJsonLdInput {
	url: string;
	name: string;
	category: string;
	kinds: readonly string[];
	description?: string | undefined;
	phone?: string | undefined;
	email?: string | undefined;
	website?: string | undefined;
	address: { street: readonly string[]; postalCode?: string | undefined; locality: string };
	location: GeoPoint;
	/** Lowest and highest price in euros, if known. */
	priceRange?: { min: number; max: number } | undefined;
	amenities: readonly string[];
	/** Labels as visitors read them ("Gîtes de France, 3 épis"). */
	awards: readonly string[];
	stars?: number | undefined;
	petsAllowed?: boolean | undefined;
	seasons: readonly {
		from: string;
		to: string;
		hours: readonly { days: readonly Weekday[]; opens: string; closes: string }[];
	}[];
	year: number;
}

/** Seasons as OpeningHoursSpecification for one year; a season over New Year is split in two. */
function openingHours(input: ProviderJsonLdInput) {
	return input.seasons.flatMap((season) => {
		const periods =
			season.from <= season.to
				? [{ from: `${input.year}-${season.from}`, through: `${input.year}-${season.to}` }]
				: [
						{ from: `${input.year}-01-01`, through: `${input.year}-${season.to}` },
						{ from: `${input.year}-${season.from}`, through: `${input.year}-12-31` },
					];
		return periods.flatMap((period) =>
			season.hours.length === 0
				? [
						{
							'@type': 'OpeningHoursSpecification',
							validFrom: period.from,
							validThrough: period.through,
						},
					]
				: season.hours.map((range) => ({
						'@type': 'OpeningHoursSpecification',
						dayOfWeek: range.days.map((day) => SCHEMA_DAYS[day]),
						opens: range.opens,
						closes: range.closes,
						validFrom: period.from,
						validThrough: period.through,
					})),
		);
	});
}

export function providerJsonLd(input: ProviderJsonLdInput) {
	const type = schemaTypeOf(input.category, input.kinds);
	const lodging = input.category === 'accommodation';
	return {
		'@context': 'https://schema.org',
		'@type': type,
		'@id': `${input.url}#business`,
		name: input.name,
		url: input.url,
		...(input.description ? { description: input.description } : {}),
		...(input.phone ? { telephone: input.phone } : {}),
		...(input.email ? { email: input.email } : {}),
		...(input.website ? { sameAs: [input.website] } : {}),
		address: {
			'@type': 'PostalAddress',
			...(input.address.street.length > 0
				? { streetAddress: input.address.street.join(', ') }
				: {}),
			...(input.address.postalCode ? { postalCode: input.address.postalCode } : {}),
			addressLocality: input.address.locality,
			addressRegion: 'Lozère',
			addressCountry: 'FR',
		},
		geo: { '@type': 'GeoCoordinates', latitude: input.location.lat, longitude: input.location.lon },
		...(input.priceRange
			? {
					priceRange:
						input.priceRange.min === input.priceRange.max
							? `${input.priceRange.min} €`
							: `${input.priceRange.min}–${input.priceRange.max} €`,
					currenciesAccepted: 'EUR',
				}
			: {}),
		...(input.amenities.length > 0
			? {
					amenityFeature: input.amenities.map((name) => ({
						'@type': 'LocationFeatureSpecification',
						name,
						value: true,
					})),
				}
			: {}),
		...(input.awards.length > 0 ? { award: [...input.awards] } : {}),
		...(input.stars !== undefined && lodging
			? { starRating: { '@type': 'Rating', ratingValue: input.stars } }
			: {}),
		...(input.petsAllowed !== undefined && lodging ? { petsAllowed: input.petsAllowed } : {}),
		...(input.seasons.length > 0 ? { openingHoursSpecification: openingHours(input) } : {}),
	};
}
