/**
 * The <place-map> element (../PlaceMap.astro): loads the map when it scrolls into view, and keeps
 * the controls that work without it (layer toggles, the list sections they show or hide, the URL)
 * in step. Leaflet and the map code (./runtime.ts) load only then.
 */
import type { ClientMapConfig } from '~/lib/map/client-config';
import type { PlaceCollection } from '~/lib/map/geojson';
import { parseMapSelection } from '~/lib/map/url';
import stylesheetUrl from './map.css?url';
import type { MapController, RouteCollection } from './types';

/** Links a stylesheet; resolves once it applies. */
function linkStylesheet(href: string): Promise<void> {
	if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = href;
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`${href} did not load`));
		document.head.append(link);
	});
}

/**
 * Loads the map when it scrolls into view, and keeps the controls that work without it (layer
 * toggles, the list sections they show or hide, the URL) in step.
 */
class PlaceMapElement extends HTMLElement {
	#controller?: Promise<MapController>;
	#config!: ClientMapConfig;
	#kinds?: Set<string>;

	connectedCallback() {
		this.#config = JSON.parse(this.dataset['config'] ?? '{}') as ClientMapConfig;
		const canvas = this.querySelector('.map-canvas');
		if (!canvas) return;
		if (this.#config.variant === 'full') this.#applySelection();
		for (const toggle of this.#toggles()) {
			toggle.addEventListener('change', () => this.#onToggle(toggle));
		}
		this.querySelector('[data-locate]')?.addEventListener('click', () => this.#locate());
		const observer = new IntersectionObserver((entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void this.#load();
		});
		observer.observe(canvas);
	}

	#toggles() {
		return [...this.querySelectorAll<HTMLInputElement>('input[data-layer-toggle]')];
	}

	/** `?layers=…&kinds=…` from a listing's "show on the map" link. */
	#applySelection() {
		const ids = this.#config.layers.map((layer) => layer.id);
		const selection = parseMapSelection(location.search, ids);
		if (selection.kinds) this.#kinds = new Set(selection.kinds);
		if (!selection.layers) return;
		for (const toggle of this.#toggles()) {
			toggle.checked = selection.layers.includes(toggle.value);
			this.#showListSection(toggle.value, toggle.checked);
		}
	}

	#showListSection(layer: string, visible: boolean) {
		const section = document.querySelector<HTMLElement>(`[data-map-list] [data-layer="${layer}"]`);
		if (section) section.hidden = !visible;
	}

	#onToggle(toggle: HTMLInputElement) {
		this.#showListSection(toggle.value, toggle.checked);
		const toggles = this.#toggles();
		const shown = toggles.filter((input) => input.checked).map((input) => input.value);
		const url = new URL(location.href);
		if (shown.length === toggles.length) url.searchParams.delete('layers');
		else url.searchParams.set('layers', shown.join(','));
		history.replaceState(history.state, '', url.href.replace(/%2C/g, ','));
		void this.#controller?.then((controller) =>
			controller.setLayerVisible(toggle.value, toggle.checked),
		);
	}

	#load(): Promise<MapController> {
		if (this.#controller) return this.#controller;
		// The map code, its styles and the layers' data load side by side.
		const data = this.#config.layers.map(async (layer) => {
			const response = await fetch(layer.url);
			if (!response.ok) throw new Error(`${layer.url}: HTTP ${response.status}`);
			return (await response.json()) as PlaceCollection;
		});
		const routeUrl = this.#config.route?.url;
		const route = routeUrl
			? fetch(routeUrl).then(async (response) => {
					if (!response.ok) throw new Error(`${routeUrl}: HTTP ${response.status}`);
					return (await response.json()) as RouteCollection;
				})
			: undefined;
		const stylesheet = linkStylesheet(stylesheetUrl);
		// Every layer shows unless its toggle is unchecked (small maps have no toggles).
		const hidden = new Set(
			this.#toggles()
				.filter((input) => !input.checked)
				.map((input) => input.value),
		);
		const visibleLayers = new Set(
			this.#config.layers.map((layer) => layer.id).filter((id) => !hidden.has(id)),
		);
		this.#controller = import('./runtime')
			.then(({ mountMap }) =>
				mountMap(this, this.#config, {
					visibleLayers,
					kinds: this.#kinds,
					data,
					stylesheet,
					route,
				}),
			)
			.then((controller) => {
				// Two frames: the markers added above have been laid out and painted.
				requestAnimationFrame(() =>
					requestAnimationFrame(() => {
						performance.mark('map:drawn');
						this.dataset['state'] = 'ready';
					}),
				);
				return controller;
			});
		this.#controller.catch(() => {
			this.dataset['state'] = 'error';
			this.#say(this.#config.text.loadError);
		});
		return this.#controller;
	}

	#say(message: string) {
		const status = this.querySelector('.map-status') ?? this.querySelector('.map-hint');
		if (!status) return;
		status.textContent = message;
		status.classList.add('is-shown');
	}

	/** "Around me": the browser asks for the position only now, on the visitor's click. */
	#locate() {
		this.#say(this.#config.text.locating);
		navigator.geolocation.getCurrentPosition(
			(position) => {
				void this.#load().then((controller) =>
					controller.showNearby(position.coords.latitude, position.coords.longitude),
				);
			},
			() => this.#say(this.#config.text.locateError),
			{ maximumAge: 60_000, timeout: 20_000 },
		);
	}
}

customElements.define('place-map', PlaceMapElement);
