/** A hike's track on the map: drawn while its popup is open, previewed while its marker is hovered. */
import {
	polyline,
	type LatLngExpression,
	type Layer,
	type Map as LeafletMap,
} from 'leaflet/dist/leaflet-src.esm.js';
import { toLatLng } from './route';
import type { Place } from './types';

export interface Tracks {
	/** Draws a place's track (a GeoJSON LineString at `url`), in place of any other. */
	show(place: Place, url: string): Promise<void>;
	hide(): void;
	/** Hovering a hike's marker previews its track; leaving it shows the open popup's (`open`) again. */
	preview(place: Place | undefined, hovered: boolean, open: Place | undefined): void;
}

export function tracksOn(map: LeafletMap): Tracks {
	let track: Layer | undefined;
	/** The place whose track is drawn (or on its way), and the tracks already fetched. */
	let trackOf: string | undefined;
	const fetched = new Map<string, Promise<LatLngExpression[]>>();

	async function show(place: Place, url: string) {
		if (trackOf === place.key) return;
		trackOf = place.key;
		let points = fetched.get(url);
		if (!points) {
			points = fetch(url)
				.then((response) => (response.ok ? response.json() : { coordinates: [] }))
				.then((line: { coordinates?: number[][] }) => (line.coordinates ?? []).map(toLatLng));
			fetched.set(url, points);
		}
		const latLngs = await points.catch(() => []);
		if (trackOf !== place.key) return;
		track?.remove();
		track = polyline(latLngs, {
			color: place.layer.config.color,
			weight: 5,
			opacity: 0.85,
			interactive: false,
		}).addTo(map);
	}

	function hide() {
		trackOf = undefined;
		track?.remove();
		track = undefined;
	}

	return {
		show,
		hide,
		preview(place, hovered, open) {
			const shown = hovered ? place : open;
			const url = shown?.feature.properties.track;
			if (shown && url) void show(shown, url);
			else hide();
		},
	};
}
