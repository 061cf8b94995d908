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
 *   clusterRadius: 60,
 *   places: async (locale) => (await getProviders('accommodation')).map((provider) => ({ … })),
 * },
 * ```
 */
import { pathTo } from '../i18n/routes';
import { getOffices, getVillage } from '../queries';
import type { MapLayerDefinition, MapPlace } from './types';

export const MAP_LAYERS: readonly MapLayerDefinition[] = [
	{
		id: 'offices',
		label: 'map.layer.offices',
		kinds: ['head-office', 'office'],
		prominentKinds: ['head-office'],
		marker: { color: '#17422a', symbol: 'info' },
		// Six offices 6 to 30 km apart: they merge only when zoomed out beyond the territory.
		clusterRadius: 36,
		clusterMaxZoom: 8,
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
];

/** The layer with this id; an unknown id is a programming error. */
export function mapLayer(id: string): MapLayerDefinition {
	const layer = MAP_LAYERS.find((candidate) => candidate.id === id);
	if (!layer)
		throw new Error(`Unknown map layer "${id}" (known: ${MAP_LAYERS.map((l) => l.id).join(', ')})`);
	return layer;
}
