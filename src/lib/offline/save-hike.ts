/**
 * Saving a hike for offline use, in the browser: its page, downloads, images and the tiles along
 * its track go into the hike's own cache (src/lib/offline/saved-hikes.ts), with a record of what
 * was stored. Tiles are fetched two at a time (the tile policy's limit for one client), with the
 * page's address as referrer, and only once the visitor has confirmed.
 * @see https://operations.osmfoundation.org/policies/tiles/
 */
import {
	parseSavedHike,
	SAVED_HIKE_RECORD_PATH,
	savedHikeCacheName,
	savedHikeIdOf,
	type SavedHike,
} from './saved-hikes';
import {
	missingTiles,
	saveOutcome,
	TILE_FAILURES_BEFORE_GIVING_UP,
	type SaveOutcome,
} from './save-outcome';

/** Runs `task` over `items`, at most `concurrency` at a time; stops at the first failure. */
export async function inPool<T>(
	items: readonly T[],
	concurrency: number,
	task: (item: T) => Promise<void>,
): Promise<void> {
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (!failed && next < items.length) {
			const item = items[next++]!;
			try {
				await task(item);
			} catch (error) {
				failed = true;
				throw error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export interface SavePlan {
	/** Same-site files: the page, its downloads and map data, its images, styles and scripts. */
	files: string[];
	/** Tile URLs. */
	tiles: string[];
}

export interface SaveProgress {
	done: number;
	total: number;
	bytes: number;
}

/** The record of a hike saved on this device, if it is. */
export async function savedRecord(id: string): Promise<SavedHike | undefined> {
	if (!(await caches.has(savedHikeCacheName(id)))) return undefined;
	const cache = await caches.open(savedHikeCacheName(id));
	const response = await cache.match(new URL(SAVED_HIKE_RECORD_PATH, location.origin).href);
	return response ? parseSavedHike(await response.json()) : undefined;
}

/** Every hike saved on this device, most recent first. */
export async function savedHikes(): Promise<SavedHike[]> {
	const records = await Promise.all(
		(await caches.keys()).map((name) => {
			const id = savedHikeIdOf(name);
			return id ? savedRecord(id) : Promise.resolve(undefined);
		}),
	);
	return records
		.filter((record): record is SavedHike => record !== undefined)
		.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export interface SaveResult {
	saved: SavedHike;
	outcome: SaveOutcome;
}

const TILE_REQUEST: RequestInit = {
	mode: 'cors',
	credentials: 'omit',
	referrerPolicy: 'strict-origin-when-cross-origin',
};

/** Stores one response in the cache; counts it in `progress`. */
async function store(
	cache: Cache,
	url: string,
	init: RequestInit,
	progress: SaveProgress,
	onProgress: (progress: SaveProgress) => void,
): Promise<void> {
	const response = await fetch(url, init);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	const body = await response.blob();
	await cache.put(url, new Response(body, { status: response.status, headers: response.headers }));
	progress.done += 1;
	progress.bytes += body.size;
	onProgress({ ...progress });
}

/**
 * Stores tiles two at a time; a tile that fails is left out, and after a few failures the rest
 * are not asked for. Returns how many were stored.
 */
async function storeTiles(
	cache: Cache,
	tiles: readonly string[],
	progress: SaveProgress,
	onProgress: (progress: SaveProgress) => void,
): Promise<number> {
	let stored = 0;
	let failures = 0;
	const pending = [...tiles];
	await inPool(pending, 2, async (url) => {
		if (failures >= TILE_FAILURES_BEFORE_GIVING_UP) return;
		try {
			await store(cache, url, TILE_REQUEST, progress, onProgress);
			stored += 1;
		} catch {
			failures += 1;
		}
	});
	return stored;
}

async function writeRecord(cache: Cache, saved: SavedHike): Promise<void> {
	await cache.put(
		new URL(SAVED_HIKE_RECORD_PATH, location.origin).href,
		new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }),
	);
}

/**
 * Stores the plan's files and tiles in the hike's cache and writes its record. When a file fails
 * a hike saved for the first time is removed whole (one saved before keeps its earlier record)
 * and the error thrown carries the progress and outcome; when only tiles fail the hike is saved
 * without them, and the outcome says how many are missing.
 */
export async function saveHike(
	record: Omit<SavedHike, 'bytes' | 'files' | 'savedAt' | 'tiles' | 'tilesMissing'>,
	plan: SavePlan,
	onProgress: (progress: SaveProgress) => void,
): Promise<SaveResult> {
	const name = savedHikeCacheName(record.id);
	const existed = await caches.has(name);
	const cache = await caches.open(name);
	const total = plan.files.length + plan.tiles.length;
	const progress: SaveProgress = { done: 0, total, bytes: 0 };
	try {
		await inPool(plan.files, 4, (url) =>
			store(cache, url, { credentials: 'same-origin' }, progress, onProgress),
		);
	} catch (error) {
		if (!existed) await caches.delete(name);
		const outcome = saveOutcome({
			files: { stored: progress.done, total: plan.files.length },
			tiles: { stored: 0, total: plan.tiles.length },
		});
		throw Object.assign(error as Error, { progress, outcome });
	}
	const tiles = await storeTiles(cache, plan.tiles, progress, onProgress);
	const outcome = saveOutcome({
		files: { stored: plan.files.length, total: plan.files.length },
		tiles: { stored: tiles, total: plan.tiles.length },
	});
	const saved: SavedHike = {
		...record,
		savedAt: new Date().toISOString(),
		bytes: progress.bytes,
		files: plan.files.length + tiles,
		tiles,
		tilesMissing: plan.tiles.length - tiles,
	};
	await writeRecord(cache, saved);
	return { saved, outcome };
}

/**
 * Fetches again the tiles of a saved hike that its cache lacks (its background map), and
 * updates its record. `planned` is every tile of the hike's plan.
 */
export async function retryTiles(
	id: string,
	planned: readonly string[],
	onProgress: (progress: SaveProgress) => void,
): Promise<SaveResult> {
	const record = await savedRecord(id);
	if (!record) throw new Error(`No saved hike ${id}`);
	const cache = await caches.open(savedHikeCacheName(id));
	const stored = new Set((await cache.keys()).map((request) => request.url));
	const missing = missingTiles(planned, stored);
	const progress: SaveProgress = { done: 0, total: missing.length, bytes: 0 };
	const fetched = await storeTiles(cache, missing, progress, onProgress);
	const total = planned.length;
	const have = total - missing.length + fetched;
	const saved: SavedHike = {
		...record,
		savedAt: new Date().toISOString(),
		bytes: record.bytes + progress.bytes,
		files: record.files + fetched,
		tiles: have,
		tilesMissing: total - have,
	};
	await writeRecord(cache, saved);
	const outcome = saveOutcome({
		files: { stored: 1, total: 1 },
		tiles: { stored: have, total },
	});
	return { saved, outcome };
}

/** Removes a saved hike from the device. */
export function deleteSavedHike(id: string): Promise<boolean> {
	return caches.delete(savedHikeCacheName(id));
}
