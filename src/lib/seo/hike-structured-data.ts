/**
 * JSON-LD for hikes and multi-day routes: a TouristTrip whose itinerary lists the start, the places
 * along the way and the end, with the GPX and KML downloads as DataDownloads, and a BreadcrumbList.
 * @see https://schema.org/TouristTrip
 * @see https://developers.google.com/search/docs/appearance/structured-data/breadcrumb
 */
export interface TripPlace {
	name: string;
	lat: number;
	lon: number;
}

export interface HikeJsonLdInput {
	url: string;
	name: string;
	description: string;
	language: string;
	/** ISO 8601 duration, e.g. "PT4H45M". */
	durationIso: string;
	lengthMetres: number;
	start: TripPlace;
	end: TripPlace;
	stops: TripPlace[];
	organisationId: string;
	image: string;
	downloads: { url: string; format: string }[];
	breadcrumb: { name: string; url: string }[];
}

const place = (input: TripPlace) => ({
	'@type': 'Place',
	name: input.name,
	geo: { '@type': 'GeoCoordinates', latitude: input.lat, longitude: input.lon },
});

export function breadcrumbJsonLd(items: { name: string; url: string }[]) {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: item.name,
			item: item.url,
		})),
	};
}

/** What a hike's and an itinerary's TouristTrip both say: which trip, in which language, for hikers. */
function tripHead(input: {
	url: string;
	name: string;
	description: string;
	language: string;
	image: string;
}) {
	return {
		'@context': 'https://schema.org',
		'@type': 'TouristTrip',
		'@id': `${input.url}#trip`,
		name: input.name,
		description: input.description,
		url: input.url,
		inLanguage: input.language,
		image: input.image,
		touristType: 'Hikers',
	};
}

export function hikeJsonLd(input: HikeJsonLdInput): object[] {
	const places = [input.start, ...input.stops, input.end];
	return [
		{
			...tripHead(input),
			timeRequired: input.durationIso,
			additionalProperty: {
				'@type': 'PropertyValue',
				name: 'length',
				value: input.lengthMetres,
				unitCode: 'MTR',
			},
			itinerary: {
				'@type': 'ItemList',
				numberOfItems: places.length,
				itemListElement: places.map((item, index) => ({
					'@type': 'ListItem',
					position: index + 1,
					item: place(item),
				})),
			},
			subjectOf: input.downloads.map((download) => ({
				'@type': 'DataDownload',
				contentUrl: download.url,
				encodingFormat: download.format,
			})),
			provider: { '@id': input.organisationId },
		},
		breadcrumbJsonLd(input.breadcrumb),
	];
}

export interface ItineraryJsonLdInput {
	url: string;
	name: string;
	description: string;
	language: string;
	stages: { name: string; url: string }[];
	organisationId: string;
	image: string;
	breadcrumb: { name: string; url: string }[];
}

export function itineraryJsonLd(input: ItineraryJsonLdInput): object[] {
	return [
		{
			...tripHead(input),
			subTrip: input.stages.map((stage) => ({
				'@type': 'TouristTrip',
				'@id': `${stage.url}#trip`,
				name: stage.name,
				url: stage.url,
			})),
			provider: { '@id': input.organisationId },
		},
		breadcrumbJsonLd(input.breadcrumb),
	];
}
