/**
 * Addresses of the map: its page with layers and kinds chosen in the query string (so a listing
 * can link to "this list on the map"), and the GeoJSON file of each layer.
 *
 * `?layers=offices,accommodation` shows only those layers; `?kinds=hotel,campsite` shows only
 * places of those kinds within them. Unknown values are ignored.
 */
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';

export interface MapSelection {
	/** Layer ids to show; all layers when absent. */
	layers?: readonly string[];
	/** Kinds to show; all kinds when absent. */
	kinds?: readonly string[];
}

/** The map page in a language, showing a selection: `/carte/?layers=offices`. */
export function mapHref(locale: Locale, selection: MapSelection = {}): string {
	const query = new URLSearchParams();
	if (selection.layers?.length) query.set('layers', selection.layers.join(','));
	if (selection.kinds?.length) query.set('kinds', selection.kinds.join(','));
	const search = query.toString().replace(/%2C/g, ',');
	return `${pathTo({ route: 'map' }, locale)}${search ? `?${search}` : ''}`;
}

const list = (value: string | null) =>
	value === null
		? undefined
		: value
				.split(',')
				.map((item) => item.trim())
				.filter(Boolean);

/** The selection in a map URL's query string, keeping only known layers. */
export function parseMapSelection(search: string, knownLayers: readonly string[]): MapSelection {
	const query = new URLSearchParams(search);
	const selection: MapSelection = {};
	const layers = list(query.get('layers'))?.filter((id) => knownLayers.includes(id));
	if (layers?.length) selection.layers = layers;
	const kinds = list(query.get('kinds'));
	if (kinds?.length) selection.kinds = kinds;
	return selection;
}

/** The URL of a layer's GeoJSON in a language: `/carte/offices.geojson`, `/en/map/offices.geojson`. */
export function layerDataPath(layerId: string, locale: Locale): string {
	return `${pathTo({ route: 'map' }, locale)}${layerId}.geojson`;
}
