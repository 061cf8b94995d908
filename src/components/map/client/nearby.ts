/** Writes the "around me" list: the nearest places, with kind, village and distance. */
import type { ClientMapConfig } from '../../../lib/map/client-config';
import { formatDistance } from '../../../lib/i18n/format';
import type { Nearby, NearbyPlace } from './runtime';
import { fill } from './text';

export function renderNearby(
	section: HTMLElement,
	status: HTMLElement | null,
	nearest: Nearby<NearbyPlace>[],
	config: ClientMapConfig,
): void {
	const list = section.querySelector('ol');
	if (!list) return;
	list.replaceChildren(
		...nearest.map(({ item: { feature }, metres }) => {
			const { name, kind, village, url } = feature.properties;
			const entry = document.createElement('li');
			const link = document.createElement('a');
			link.href = url;
			link.textContent = name;
			const meta = document.createElement('span');
			meta.className = 'meta';
			meta.textContent = `${config.kinds[kind] ?? kind} · ${village}`;
			const distance = document.createElement('strong');
			distance.className = 'distance';
			distance.textContent = fill(config.text.distance, {
				distance: formatDistance(metres, config.locale),
			});
			entry.append(link, meta, distance);
			return entry;
		}),
	);
	section.hidden = nearest.length === 0;
	if (status) {
		status.textContent = nearest.length
			? fill(config.text.nearbyFound, { count: nearest.length })
			: config.text.nearbyNone;
	}
}
