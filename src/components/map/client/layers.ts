/** The map's layers: their places (of the asked kinds only), which are shown, and their keys. */
import type { ClientMapConfig } from '~/lib/map/client-config';
import type { LayerState, MapInputs, Place } from './types';

/** Each layer with its places, once its GeoJSON has arrived. */
export function loadLayers(
	config: ClientMapConfig,
	{ visibleLayers, kinds, data }: Pick<MapInputs, 'visibleLayers' | 'kinds' | 'data'>,
): Promise<LayerState[]> {
	return Promise.all(
		config.layers.map(async (layer, position) => {
			const collection = await data[position];
			if (!collection) throw new Error(`No data for layer ${layer.id}`);
			const features = kinds
				? collection.features.filter((feature) => kinds.has(feature.properties.kind))
				: collection.features;
			return { config: layer, features, visible: visibleLayers.has(layer.id) };
		}),
	);
}

/** A place's key: its layer and its id, "offices/vialas". */
export const placeKey = (layer: LayerState, id: string): string => `${layer.config.id}/${id}`;

/** Every place of every layer, by key. */
export function placesOf(layers: readonly LayerState[]): Map<string, Place> {
	const places = new Map<string, Place>();
	for (const layer of layers) {
		for (const feature of layer.features) {
			const key = placeKey(layer, feature.id);
			places.set(key, { key, layer, feature });
		}
	}
	return places;
}

/** A place of a kind its layer puts forward (the office's head office). */
export const isProminent = ({ layer, feature }: Place): boolean =>
	layer.config.prominentKinds.includes(feature.properties.kind);

/** How many places the shown layers hold. */
export const shownCount = (layers: readonly LayerState[]): number =>
	layers.filter((layer) => layer.visible).reduce((sum, layer) => sum + layer.features.length, 0);
