/**
 * JSON-LD for search engines, built from validated content.
 * @see https://schema.org/TouristInformationCenter
 * @see https://developers.google.com/search/docs/appearance/structured-data/local-business
 */
import type { GeoPoint } from '../geo/territory';
import type { Season, Weekday } from '../opening-hours';

const SCHEMA_DAYS: Record<Weekday, string> = {
	mo: 'https://schema.org/Monday',
	tu: 'https://schema.org/Tuesday',
	we: 'https://schema.org/Wednesday',
	th: 'https://schema.org/Thursday',
	fr: 'https://schema.org/Friday',
	sa: 'https://schema.org/Saturday',
	su: 'https://schema.org/Sunday',
};

export interface PostalAddressInput {
	street: string;
	postalCode: string;
	locality: string;
}

export interface OrganisationInput {
	name: string;
	url: string;
	logo: string;
	phone: string;
	email: string;
	address: PostalAddressInput;
	sameAs: string[];
}

export interface OfficeInput {
	name: string;
	url: string;
	description: string;
	phone: string;
	email: string;
	address: PostalAddressInput;
	location: GeoPoint;
	seasons: Season[];
	organisationId: string;
	image: string;
}

const postalAddress = (address: PostalAddressInput) => ({
	'@type': 'PostalAddress',
	streetAddress: address.street,
	postalCode: address.postalCode,
	addressLocality: address.locality,
	addressRegion: 'Lozère',
	addressCountry: 'FR',
});

/** The organisation, with a stable @id that offices point to. */
export function organisationJsonLd(input: OrganisationInput) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		'@id': `${input.url}#organisation`,
		name: input.name,
		url: input.url,
		logo: input.logo,
		telephone: input.phone,
		email: input.email,
		address: postalAddress(input.address),
		sameAs: input.sameAs,
	};
}

/** A season's dates ("MM-DD") and its hours, as offices and providers give them. */
export interface SeasonHours {
	from: string;
	to: string;
	hours: readonly { days: readonly Weekday[]; opens: string; closes: string }[];
}

/**
 * Opening hours of every season for one year. Seasons that span New Year are split in two,
 * since schema.org's validFrom/validThrough are dates, not days of the year. A season without
 * hours says nothing, unless `datesWithoutHours`: then its dates alone (open, hours not known).
 */
export function openingHoursSpecification(
	seasons: readonly SeasonHours[],
	year: number,
	{ datesWithoutHours = false } = {},
) {
	return seasons.flatMap((season) => {
		const periods =
			season.from <= season.to
				? [{ from: `${year}-${season.from}`, through: `${year}-${season.to}` }]
				: [
						{ from: `${year}-01-01`, through: `${year}-${season.to}` },
						{ from: `${year}-${season.from}`, through: `${year}-12-31` },
					];
		return periods.flatMap((period) =>
			season.hours.length === 0 && datesWithoutHours
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

/** One information office as a TouristInformationCenter. */
export function officeJsonLd(input: OfficeInput, year: number) {
	return {
		'@context': 'https://schema.org',
		'@type': 'TouristInformationCenter',
		'@id': `${input.url}#office`,
		name: input.name,
		url: input.url,
		description: input.description,
		image: input.image,
		telephone: input.phone,
		email: input.email,
		address: postalAddress(input.address),
		geo: {
			'@type': 'GeoCoordinates',
			latitude: input.location.lat,
			longitude: input.location.lon,
		},
		openingHoursSpecification: openingHoursSpecification(input.seasons, year),
		isAccessibleForFree: true,
		amenityFeature: [{ '@type': 'LocationFeatureSpecification', name: 'Wi-Fi', value: true }],
		parentOrganization: { '@id': input.organisationId },
	};
}
