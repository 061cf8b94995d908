/** The types the map's modules share: layers and places, clusters, and what the map offers its page. */
import type { Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import type Supercluster from 'supercluster';
import type { ClientLayer, ClientMapConfig } from '~/lib/map/client-config';
import type { ClusterSummary } from '~/lib/map/cluster-summary';
import type { PlaceCollection, PlaceFeature } from '~/lib/map/geojson';

/** A layer with its places (those of the asked kinds) and whether it is shown. */
export interface LayerState {
	config: ClientLayer;
	features: PlaceFeature[];
	visible: boolean;
}

/** A place of a layer, as the clustering knows it: "offices/vialas". */
export interface Place {
	key: string;
	layer: LayerState;
	feature: PlaceFeature;
}

/** What each point and cluster of the index carries: counts per layer, anchors inside. */
export type Summary = ClusterSummary;

/** A point or a cluster of the index, as supercluster returns it. */
export type ClusterFeature = ReturnType<
	Supercluster<{ key: string }, Summary>['getClusters']
>[number];

/** What every part of a mounted map works with. */
export interface MapContext {
	map: LeafletMap;
	/** The <place-map> element, holding the canvas, the status region and the lists. */
	host: HTMLElement;
	/** The element Leaflet draws in. */
	canvas: HTMLElement;
	config: ClientMapConfig;
	layers: LayerState[];
	/** Every place of every layer, by key. */
	places: ReadonlyMap<string, Place>;
	/** Tells screen-reader visitors what changed. */
	say: (message: string) => void;
}

/** A place "around me", with its distance from the visitor in metres. */
export interface Nearby<T> {
	item: T;
	metres: number;
}

export interface NearbyPlace {
	layer: ClientLayer;
	feature: PlaceFeature;
}

export interface MapController {
	setLayerVisible(id: string, visible: boolean): void;
	/**
	 * Centres the map on the visitor and the places nearest to them (visible layers only), lists
	 * those places, and returns them.
	 */
	showNearby(lat: number, lon: number): Nearby<NearbyPlace>[];
}

/** What <place-map> started loading in parallel with the map's module. */
export interface MapInputs {
	/** Layers shown at first (the others' toggles are unchecked). */
	visibleLayers: ReadonlySet<string>;
	/** Only places of these kinds (`?kinds=`), when given. */
	kinds?: ReadonlySet<string> | undefined;
	/** Each layer's GeoJSON, in the order of `config.layers`. */
	data: Promise<PlaceCollection>[];
	/** Leaflet's styles and ours. */
	stylesheet: Promise<void>;
	/** The route's GeoJSON, when the map draws one (`config.route`). */
	route?: Promise<RouteCollection> | undefined;
}

/** A hike's or an itinerary's GeoJSON, as far as the map reads it. */
export interface RouteCollection {
	features: {
		geometry:
			| { type: 'LineString'; coordinates: number[][] }
			| { type: 'Point'; coordinates: number[] }
			| { type: 'MultiPolygon'; coordinates: number[][][][] };
		properties: { kind: string; name?: string };
	}[];
}
