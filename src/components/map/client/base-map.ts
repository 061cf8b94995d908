/**
 * The map's own background when its tiles fail: as soon as one tile fails to load (no signal,
 * the tile server down or blocked), the communes' outlines and the
 * villages' names (src/lib/map/base-map.ts) are fetched and drawn in panes under the tiles, and
 * the map says that its background is unavailable. Tiles that do load still cover them; markers
 * are never left on an empty panel.
 */
import {
	divIcon,
	geoJSON,
	marker as createMarker,
	type Map as LeafletMap,
	type TileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { BaseMapCollection, BaseMapLabel } from '~/lib/map/base-map';

/** Under Leaflet's tile pane (z-index 200), so that any tile that loads covers the drawing. */
const OUTLINE_PANE = 'pm-base';
const LABEL_PANE = 'pm-base-labels';

const escapeHtml = (value: string) =>
	value.replace(
		/[&<>"']/g,
		(character) =>
			({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
	);

/** Shows each name unless it would overlap one shown before it (the larger village's). */
function declutter(labels: readonly HTMLElement[]): void {
	const shown: DOMRect[] = [];
	for (const label of labels) {
		label.style.visibility = '';
		const box = label.getBoundingClientRect();
		const overlaps = shown.some(
			(other) =>
				box.left < other.right + 4 &&
				other.left < box.right + 4 &&
				box.top < other.bottom &&
				other.top < box.bottom,
		);
		if (overlaps) label.style.visibility = 'hidden';
		else shown.push(box);
	}
}

function draw(map: LeafletMap, collection: BaseMapCollection): void {
	geoJSON(
		{
			type: 'FeatureCollection',
			features: collection.features.filter((feature) => feature.properties.kind === 'commune'),
		} as GeoJSON.FeatureCollection,
		{
			pane: OUTLINE_PANE,
			interactive: false,
			style: {
				color: '#5b6770',
				weight: 1.5,
				fillColor: '#f3f0e4',
				fillOpacity: 1,
			},
		},
	).addTo(map);
	const labels: HTMLElement[] = [];
	for (const feature of collection.features) {
		if (feature.properties.kind !== 'village') continue;
		const {
			geometry: {
				coordinates: [lon, lat],
			},
			properties: { name },
		} = feature as BaseMapLabel;
		const label = createMarker([lat, lon], {
			pane: LABEL_PANE,
			icon: divIcon({
				className: 'pm-base-label',
				html: `<span>${escapeHtml(name)}</span>`,
				// Sized by its text (CSS), not by Leaflet.
				iconSize: null as unknown as [number, number],
			}),
			interactive: false,
			keyboard: false,
		}).addTo(map);
		const text = label.getElement()?.querySelector('span');
		if (text) labels.push(text);
	}
	declutter(labels);
	map.on('zoomend', () => declutter(labels));
}

/**
 * Watches the tiles; on the first failure draws the vector background and shows the notice.
 * Marks the host `data-base="vector"` once drawn.
 */
export function watchTiles(
	map: LeafletMap,
	tiles: TileLayer,
	host: HTMLElement,
	{ url, notice }: { url: string; notice: string },
): void {
	map.createPane(OUTLINE_PANE).style.zIndex = '150';
	const labels = map.createPane(LABEL_PANE);
	labels.style.zIndex = '160';
	// The names repeat the villages of the page's own list: a picture of the area, as tiles are.
	labels.setAttribute('aria-hidden', 'true');
	let started = false;
	const fallBack = () => {
		if (started) return;
		started = true;
		const message = host.querySelector<HTMLElement>('.map-base-notice');
		if (message) {
			message.textContent = notice;
			message.hidden = false;
		}
		void fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json() as Promise<BaseMapCollection>;
			})
			.then((collection) => {
				draw(map, collection);
				host.dataset['base'] = 'vector';
			})
			.catch(() => {
				host.dataset['base'] = 'none';
			});
	};
	// Offline, a tile fails too, unless a hike saved on the device holds it (the service worker
	// answers from it): the map then shows its saved tiles and says nothing.
	tiles.on('tileerror', fallBack);
}
