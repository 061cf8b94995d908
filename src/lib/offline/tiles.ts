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
	/**
	 * The smallest map, in CSS pixels (inside its padding), that must open on the whole track over
	 * saved tiles: the zoom levels wider than `zooms` down to the one at which the track fits it are
	 * kept too, for the track's whole box (a handful of tiles each).
	 */
	overview?: { width: number; height: number };
}

/**
 * The defaults of "save for offline": zoom 12–15 along the track, one tile of margin, at most 300
 * tiles; and the wider levels at which a hike's page opens its map on the whole track. The small
 * map is 16rem (256 px) tall, and on a 320 px phone about 170 px wide inside the room it keeps
 * for its controls (src/components/map/client/runtime.ts, FIT_PADDING).
 */
export const OFFLINE_TILES: TilePlanOptions = {
	zooms: [12, 13, 14, 15],
	margin: 1,
	maxTiles: 300,
	maxCloseTiles: 250,
	overview: { width: 160, height: 150 },
};

/** Tile size of the slippy-map scheme, in CSS pixels. */
const TILE_PIXELS = 256;

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

/** Fractional tile coordinates of a point at a zoom level (x grows east, y south). */
function tilePosition(lat: number, lon: number, z: number): { x: number; y: number } {
	const n = 2 ** z;
	const latRad = (lat * Math.PI) / 180;
	return {
		x: ((lon + 180) / 360) * n,
		y: ((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n,
	};
}

/**
 * The closest zoom at which a box of points fits a map of `width` × `height` CSS pixels: the
 * zoom Leaflet's fitBounds picks (whole zoom levels).
 */
export function fittingZoom(
	points: readonly [number, number][],
	width: number,
	height: number,
	maxZoom: number,
): number {
	const lats = points.map(([lat]) => lat);
	const lons = points.map(([, lon]) => lon);
	const north = Math.max(...lats);
	const south = Math.min(...lats);
	for (let z = maxZoom; z > 0; z--) {
		const topLeft = tilePosition(north, Math.min(...lons), z);
		const bottomRight = tilePosition(south, Math.max(...lons), z);
		const fits =
			(bottomRight.x - topLeft.x) * TILE_PIXELS <= width &&
			(bottomRight.y - topLeft.y) * TILE_PIXELS <= height;
		if (fits) return z;
	}
	return 0;
}

/** Every tile of the box around the points at a zoom level, with `margin` tiles around it. */
export function boxTiles(points: readonly [number, number][], z: number, margin: number): Tile[] {
	const n = 2 ** z;
	const corners = [
		tileOf(Math.max(...points.map(([lat]) => lat)), Math.min(...points.map(([, lon]) => lon)), z),
		tileOf(Math.min(...points.map(([lat]) => lat)), Math.max(...points.map(([, lon]) => lon)), z),
	];
	const [topLeft, bottomRight] = corners as [Tile, Tile];
	const tiles: Tile[] = [];
	for (let x = Math.max(0, topLeft.x - margin); x <= Math.min(n - 1, bottomRight.x + margin); x++) {
		for (
			let y = Math.max(0, topLeft.y - margin);
			y <= Math.min(n - 1, bottomRight.y + margin);
			y++
		) {
			tiles.push({ z, x, y });
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
 * dropping the closest levels first, and the wider overview levels down to the zoom at which a
 * hike's map opens on the whole track (`options.overview`), so that it never opens where no tile
 * was saved. An empty track keeps nothing.
 */
export function planTiles(
	points: readonly [number, number][],
	options: TilePlanOptions = OFFLINE_TILES,
): TilePlan {
	if (points.length === 0) return { tiles: [], zooms: [] };
	const sorted = [...options.zooms].sort((a, b) => a - b);
	const widest = sorted[0] ?? 0;
	const overview: { z: number; tiles: Tile[] }[] = [];
	if (options.overview) {
		const { width, height } = options.overview;
		for (let z = fittingZoom(points, width, height, widest); z < widest; z++) {
			overview.push({ z, tiles: boxTiles(points, z, options.margin) });
		}
	}
	const byZoom = [
		...overview,
		...sorted.map((z) => ({ z, tiles: corridorTiles(points, z, options.margin) })),
	];
	const fits = (levels: typeof byZoom) => {
		const all = levels.reduce((sum, level) => sum + level.tiles.length, 0);
		const close = levels
			.filter((level) => level.z >= CLOSE_ZOOM)
			.reduce((sum, level) => sum + level.tiles.length, 0);
		return all <= options.maxTiles && close <= options.maxCloseTiles;
	};
	while (byZoom.length > overview.length && !fits(byZoom)) byZoom.pop();
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
