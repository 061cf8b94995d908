/**
 * What the map does for keyboard and screen-reader visitors beyond Leaflet: one status region
 * that speaks only when its message changes, the popup read and reached right after its marker,
 * Escape closing it, and Leaflet's own drawings and controls named once.
 */
import type { Map as LeafletMap, Marker, Popup } from 'leaflet/dist/leaflet-src.esm.js';

/**
 * Writes into the map's status region (the full map's visible one, a small map's hidden one).
 * The same message twice is written once: a screen reader would otherwise repeat it.
 */
export function announcer(host: HTMLElement): (message: string) => void {
	return (message) => {
		const status = host.querySelector<HTMLElement>('.map-status, .map-announce');
		if (!status || status.textContent === message) return;
		status.textContent = message;
	};
}

/**
 * Leaflet puts popups in their own pane, after every marker: Tab from a popup would skip the
 * markers after its own, Shift+Tab land on the last one. `placeAfter` moves the open popup right
 * after its marker (both panes share the map's origin, so it stays where Leaflet draws it).
 */
export function placeAfter(popup: Popup, marker: Marker): void {
	const element = popup.getElement();
	const markerElement = marker.getElement();
	if (!element || !markerElement) return;
	markerElement.after(element);
	// Above every marker, as in its own pane.
	element.style.zIndex = '100000';
}

/** Escape closes the open popup, wherever focus is in the map, and gives focus back to its marker. */
export function closeOnEscape(
	map: LeafletMap,
	canvas: HTMLElement,
	popup: Popup,
	source: () => Marker | undefined,
): void {
	canvas.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !map.hasLayer(popup)) return;
		event.preventDefault();
		const marker = source()?.getElement();
		map.closePopup();
		marker?.focus({ preventScroll: true });
	});
}

/**
 * The vector drawings (tracks, a route, park areas) are pictures the map's own name and text
 * alternatives describe: hidden from assistive technology, not an unnamed image. The zoom
 * buttons keep their name (aria-label) and lose the identical tooltip, read as a description.
 */
export function quietLeaflet(map: LeafletMap, canvas: HTMLElement): void {
	map.getPane('overlayPane')?.setAttribute('aria-hidden', 'true');
	for (const button of canvas.querySelectorAll<HTMLElement>('.leaflet-control-zoom a')) {
		button.removeAttribute('title');
	}
}
