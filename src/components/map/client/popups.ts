/**
 * The markers' popups: a place's (its name, kind and village, a button that zooms into the places
 * around an anchor) and the list of places at one spot. One popup at a time, placed right after
 * its marker for keyboard visitors, closed by Escape, giving focus back to its marker.
 */
import { popup as createPopup, type Marker } from 'leaflet/dist/leaflet-src.esm.js';
import { closeOnEscape, placeAfter } from './access';
import type { Tracks } from './tracks';
import type { MapContext, Place } from './types';

export interface Popups {
	/** A place's popup; with `around`, a button that zooms into the places around it. */
	openPlace(place: Place, source: Marker, fromKeyboard: boolean, around?: () => void): void;
	/** Places at one spot even at the closest zoom: their list. */
	openList(places: readonly Place[], source: Marker, fromKeyboard: boolean): void;
	/** The place whose popup is open, if any. */
	openPlaceNow(): Place | undefined;
}

function link(url: string, label: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.textContent = label;
	return anchor;
}

function paragraph(className: string, ...content: (Node | string)[]): HTMLParagraphElement {
	const element = document.createElement('p');
	element.className = className;
	element.append(...content);
	return element;
}

export function popupsOf({ map, canvas, config, places }: MapContext, tracks: Tracks): Popups {
	const { text } = config;
	const markerPopup = createPopup({ autoPanPadding: [16, 16], maxWidth: 280 });
	let openKey: string | undefined;
	let popupSource: Marker | undefined;

	/** "Exemple · Gîte · Vialas": a sample place is never taken for a real one. */
	const meta = (sample: boolean | undefined, ...parts: string[]) =>
		`${sample ? `${text.sampleMark} · ` : ''}${parts.join(' · ')}`;

	function open(source: Marker, content: HTMLElement, focus: HTMLElement | null) {
		popupSource = source;
		markerPopup.setLatLng(source.getLatLng()).setContent(content).openOn(map);
		placeAfter(markerPopup, source);
		markerPopup
			.getElement()
			?.querySelector('.leaflet-popup-close-button')
			?.setAttribute('aria-label', text.closePopup);
		focus?.focus({ preventScroll: true });
	}

	closeOnEscape(map, canvas, markerPopup, () => popupSource);
	map.on('popupclose', () => {
		openKey = undefined;
		tracks.hide();
		// Focus was in the popup (its link or close button): give it back to the marker.
		const element = markerPopup.getElement();
		if (element?.contains(document.activeElement) || document.activeElement === document.body) {
			popupSource?.getElement()?.focus({ preventScroll: true });
		}
	});

	return {
		openPlace(place, source, fromKeyboard, around) {
			const { name, kind, village, url, thumbnail, track, sample } = place.feature.properties;
			const content = document.createElement('div');
			content.className = 'pm-popup';
			if (thumbnail) {
				const image = document.createElement('img');
				image.src = thumbnail;
				image.alt = '';
				image.loading = 'lazy';
				content.append(image);
			}
			const title = link(url, name);
			content.append(
				paragraph('pm-popup-name', title),
				paragraph('pm-popup-meta', meta(sample, config.kinds[kind] ?? kind, village)),
			);
			if (around) {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'pm-popup-zoom';
				button.textContent = text.zoomAround;
				button.addEventListener('click', () => {
					map.closePopup();
					around();
				});
				content.append(button);
			}
			open(source, content, fromKeyboard ? title : null);
			openKey = place.key;
			if (track) void tracks.show(place, track);
		},
		openList(listed, source, fromKeyboard) {
			const content = document.createElement('div');
			content.className = 'pm-popup';
			const list = document.createElement('ul');
			list.className = 'pm-popup-list';
			for (const place of listed) {
				const { url, name, kind, sample } = place.feature.properties;
				const item = document.createElement('li');
				item.append(link(url, name));
				item.append(paragraph('pm-popup-meta', meta(sample, config.kinds[kind] ?? '')));
				list.append(item);
			}
			content.append(list);
			open(source, content, fromKeyboard ? list.querySelector('a') : null);
		},
		openPlaceNow: () => (openKey && map.hasLayer(markerPopup) ? places.get(openKey) : undefined),
	};
}
