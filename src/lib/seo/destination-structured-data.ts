/**
 * JSON-LD for the destination pages: a sector is a TouristDestination made of its villages,
 * a village a Place with its centre and the sector it belongs to.
 * @see https://schema.org/TouristDestination
 * @see https://schema.org/Place
 */
import type { GeoPoint } from '../geo/territory';

export interface PlaceLink {
	name: string;
	url: string;
}

const geo = ({ lat, lon }: GeoPoint) => ({
	'@type': 'GeoCoordinates',
	latitude: lat,
	longitude: lon,
});

export function sectorJsonLd(input: {
	name: string;
	url: string;
	description: string;
	villages: PlaceLink[];
}) {
	return {
		'@context': 'https://schema.org',
		'@type': 'TouristDestination',
		'@id': `${input.url}#destination`,
		name: input.name,
		url: input.url,
		description: input.description,
		containsPlace: input.villages.map((village) => ({
			'@type': 'Place',
			name: village.name,
			url: village.url,
		})),
	};
}

export function villageJsonLd(input: {
	name: string;
	url: string;
	description: string;
	location: GeoPoint;
	sector: PlaceLink;
}) {
	return {
		'@context': 'https://schema.org',
		'@type': 'Place',
		name: input.name,
		url: input.url,
		description: input.description,
		geo: geo(input.location),
		containedInPlace: {
			'@type': 'TouristDestination',
			'@id': `${input.sector.url}#destination`,
			name: input.sector.name,
		},
	};
}
