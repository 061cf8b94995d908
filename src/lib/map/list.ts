/** The list view of the map: places grouped by village, in the visitor's alphabetical order. */
import type { Locale } from '../i18n/locales';
import type { MapPlace } from './types';

export interface VillageGroup {
	village: string;
	places: MapPlace[];
}

/** Villages in alphabetical order, and the places of each by name. */
export function groupByVillage(places: readonly MapPlace[], locale: Locale): VillageGroup[] {
	const collator = new Intl.Collator(locale, { sensitivity: 'base' });
	const groups = new Map<string, MapPlace[]>();
	for (const place of places)
		groups.set(place.village, [...(groups.get(place.village) ?? []), place]);
	return [...groups]
		.sort(([a], [b]) => collator.compare(a, b))
		.map(([village, members]) => ({
			village,
			places: members.sort((a, b) => collator.compare(a.name, b.name)),
		}));
}
