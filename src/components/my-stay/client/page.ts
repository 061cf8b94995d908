/**
 * The "My stay" page (<my-stay>): reads the list, imports a shared one from the URL's fragment
 * (asking first when a different list is already there), fetches the build's catalogue, and draws
 * the list, the map and the share link; redraws whenever the list changes.
 */
import type { ClientMapConfig } from '~/lib/map/client-config';
import type { PlaceCollection, PlaceFeature } from '~/lib/map/geojson';
import type { MapKind } from '~/lib/map/types';
import { parisToday } from '~/lib/calendar/paris-time';
import type { Locale } from '~/lib/i18n/locales';
import {
	MAP_LAYER_OF,
	type StayCatalogue,
	type StayKey,
	type StayKind,
} from '~/lib/my-stay/catalogue';
import { boundsOf, groupStay, placesOf, type StayEntry } from '~/lib/my-stay/group';
import { dayHeading, slotParts } from '~/lib/my-stay/present';
import { decodeShare, shareUrl } from '~/lib/my-stay/share';
import { CHANGE_EVENT, mergeKeys } from '~/lib/my-stay/storage';
import { announce, currentStay, saveStay } from './stay-elements';

type Text = Record<
	| 'one'
	| 'other'
	| 'summary'
	| 'remove'
	| 'removeNamed'
	| 'sampleMark'
	| 'removed'
	| 'gone'
	| 'loadError'
	| 'storageError'
	| 'copied'
	| 'clearConfirm'
	| 'cleared'
	| 'importText'
	| 'imported'
	| 'range'
	| 'from'
	| 'until'
	| 'otherDates',
	string
> & { kinds: Record<StayKind, string> };

const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match,
	);

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	...content: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	node.append(...content);
	return node;
}

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

class MyStayElement extends HTMLElement {
	#text!: Text;
	#locale: Locale = 'fr';
	#catalogue: Promise<StayCatalogue> | undefined;
	#shared: StayKey[] | undefined;
	#mapVisible = false;
	#mappedKeys = '';
	/** The list last drawn, as its keys joined. */
	#drawn = '';

	connectedCallback() {
		this.#text = JSON.parse(this.dataset['text'] ?? '{}') as Text;
		this.#locale = this.dataset['locale'] === 'en' ? 'en' : 'fr';
		this.#shared = decodeShare(location.hash);
		this.#part('[data-copy]')?.addEventListener('click', () => void this.#copy());
		this.#part('[data-print]')?.addEventListener('click', () => window.print());
		this.#part('[data-clear]')?.addEventListener('click', () => this.#clear());
		this.#part('[data-remove-gone]')?.addEventListener('click', () => void this.#removeGone());
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-import]')) {
			button.addEventListener('click', () => this.#import(button.dataset['import'] ?? 'ignore'));
		}
		this.#part('[data-list]')?.addEventListener('click', (event) => {
			const button = (event.target as Element).closest<HTMLButtonElement>('[data-remove]');
			if (button) this.#remove(button);
		});
		window.addEventListener(CHANGE_EVENT, () => void this.#render());
		window.addEventListener('storage', () => void this.#render());
		const canvas = this.#part('.map-canvas');
		if (canvas) {
			const observer = new IntersectionObserver((entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				this.#mapVisible = true;
				void this.#render();
			});
			observer.observe(canvas);
		}
		// A shared link opened while this page is open only changes the fragment.
		window.addEventListener('hashchange', () => {
			this.#shared = decodeShare(location.hash);
			this.#offerImport();
		});
		this.#offerImport();
		void this.#render();
	}

	#part<T extends HTMLElement = HTMLElement>(selector: string): T | null {
		return this.querySelector<T>(selector);
	}

	#count(count: number): string {
		return count === 1 ? this.#text.one : fill(this.#text.other, { count });
	}

	#say(message: string) {
		const status = this.#part('[data-status]');
		if (status) status.textContent = message;
	}

	#save(keys: readonly StayKey[]) {
		if (!saveStay(keys)) this.#say(this.#text.storageError);
	}

	/** A shared list: taken as it is into an empty list, else the visitor chooses. */
	#offerImport() {
		const shared = this.#shared;
		if (!shared) return;
		const mine = currentStay();
		const same = mine.length === shared.length && shared.every((key) => mine.includes(key));
		if (mine.length === 0 || same) {
			this.#import('replace');
			return;
		}
		const panel = this.#part('[data-import]');
		const text = this.#part('[data-import-text]');
		if (!panel || !text) return;
		text.textContent = fill(this.#text.importText, {
			theirs: this.#count(shared.length),
			mine: this.#count(mine.length),
		});
		panel.hidden = false;
		this.#part('#my-stay-import')?.focus();
	}

	#import(choice: string) {
		const shared = this.#shared;
		this.#shared = undefined;
		const panel = this.#part('[data-import]');
		if (panel) panel.hidden = true;
		// The fragment is read once: a reload or a bookmark shows the list as it is now.
		history.replaceState(history.state, '', location.pathname + location.search);
		if (!shared || choice === 'ignore') {
			this.#part('[data-summary]')?.focus();
			return;
		}
		this.#save(choice === 'merge' ? mergeKeys(currentStay(), shared) : shared);
		this.#say(this.#text.imported);
		this.#part('[data-summary]')?.focus();
	}

	#catalogueOnce(): Promise<StayCatalogue> {
		this.#catalogue ??= fetch(this.dataset['catalogue'] ?? '').then(async (response) => {
			if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
			return (await response.json()) as StayCatalogue;
		});
		this.#catalogue.catch(() => {
			this.#catalogue = undefined;
		});
		return this.#catalogue;
	}

	async #render() {
		const keys = currentStay();
		const empty = this.#part('[data-empty]');
		const filled = this.#part('[data-filled]');
		if (!empty || !filled) return;
		if (keys.length === 0) {
			this.#drawn = '';
			empty.hidden = false;
			filled.hidden = true;
			this.dataset['state'] = 'empty';
			return;
		}
		let catalogue: StayCatalogue;
		try {
			catalogue = await this.#catalogueOnce();
		} catch {
			this.#say(this.#text.loadError);
			return;
		}
		// The list may have changed while the catalogue loaded: draw what is stored now.
		const now = currentStay();
		if (now.length === 0) {
			void this.#render();
			return;
		}
		// Several changes can arrive together (this page's, another tab's): each list is drawn once.
		const signature = now.join(' ');
		if (signature !== this.#drawn) {
			this.#drawn = signature;
			this.#draw(now, catalogue);
		}
		empty.hidden = true;
		filled.hidden = false;
		this.dataset['state'] = 'filled';
		if (this.#mapVisible) void this.#drawMap(now, catalogue);
	}

	#draw(keys: StayKey[], catalogue: StayCatalogue) {
		const text = this.#text;
		const today = parisToday();
		const groups = groupStay(keys, catalogue, Date.now(), today);
		const summary = this.#part('[data-summary]');
		if (summary) summary.textContent = fill(text.summary, { count: this.#count(keys.length) });
		const link = this.#part<HTMLInputElement>('[data-share-link]');
		if (link) link.value = shareUrl(location.href, keys);

		const item = ({ key, item: entry }: StayEntry, ...details: string[]) => {
			const anchor = element('a', '', entry.t);
			anchor.href = entry.u;
			if (entry.tl) anchor.lang = entry.tl;
			const remove = element('button', 'stay-remove', text.remove);
			remove.type = 'button';
			remove.dataset['remove'] = key;
			remove.dataset['name'] = entry.t;
			remove.setAttribute('aria-label', fill(text.removeNamed, { name: entry.t }));
			const kind = this.#kindLabel(entry.m);
			return element(
				'li',
				'stay-item',
				element(
					'div',
					'',
					element('p', 'stay-name', anchor),
					element(
						'p',
						'stay-meta',
						[entry.ex ? text.sampleMark : '', kind, entry.v].filter(Boolean).join(' · '),
					),
					...details.filter(Boolean).map((detail) => element('p', 'stay-meta', detail)),
				),
				remove,
			);
		};

		const sections: HTMLElement[] = [];
		for (const { kind, entries } of groups.kinds) {
			const id = `my-stay-${kind}`;
			const heading = element('h2', '', text.kinds[kind]);
			heading.id = id;
			const section = element(
				'section',
				'',
				heading,
				element('ul', 'stay-list', ...entries.map((entry) => item(entry))),
			);
			section.setAttribute('aria-labelledby', id);
			sections.push(section);
		}
		if (groups.days.length > 0) {
			const heading = element('h2', '', text.kinds.event);
			heading.id = 'my-stay-event';
			const section = element('section', '', heading);
			section.setAttribute('aria-labelledby', heading.id);
			for (const { day, entries } of groups.days) {
				const time = element('time', '', dayHeading(day, this.#locale, today));
				time.dateTime = day;
				section.append(
					element('h3', '', time),
					element(
						'ul',
						'stay-list',
						...entries.map((entry) => {
							const parts = slotParts(entry.slot, entry.later, this.#locale, text, today);
							return item(
								entry,
								[parts.times, parts.until].filter(Boolean).join(', '),
								parts.others,
							);
						}),
					),
				);
			}
			sections.push(section);
		}
		this.#part('[data-list]')?.replaceChildren(...sections);

		const gone = this.#part('[data-gone]');
		if (gone) {
			gone.hidden = groups.gone.length === 0;
			const message = gone.querySelector('span');
			if (message)
				message.textContent = fill(text.gone, { count: this.#count(groups.gone.length) });
			gone.dataset['keys'] = groups.gone.join(' ');
		}
	}

	#kindLabel(kind: string): string {
		const config = JSON.parse(this.dataset['map'] ?? '{}') as ClientMapConfig;
		return config.kinds[kind] ?? '';
	}

	#remove(button: HTMLButtonElement) {
		const key = button.dataset['remove'] as StayKey;
		const items = [...this.querySelectorAll<HTMLButtonElement>('[data-remove]')];
		const next = items[items.indexOf(button) + 1] ?? items[items.indexOf(button) - 1];
		const nextKey = next?.dataset['remove'];
		this.#save(currentStay().filter((other) => other !== key));
		announce(fill(this.#text.removed, { name: button.dataset['name'] ?? '' }));
		// The list is redrawn: focus moves to the neighbour's button, or to the summary.
		void this.#render().then(() => {
			const target = nextKey
				? this.querySelector<HTMLElement>(`[data-remove="${CSS.escape(nextKey)}"]`)
				: null;
			const fallback = this.#part(currentStay().length > 0 ? '[data-summary]' : '#my-stay-empty');
			(target ?? fallback)?.focus();
		});
	}

	async #removeGone() {
		const gone = new Set((this.#part('[data-gone]')?.dataset['keys'] ?? '').split(' '));
		this.#save(currentStay().filter((key) => !gone.has(key)));
		await this.#render();
		this.#part('[data-summary]')?.focus();
	}

	#clear() {
		const keys = currentStay();
		if (!window.confirm(fill(this.#text.clearConfirm, { count: this.#count(keys.length) }))) return;
		this.#save([]);
		this.#say(this.#text.cleared);
		void this.#render().then(() => this.#part('#my-stay-empty')?.focus());
	}

	async #copy() {
		const field = this.#part<HTMLInputElement>('[data-share-link]');
		if (!field) return;
		try {
			await navigator.clipboard.writeText(field.value);
			this.#say(this.#text.copied);
		} catch {
			// No clipboard (an old browser, a refused permission): the link is selected to copy by hand.
			field.select();
		}
	}

	/** The items with a place, on the site's map, in their usual layers. Redrawn when they change. */
	async #drawMap(keys: StayKey[], catalogue: StayCatalogue) {
		const places = placesOf(keys, catalogue);
		const signature = places.map(({ key }) => key).join(' ');
		if (signature === this.#mappedKeys) return;
		this.#mappedKeys = signature;
		const host = this.#part('[data-map-host]');
		const old = host?.querySelector('.map-canvas');
		if (!host || !old) return;
		// Leaflet draws into a container once: a changed list gets a fresh one.
		const canvas = old.cloneNode(false) as HTMLElement;
		old.replaceWith(canvas);
		const base = JSON.parse(this.dataset['map'] ?? '{}') as ClientMapConfig;
		const box = boundsOf(places.map(({ item }) => item.g));
		if (!box) return;
		const [[south, west], [north, east]] = box;
		const config: ClientMapConfig = {
			...base,
			view:
				places.length === 1
					? { center: [south, west], zoom: 13 }
					: {
							bounds: [
								[south - 0.01, west - 0.01],
								[north + 0.01, east + 0.01],
							],
						},
		};
		const track = this.dataset['track'] ?? '';
		const data = base.layers.map((layer) =>
			Promise.resolve<PlaceCollection>({
				type: 'FeatureCollection',
				features: places
					.filter(({ item }) => MAP_LAYER_OF[item.k] === layer.id)
					.map(({ key, item }): PlaceFeature => {
						const properties: PlaceFeature['properties'] = {
							name: item.t,
							kind: item.m as MapKind,
							village: item.v,
							url: item.u,
						};
						if (item.k === 'hike') properties.track = track.replace('{id}', key.slice(2));
						return {
							type: 'Feature',
							id: key.slice(2),
							geometry: { type: 'Point', coordinates: [item.g[1], item.g[0]] },
							properties,
						};
					}),
			}),
		);
		const { mountMap } = await import('../../map/client/runtime');
		await mountMap(host, config, {
			visibleLayers: new Set(base.layers.map((layer) => layer.id)),
			data,
			stylesheet: linkStylesheet(this.dataset['stylesheet'] ?? ''),
		});
		host.dataset['state'] = 'ready';
	}
}

customElements.define('my-stay', MyStayElement);
