/**
 * The map's layers: one per collection, in legend order. This is the only place a collection
 * plugs into the map: add an entry here (and its `map.layer.*` / `map.kind.*` labels in
 * content/i18n/), and the site builds its GeoJSON in both languages, its toggle and legend entry,
 * its markers and clusters, its section of the list view, and includes it in "around me".
 *
 * ```ts
 * {
 *   id: 'accommodation',
 *   label: 'map.layer.accommodation',
 *   kinds: ['hotel', 'guesthouse', 'hostel', 'rental', 'campsite'],
 *   marker: { color: '#8a3f14', symbol: 'house' },
 *   places: async (locale) => (await getProviders('accommodation')).map((provider) => ({ … })),
 * },
 * ```
 */
import { KINDS_BY_CATEGORY, type ProviderCategory } from '../datatourisme/vocabulary';
import { agendaModel } from '../events/pages';
import { localText } from '../events/present';
import { EVENT_CATEGORIES } from '../../schemas/event';
import { pathTo } from '../i18n/routes';
import { providerPage } from '../providers/routes';
import { getHikes, getOffices, getProviders, getVillage, getVillages } from '../queries';
import type { MapKind, MapLayerDefinition, MapPlace } from './types';

/** A layer of members from the DATAtourisme feed: one or more provider categories. */
function providerLayer(
	id: string,
	categories: ProviderCategory[],
	marker: MapLayerDefinition['marker'],
): MapLayerDefinition {
	return {
		id,
		label: `map.layer.${id}` as MapLayerDefinition['label'],
		kinds: categories.flatMap((category) => KINDS_BY_CATEGORY[category]),
		marker,
		places: async (locale) => {
			const villages = new Map(
				(await getVillages()).map((village) => [village.id, village.data.name]),
			);
			return (await getProviders())
				.filter((provider) => categories.includes(provider.data.category))
				.map((provider): MapPlace => ({
					id: provider.id,
					name: provider.data.name,
					kind: provider.data.kinds[0] as MapKind,
					village: villages.get(provider.data.village.id) ?? '',
					url: pathTo(providerPage(provider.data.category, provider.id), locale),
					location: provider.data.location,
					...(provider.data.sample ? { sample: true } : {}),
				}));
		},
	};
}

export const MAP_LAYERS: readonly MapLayerDefinition[] = [
	{
		id: 'offices',
		label: 'map.layer.offices',
		kinds: ['head-office', 'office'],
		prominentKinds: ['head-office'],
		marker: { color: '#17422a', symbol: 'info' },
		// The offices stay in sight at every zoom, with the number of places around each.
		anchor: true,
		places: async (locale) =>
			Promise.all(
				(await getOffices()).map(async (office): Promise<MapPlace> => ({
					id: office.id,
					name: office.data.title[locale],
					kind: office.data.headOffice ? 'head-office' : 'office',
					village: (await getVillage(office.data.village.id)).data.name,
					url: pathTo({ route: 'office', id: office.id }, locale),
					location: office.data.location,
				})),
			),
	},
	providerLayer('accommodation', ['accommodation'], { color: '#8a3f14', symbol: 'house' }),
	providerLayer('restaurants', ['restaurant'], { color: '#7a2e4a', symbol: 'cutlery' }),
	providerLayer('activities', ['activity'], { color: '#1f5f7a', symbol: 'mountain' }),
	providerLayer('producers', ['producer', 'shop'], { color: '#3f6b1f', symbol: 'leaf' }),
	{
		id: 'hikes',
		label: 'map.layer.hikes',
		// One kind per difficulty, so that `?kinds=hike-easy` shows the easy walks only.
		kinds: ['hike-easy', 'hike-moderate', 'hike-hard', 'hike-very-hard'],
		marker: { color: '#5c3f8f', symbol: 'signpost' },
		// Each hike at its start; its track is drawn when the marker is selected or hovered.
		places: async (locale) =>
			(await getHikes()).map((hike): MapPlace => ({
				id: hike.id,
				name: hike.data.title[locale],
				kind: `hike-${hike.data.difficulty}`,
				village: hike.data.startName,
				url: pathTo({ route: 'hike', id: hike.id }, locale),
				location: hike.data.start,
				track: pathTo({ route: 'hikeTrack', id: hike.id }, locale),
				...(hike.data.sample ? { sample: true } : {}),
			})),
	},
	{
		// Events with a date still to come, at their place (their venue, host or village centre).
		// An event outside the territory (the office at a fair in Lyon) has no place on the map.
		id: 'events',
		label: 'map.layer.events',
		kinds: EVENT_CATEGORIES,
		marker: { color: '#2b3a7a', symbol: 'star' },
		places: async (locale) =>
			(await agendaModel()).upcoming.flatMap((event): MapPlace[] =>
				event.location && event.villageEntry
					? [
							{
								id: event.id,
								name: localText(event.data.title, locale).text,
								kind: event.data.category,
								village: event.villageEntry.data.name,
								url: pathTo({ route: 'event', id: event.id }, locale),
								location: event.location,
								...(event.data.sample ? { sample: true } : {}),
							},
						]
					: [],
			),
	},
];

/** The map layer a provider category is drawn in. */
export const PROVIDER_LAYER: Record<ProviderCategory, string> = {
	accommodation: 'accommodation',
	restaurant: 'restaurants',
	activity: 'activities',
	producer: 'producers',
	shop: 'producers',
};

/** The layer with this id; an unknown id is a programming error. */
export function mapLayer(id: string): MapLayerDefinition {
	const layer = MAP_LAYERS.find((candidate) => candidate.id === id);
	if (!layer)
		throw new Error(`Unknown map layer "${id}" (known: ${MAP_LAYERS.map((l) => l.id).join(', ')})`);
	return layer;
}
