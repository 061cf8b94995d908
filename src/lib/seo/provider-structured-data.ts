/**
 * JSON-LD for a provider's page: the schema.org type that fits its kind (a gîte is a
 * LodgingBusiness, a campsite a Campground…), its address, coordinates, contact, prices,
 * seasons, amenities and labels.
 * @see https://developers.google.com/search/docs/appearance/structured-data/local-business
 * @see https://schema.org/LodgingBusiness
 */
import type { GeoPoint } from '../geo/territory';
import { openingHoursSpecification, type SeasonHours } from './structured-data';

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
	seasons: readonly SeasonHours[];
	year: number;
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
		...(input.seasons.length > 0
			? {
					openingHoursSpecification: openingHoursSpecification(input.seasons, input.year, {
						datesWithoutHours: true,
					}),
				}
			: {}),
	};
}
