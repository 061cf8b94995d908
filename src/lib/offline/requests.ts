/**
 * What the service worker does with each request, decided from its method and URL alone, so that
 * the rules are tested here (tests/unit/lib/offline/) rather than in a browser.
 */
import { localeOfPath, pathTo } from '../i18n/routes';

/**
 * Paths the service worker never answers nor stores: the forms' actions, the health check, the
 * staff back office.
 */
export const NEVER_CACHED_PREFIXES = ['/_actions/', '/api/', '/staff/'] as const;

export type RequestRule =
	/** Let the browser go to the network as if there were no service worker. */
	| 'network'
	/** A page: network first (short timeout), then the cache, then the offline page. */
	| 'page'
	/** The site search's index: the cache at once, refreshed in the background. */
	| 'search-index'
	/** Hashed build assets: the cache first (their names change with their content). */
	| 'asset'
	/** Same-site images: the cache first, kept a while. */
	| 'image'
	/** Data files (map GeoJSON, GPX, the JSON a page reads such as "my stay"'s): network first, then the cache. */
	| 'data'
	/** Map tiles: those of a saved hike from its cache, others from the network. */
	| 'tile';

export interface RequestFacts {
	method: string;
	url: URL;
	/** The service worker's own origin. */
	origin: string;
	/** `request.mode === 'navigate'`. */
	navigate: boolean;
	/** `request.destination`. */
	destination: string;
	/** Hosts of the map's tile servers. */
	tileHosts: readonly string[];
}

export function ruleFor(request: RequestFacts): RequestRule {
	const { method, url, origin, navigate, destination, tileHosts } = request;
	if (method !== 'GET') return 'network';
	if (url.origin !== origin) return tileHosts.includes(url.host) ? 'tile' : 'network';
	const path = url.pathname;
	if (NEVER_CACHED_PREFIXES.some((prefix) => path.startsWith(prefix))) return 'network';
	if (path.startsWith('/pagefind/')) return 'search-index';
	// A download link (GPX, KML) is a navigation too: it gets its file or nothing, never a page.
	if (/\.(?:geojson|gpx|kml|json)$/.test(path)) return 'data';
	if (navigate) return 'page';
	if (path.startsWith('/_astro/') && /\.(?:js|css|woff2?)$/.test(path)) return 'asset';
	if (destination === 'image') return 'image';
	return 'network';
}

/**
 * What a photo not stored shows with no signal: a drawn landscape (public/photo-offline.svg),
 * precached, rather than a broken image.
 */
export const OFFLINE_PHOTO = '/photo-offline.svg';

/** The offline page in the language of the page asked for. */
export function offlinePageFor(path: string): string {
	return pathTo({ route: 'offline' }, localeOfPath(path));
}

/** Whether a response may be stored: a private or no-store answer (signed-in pages) never is. */
export function isStorable(status: number, cacheControl: string | null): boolean {
	if (status !== 200) return false;
	return !/\b(?:no-store|private)\b/i.test(cacheControl ?? '');
}
