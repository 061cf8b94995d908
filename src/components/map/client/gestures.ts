/**
 * Cooperative gestures for small maps inside a page: one finger (or the mouse wheel) scrolls the
 * page as everywhere else; two fingers (Leaflet's pinch handler) or Ctrl + wheel move and zoom
 * the map. A short hint says so when a visitor tries the usual gesture on the map.
 */
import type { Map as LeafletMap } from 'leaflet';
import type { ClientText } from '~/lib/map/client-config';

const HINT_MS = 1500;

export function cooperativeGestures(
	map: LeafletMap,
	canvas: HTMLElement,
	hint: HTMLElement | null,
	text: Record<ClientText, string>,
): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const show = (message: string) => {
		if (!hint) return;
		hint.textContent = message;
		hint.classList.add('is-shown');
		clearTimeout(timer);
		timer = setTimeout(() => hint.classList.remove('is-shown'), HINT_MS);
	};
	const hide = () => {
		clearTimeout(timer);
		hint?.classList.remove('is-shown');
	};

	canvas.addEventListener(
		'touchmove',
		(event) => {
			if (event.touches.length === 1 && !map.dragging.enabled()) show(text.twoFingers);
			else hide();
		},
		{ passive: true },
	);

	canvas.addEventListener(
		'wheel',
		(event) => {
			if (!event.ctrlKey && !event.metaKey) {
				show(text.ctrlZoom);
				return;
			}
			// Ctrl + wheel would zoom the whole page: zoom the map instead.
			event.preventDefault();
			hide();
			map.setZoom(map.getZoom() + (event.deltaY < 0 ? 1 : -1));
		},
		{ passive: false },
	);
}
