/**
 * The site's service worker, bundled with Workbox's modules after each build by
 * src/integrations/service-worker.ts, which writes the precache manifest into it (`__WB_MANIFEST`).
 * What each request gets is decided in src/lib/offline/requests.ts:
 *
 * - pages: the network first, the cache after 3 s without an answer or when there is none; pages
 *   never visited get the offline page of their language;
 * - the shell (hashed CSS and JavaScript, icons, offline pages) and the offices' pages: installed
 *   at once, in one versioned precache;
 * - images and map data: stored as they are seen (a photo not stored shows a drawing offline);
 *   the search index: the stored copy at once, refreshed behind;
 * - tiles: from a hike saved for offline use when it holds them, from the network otherwise;
 * - /api/, /staff/, anything but GET, private or no-store answers: never stored.
 *
 * A new build's worker installs beside the old one and waits: the page tells it to take over on
 * the visitor's next click on a link (src/components/layout/ServiceWorker.astro), so a page is
 * never drawn with another build's assets.
 * @see https://developer.chrome.com/docs/workbox/modules/workbox-precaching
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { cacheNames } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { TILES } from '../lib/map/config';
import { SAVED_HIKE_CACHE_PREFIX } from '../lib/offline/saved-hikes';
import {
	isStorable,
	OFFLINE_PHOTO,
	offlinePageFor,
	ruleFor,
	type RequestRule,
} from '../lib/offline/requests';
import { IMAGE_CACHE_BYTES, overflowing } from '../lib/offline/size-cap';

declare const self: ServiceWorkerGlobalScope;

/** Seconds a page may take before the stored copy is shown. */
const NETWORK_TIMEOUT_SECONDS = 3;
const PAGES = 'pages';
const TILE_HOSTS = [new URL(TILES.url.replace('{s}', 'a')).host].concat(
	TILES.subdomains
		? [...TILES.subdomains].map((s) => new URL(TILES.url.replace('{s}', s)).host)
		: [],
);

/** This build's precache manifest (the build writes it here, once). */
const MANIFEST = self.__WB_MANIFEST;
/**
 * The previous build's hashed assets: pages stored before an update still find their styles and
 * scripts offline once the new build's precache has replaced them.
 */
const PREVIOUS_ASSETS = 'previous-build-assets';
/** About two builds' CSS and JavaScript files. */
const MAX_PREVIOUS_ASSETS = 80;

precache(MANIFEST);
cleanupOutdatedCaches();

/** Never stores an error, a redirect or a private answer. */
const storable: WorkboxPlugin = {
	cacheWillUpdate: ({ response }) =>
		Promise.resolve(
			isStorable(response.status, response.headers.get('Cache-Control')) ? response : null,
		),
};

/**
 * When a strategy's own cache has nothing, looks in the others: the precache (the offices'
 * pages, the shell) and the hikes saved for offline use.
 */
const otherCaches: WorkboxPlugin = {
	cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
		cachedResponse ??
		(await matchPrecache(request.url)) ??
		(await caches.match(request.url, { ignoreSearch: true })),
};

/** The size of a stored answer: its Content-Length, else its body's. */
async function storedBytes(cache: Cache, request: Request): Promise<number> {
	const response = await cache.match(request);
	if (!response) return 0;
	const length = Number(response.headers.get('Content-Length'));
	return Number.isFinite(length) && length > 0 ? length : (await response.blob()).size;
}

/** After each new image, the oldest ones go until the cache holds at most IMAGE_CACHE_BYTES. */
const imagesSizeCap: WorkboxPlugin = {
	cacheDidUpdate: async ({ cacheName }) => {
		const cache = await caches.open(cacheName);
		const requests = await cache.keys();
		const entries = await Promise.all(
			requests.map(async (request) => ({
				url: request.url,
				bytes: await storedBytes(cache, request),
			})),
		);
		for (const url of overflowing(entries, IMAGE_CACHE_BYTES)) await cache.delete(url);
	},
};

const strategies: Partial<Record<RequestRule, NetworkFirst | CacheFirst | StaleWhileRevalidate>> = {
	page: new NetworkFirst({
		cacheName: PAGES,
		networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
		// `?layers=…`, `?q=…`: the same static page.
		matchOptions: { ignoreSearch: true },
		plugins: [
			storable,
			otherCaches,
			new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true }),
		],
	}),
	'search-index': new StaleWhileRevalidate({
		cacheName: 'search-index',
		plugins: [storable, new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
	}),
	asset: new CacheFirst({ cacheName: 'assets', plugins: [storable, otherCaches] }),
	image: new CacheFirst({
		cacheName: 'images',
		plugins: [
			storable,
			otherCaches,
			new ExpirationPlugin({
				maxEntries: 300,
				maxAgeSeconds: 30 * 24 * 3600,
				purgeOnQuotaError: true,
			}),
			imagesSizeCap,
		],
	}),
	data: new NetworkFirst({
		cacheName: 'data',
		networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
		plugins: [
			storable,
			otherCaches,
			new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true }),
		],
	}),
};

const ruleOf = (request: Request, url: URL): RequestRule =>
	ruleFor({
		method: request.method,
		url,
		origin: self.location.origin,
		navigate: request.mode === 'navigate',
		destination: request.destination,
		tileHosts: TILE_HOSTS,
	});

for (const [rule, strategy] of Object.entries(strategies)) {
	registerRoute(({ request, url }) => ruleOf(request, url) === rule, strategy);
}

/** Tiles: a saved hike's copy first (with or without signal), the tile server otherwise. */
registerRoute(
	({ request, url }) => ruleOf(request, url) === 'tile',
	async ({ request }) => {
		for (const name of await caches.keys()) {
			if (!name.startsWith(SAVED_HIKE_CACHE_PREFIX)) continue;
			const saved = await (await caches.open(name)).match(request.url);
			if (saved) return saved;
		}
		return fetch(request);
	},
);

/**
 * Nothing from the network nor the caches: the offline page for a page, the drawn landscape for
 * an image (a photo never seen before the signal went), an error otherwise.
 */
setCatchHandler(async ({ request, url }) => {
	const rule = ruleOf(request, url);
	if (rule === 'page' || rule === 'image') {
		const fallback = await matchPrecache(
			rule === 'page' ? offlinePageFor(url.pathname) : OFFLINE_PHOTO,
		);
		if (fallback) return fallback;
	}
	return Response.error();
});

self.addEventListener('message', (event) => {
	const data = event.data as { type?: string } | null;
	if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			if (!(await caches.has(cacheNames.precache))) return;
			const current = new Set(
				MANIFEST.map(
					(entry) =>
						new URL(typeof entry === 'string' ? entry : entry.url, self.location.href).href,
				),
			);
			const precached = await caches.open(cacheNames.precache);
			const previous = await caches.open(PREVIOUS_ASSETS);
			for (const request of await precached.keys()) {
				const url = new URL(request.url);
				url.search = '';
				if (!url.pathname.startsWith('/_astro/') || current.has(url.href)) continue;
				const response = await precached.match(request);
				if (response) await previous.put(url.href, response);
			}
			// A worker may install more than once (the browser checks again as it takes over): only
			// the oldest files beyond the cap go, never the ones just copied.
			const kept = await previous.keys();
			for (const request of kept.slice(0, Math.max(0, kept.length - MAX_PREVIOUS_ASSETS))) {
				await previous.delete(request);
			}
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await self.clients.claim();
			// The page that installed this worker was loaded before it: keep it too, so that it
			// reloads without a signal like every page visited after.
			const pages = await caches.open(PAGES);
			for (const client of await self.clients.matchAll({ type: 'window' })) {
				const url = new URL(client.url);
				if (
					url.origin !== self.location.origin ||
					ruleFor({
						method: 'GET',
						url,
						origin: self.location.origin,
						navigate: true,
						destination: 'document',
						tileHosts: TILE_HOSTS,
					}) !== 'page'
				)
					continue;
				if (await pages.match(url.href, { ignoreSearch: true })) continue;
				try {
					const response = await fetch(url.href, { credentials: 'same-origin' });
					if (isStorable(response.status, response.headers.get('Cache-Control'))) {
						await pages.put(url.href, response);
					}
				} catch {
					// Offline while activating: the page is stored on its next visit.
				}
			}
		})(),
	);
});
