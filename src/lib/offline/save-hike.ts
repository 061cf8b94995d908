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

/**
 * Stores the plan's files and tiles in the hike's cache and writes its record. On failure a hike
 * saved for the first time is removed whole; one saved before keeps its earlier record.
 */
export async function saveHike(
	record: Omit<SavedHike, 'bytes' | 'files' | 'savedAt'>,
	plan: SavePlan,
	onProgress: (progress: SaveProgress) => void,
): Promise<SavedHike> {
	const name = savedHikeCacheName(record.id);
	const existed = await caches.has(name);
	const cache = await caches.open(name);
	const total = plan.files.length + plan.tiles.length;
	const progress: SaveProgress = { done: 0, total, bytes: 0 };
	const store = async (url: string, init: RequestInit) => {
		const response = await fetch(url, init);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		const body = await response.blob();
		await cache.put(
			url,
			new Response(body, { status: response.status, headers: response.headers }),
		);
		progress.done += 1;
		progress.bytes += body.size;
		onProgress({ ...progress });
	};
	try {
		await inPool(plan.files, 4, (url) => store(url, { credentials: 'same-origin' }));
		await inPool(plan.tiles, 2, (url) =>
			store(url, {
				mode: 'cors',
				credentials: 'omit',
				referrerPolicy: 'strict-origin-when-cross-origin',
			}),
		);
	} catch (error) {
		if (!existed) await caches.delete(name);
		throw Object.assign(error as Error, { progress });
	}
	const saved: SavedHike = {
		...record,
		savedAt: new Date().toISOString(),
		bytes: progress.bytes,
		files: total,
	};
	await cache.put(
		new URL(SAVED_HIKE_RECORD_PATH, location.origin).href,
		new Response(JSON.stringify(saved), { headers: { 'Content-Type': 'application/json' } }),
	);
	return saved;
}

/** Removes a saved hike from the device. */
export function deleteSavedHike(id: string): Promise<boolean> {
	return caches.delete(savedHikeCacheName(id));
}
