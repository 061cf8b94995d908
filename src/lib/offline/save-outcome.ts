/**
 * What a "save for offline" achieved, in the visitor's terms. The page and its own files (GPX,
 * map data, images) are what the hike needs: without them nothing is kept. The map tiles are its
 * background map: when some could not be fetched (tile server down or blocked, signal lost on the
 * way) the hike stays saved without them, the visitor is told which part is missing, and only
 * that part is fetched again on request.
 */

export interface SaveCounts {
	/** Same-site files: stored, and planned. */
	files: { stored: number; total: number };
	/** Map tiles: stored, and planned. */
	tiles: { stored: number; total: number };
}

export type SaveOutcome =
	/** Everything stored. */
	| { kind: 'complete' }
	/** The page and its files stored; `missing` tiles of `total` are not. */
	| { kind: 'without-map'; missing: number; total: number }
	/** A file of the page could not be stored: nothing is kept (or the earlier save is). */
	| { kind: 'failed'; done: number; total: number };

export function saveOutcome({ files, tiles }: SaveCounts): SaveOutcome {
	if (files.stored < files.total) {
		return { kind: 'failed', done: files.stored, total: files.total };
	}
	if (tiles.stored < tiles.total) {
		return { kind: 'without-map', missing: tiles.total - tiles.stored, total: tiles.total };
	}
	return { kind: 'complete' };
}

/**
 * The tiles of a plan not yet in the hike's cache, in the plan's order: what a retry fetches.
 * `stored` holds the URLs the cache has.
 */
export function missingTiles(planned: readonly string[], stored: ReadonlySet<string>): string[] {
	return [...new Set(planned)].filter((url) => !stored.has(url));
}

/**
 * After this many failed tiles, a save stops asking for more: the tile server is out of reach,
 * and the rest would only fail the same way (the visitor can retry the background map later).
 */
export const TILE_FAILURES_BEFORE_GIVING_UP = 3;
