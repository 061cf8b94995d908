/**
 * The map tiles a hike saved for offline use keeps: the tiles its track crosses and their
 * neighbours, at a few zoom levels, within a hard cap. Plain arithmetic on the Web Mercator tile
 * grid (the "slippy map" scheme every tile server uses).
 *
 * OpenStreetMap's tile usage policy forbids downloading "an area of over 250 tiles at zoom level
 * 13 or higher for offline or later usage": a corridor along the track, not its bounding box,
 * stays far below that for a day's walk, and the plan drops its closest zoom levels until it fits.
 * @see https://operations.osmfoundation.org/policies/tiles/
 * @see https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames
 */

export interface Tile {
	z: number;
	x: number;
	y: number;
}

export interface TilePlanOptions {
	/** Zoom levels to keep, widest first (12: the valley; 15: paths and buildings). */
	zooms: readonly number[];
	/** Tiles kept around each tile the track crosses (1: a ring of neighbours). */
	margin: number;
	/** Most tiles in all. */
	maxTiles: number;
	/** Most tiles at zoom 13 and closer (the tile policy's limit for offline use). */
	maxCloseTiles: number;
}

/** The defaults of "save for offline": zoom 12–15, one tile of margin, at most 300 tiles. */
export const OFFLINE_TILES: TilePlanOptions = {
	zooms: [12, 13, 14, 15],
	margin: 1,
	maxTiles: 300,
	maxCloseTiles: 250,
};

/** The zoom from which the tile policy counts tiles saved for later. */
const CLOSE_ZOOM = 13;

/** The tile holding a point at a zoom level. */
export function tileOf(lat: number, lon: number, z: number): Tile {
	const n = 2 ** z;
	const latRad = (lat * Math.PI) / 180;
	const x = Math.floor(((lon + 180) / 360) * n);
	const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
	const clamp = (value: number) => Math.min(n - 1, Math.max(0, value));
	return { z, x: clamp(x), y: clamp(y) };
}

/** Points every `step` degrees along the track, so that no tile it crosses is skipped. */
function densify(points: readonly [number, number][], step: number): [number, number][] {
	const out: [number, number][] = [];
	for (let index = 0; index < points.length; index++) {
		const [lat, lon] = points[index]!;
		const next = points[index + 1];
		out.push([lat, lon]);
		if (!next) continue;
		const pieces = Math.ceil(Math.max(Math.abs(next[0] - lat), Math.abs(next[1] - lon)) / step);
		for (let piece = 1; piece < pieces; piece++) {
			out.push([
				lat + ((next[0] - lat) * piece) / pieces,
				lon + ((next[1] - lon) * piece) / pieces,
			]);
		}
	}
	return out;
}

/** The tiles of one zoom level along a track given as [lat, lon] points, with their margin. */
export function corridorTiles(
	points: readonly [number, number][],
	z: number,
	margin: number,
): Tile[] {
	const n = 2 ** z;
	// A quarter of a tile's width: consecutive points never jump over a tile.
	const step = 360 / n / 4;
	const keys = new Set<string>();
	const tiles: Tile[] = [];
	for (const [lat, lon] of densify(points, step)) {
		const centre = tileOf(lat, lon, z);
		for (let dx = -margin; dx <= margin; dx++) {
			for (let dy = -margin; dy <= margin; dy++) {
				const x = centre.x + dx;
				const y = centre.y + dy;
				if (x < 0 || y < 0 || x >= n || y >= n) continue;
				const key = `${x}/${y}`;
				if (keys.has(key)) continue;
				keys.add(key);
				tiles.push({ z, x, y });
			}
		}
	}
	return tiles;
}

export interface TilePlan {
	tiles: Tile[];
	/** The zoom levels kept (the closest ones go first when the cap is reached). */
	zooms: number[];
}

/**
 * The tiles to save for a track: every zoom level of `options.zooms` whose tiles fit the caps,
 * dropping the closest levels first. An empty track keeps nothing.
 */
export function planTiles(
	points: readonly [number, number][],
	options: TilePlanOptions = OFFLINE_TILES,
): TilePlan {
	if (points.length === 0) return { tiles: [], zooms: [] };
	const byZoom = [...options.zooms]
		.sort((a, b) => a - b)
		.map((z) => ({ z, tiles: corridorTiles(points, z, options.margin) }));
	const fits = (levels: typeof byZoom) => {
		const all = levels.reduce((sum, level) => sum + level.tiles.length, 0);
		const close = levels
			.filter((level) => level.z >= CLOSE_ZOOM)
			.reduce((sum, level) => sum + level.tiles.length, 0);
		return all <= options.maxTiles && close <= options.maxCloseTiles;
	};
	while (byZoom.length > 0 && !fits(byZoom)) byZoom.pop();
	return { tiles: byZoom.flatMap((level) => level.tiles), zooms: byZoom.map((level) => level.z) };
}

/** A tile's address from a Leaflet-style template (`{z}/{x}/{y}`, `{s}` from the subdomains). */
export function tileUrl(template: string, tile: Tile, subdomains = 'abc'): string {
	const subdomain = subdomains[(tile.x + tile.y) % subdomains.length] ?? '';
	return template
		.replace('{s}', subdomain)
		.replace('{z}', String(tile.z))
		.replace('{x}', String(tile.x))
		.replace('{y}', String(tile.y));
}
