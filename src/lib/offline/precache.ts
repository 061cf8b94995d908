/**
 * Which built files the service worker installs at once (its precache): the site's shell — the
 * hashed CSS and JavaScript, the icons, the manifests, the offline pages, the drawing that stands
 * for a photo not stored (OFFLINE_PHOTO) — and the offices' pages
 * in both languages, so that "where is the nearest office, and is it open?" is answered with no
 * signal. Everything else is stored as it is visited.
 */
import { LOCALES } from '../i18n/locales';
import { pathTo, ROUTES, type RouteName } from '../i18n/routes';

/** Pages kept from the first visit on, in both languages. */
export const PRECACHED_ROUTES: readonly RouteName[] = [
	'home',
	'offices',
	'offline',
	'savedHikes',
	'manifest',
];

/** Routes with an id whose every page is precached. */
export const PRECACHED_ROUTE_PATTERNS: readonly RouteName[] = ['office'];

/** One entry of the precache, as Workbox takes it: a URL, and a revision unless the URL is hashed. */
export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

/** Files named by their content by the build: their URL changes when they do. */
const HASHED_ASSET = /^_astro\/.+\.(?:js|css|woff2?)$/;
const SHELL_FILE = /^(?:icons\/.+\.png|favicon\.svg|photo-offline\.svg)$/;

/** The URL of a built file (`bureaux/vialas/index.html` → `/bureaux/vialas/`). */
export function urlOfFile(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function routeMatcher(route: RouteName): RegExp {
	const patterns = LOCALES.map((locale) =>
		ROUTES[route][locale].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{id}', '[^/]+'),
	);
	return new RegExp(`^(?:${patterns.join('|')})$`);
}

/** Whether a built file (path relative to the static site's folder, with `/`) is precached. */
export function isPrecached(file: string): boolean {
	if (HASHED_ASSET.test(file) || SHELL_FILE.test(file)) return true;
	const url = urlOfFile(file);
	const exact = new Set(
		PRECACHED_ROUTES.flatMap((route) => LOCALES.map((locale) => pathTo({ route }, locale))),
	);
	if (exact.has(url)) return true;
	return PRECACHED_ROUTE_PATTERNS.some((route) => routeMatcher(route).test(url));
}

/**
 * The precache manifest: the precached files of a build, sorted, each with the digest of its
 * content as revision (none for hashed assets). A new build changes the revision of every page
 * or file whose content changed, and so the service worker's own bytes: browsers then install the
 * new one, which fetches only what changed.
 */
export function precacheManifest(
	files: readonly { path: string; digest: string }[],
): PrecacheEntry[] {
	return files
		.filter(({ path }) => isPrecached(path))
		.map(({ path, digest }) => ({
			url: urlOfFile(path),
			revision: HASHED_ASSET.test(path) ? null : digest,
		}))
		.sort((a, b) => a.url.localeCompare(b.url));
}
