/**
 * Hikes saved for offline use. Each saved hike is one Cache Storage cache, `saved-hike:<id>`,
 * holding its page, GPX, map data, images and tiles, and a small record (`SavedHike`) under a
 * key of its own: deleting the hike is deleting its cache, and no other cache (the service
 * worker's, which expire) ever evicts it. The service worker reads them for pages and tiles.
 */
import type { Locale } from '../i18n/locales';

/** Prefix of the caches that hold saved hikes. */
export const SAVED_HIKE_CACHE_PREFIX = 'saved-hike:';

/** The cache of one saved hike. */
export function savedHikeCacheName(id: string): string {
	return `${SAVED_HIKE_CACHE_PREFIX}${id}`;
}

/** The hike id of a saved hike's cache, or undefined for any other cache. */
export function savedHikeIdOf(cacheName: string): string | undefined {
	return cacheName.startsWith(SAVED_HIKE_CACHE_PREFIX)
		? cacheName.slice(SAVED_HIKE_CACHE_PREFIX.length)
		: undefined;
}

/** Where a saved hike's record is kept in its cache (a key no page or file of the site uses). */
export const SAVED_HIKE_RECORD_PATH = '/__saved-hike__.json';

/** What the list of saved hikes shows about one of them. */
export interface SavedHike {
	id: string;
	/** Its title in the language it was saved in. */
	title: string;
	locale: Locale;
	/** The page saved, e.g. /en/hikes/<id>/. */
	page: string;
	/** When it was saved (ISO 8601). */
	savedAt: string;
	/** Bytes stored: every response's body. */
	bytes: number;
	/** Files stored, tiles included. */
	files: number;
	/** Map tiles stored. */
	tiles: number;
	/** Map tiles of the plan that could not be fetched (0, or absent in older records: none). */
	tilesMissing?: number;
	/** Zoom levels of the tiles kept. */
	zooms: number[];
}

/** Reads a record back; undefined when it is not one (an older or damaged cache). */
export function parseSavedHike(value: unknown): SavedHike | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as Partial<SavedHike>;
	const ok =
		typeof record.id === 'string' &&
		typeof record.title === 'string' &&
		(record.locale === 'fr' || record.locale === 'en') &&
		typeof record.page === 'string' &&
		record.page.startsWith('/') &&
		typeof record.savedAt === 'string' &&
		typeof record.bytes === 'number' &&
		typeof record.files === 'number' &&
		typeof record.tiles === 'number' &&
		(record.tilesMissing === undefined || typeof record.tilesMissing === 'number') &&
		Array.isArray(record.zooms);
	return ok ? (record as SavedHike) : undefined;
}

/**
 * A rough size before saving, for the confirmation: the page's own files as measured, plus the
 * tiles at a typical size. OpenStreetMap's raster tiles of the countryside weigh 10–40 kB.
 */
export const TYPICAL_TILE_BYTES = 25_000;

export function estimateBytes(tileCount: number, otherBytes: number): number {
	return tileCount * TYPICAL_TILE_BYTES + otherBytes;
}
