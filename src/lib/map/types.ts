/**
 * The shapes the map works with: a place in one language, and a layer of places. Plain types,
 * shared by the build (GeoJSON endpoints, list view) and the browser (the map runtime).
 */
import type { GeoPoint } from '../geo/territory';
import type { Locale } from '../i18n/locales';
import type { UiKey } from '../i18n/ui';
import type { MarkerSymbol } from './symbols';

/** A kind of place the map can show: every `map.kind.<kind>` key of the dictionaries. */
export type MapKind = UiKey extends infer Key
	? Key extends `map.kind.${infer Kind}`
		? Kind
		: never
	: never;

/** A place on the map, resolved for one language: only what the map and its list need. */
export interface MapPlace {
	/** The entry's id, unique within its layer. */
	id: string;
	/** Its name as visitors read it. */
	name: string;
	/** What it is (legend, popup, list headings). */
	kind: MapKind;
	/** The name of the village it is in. */
	village: string;
	/** Its page in this language. */
	url: string;
	/** Where it is. */
	location: GeoPoint;
	/** A small photo for the popup (a URL of the built site), where there is one. */
	thumbnail?: string;
	/** For hikes: the URL of the track as a GeoJSON LineString, drawn when the place is selected. */
	track?: string;
	/** A sample entry: its popup and its line in the list carry the mark "Exemple". */
	sample?: boolean;
}

/** How a layer's markers look: a colour and a symbol, so that colour is never the only cue. */
export interface MarkerStyle {
	/** Fill colour of the marker; white symbols must stay readable on it (contrast ≥ 4.5:1). */
	color: string;
	symbol: MarkerSymbol;
}

/** One collection on the map. */
export interface MapLayerDefinition {
	/** Used in file names (`offices.geojson`) and in the map's URL (`?layers=offices`). */
	id: string;
	/** The layer's name in the legend and its toggle (plural: "Information offices"). */
	label: UiKey;
	/** The kinds its places can have; each has a `map.kind.<kind>` label. */
	kinds: readonly MapKind[];
	/** Kinds drawn as larger, ringed markers (the head office). */
	prominentKinds?: readonly MapKind[];
	marker: MarkerStyle;
	/**
	 * Places that stay in sight when zoomed out (the offices): a cluster holding exactly one of
	 * them is drawn as that place, with the number of places around it.
	 */
	anchor?: boolean;
	/** The layer's places in a language, read from its collection at build time. */
	places(locale: Locale): Promise<MapPlace[]>;
}
