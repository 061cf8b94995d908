/**
 * A grid index of points for "what is near here" over thousands of places: each query looks at
 * the cells around the point instead of every place, so the build finds the neighbours of 10,000
 * providers in well under a second.
 */
import { distanceInMetres } from './distance';
import type { GeoPoint } from './territory';

/** About 1.1 km of latitude: a query near a village reads a few dozen places, not hundreds. */
const CELL_DEGREES = 0.01;

/** Up to this many neighbours, they are kept sorted as they are found; beyond, sorted at the end. */
const SORTED_INSERT_LIMIT = 64;

export interface Neighbour<T> {
	item: T;
	/** Great-circle distance, in metres. */
	metres: number;
}

export class GridIndex<T> {
	readonly #cells = new Map<number, { item: T; point: GeoPoint }[]>();

	constructor(items: readonly T[], locate: (item: T) => GeoPoint) {
		for (const item of items) {
			const point = locate(item);
			const key = GridIndex.#key(
				Math.floor(point.lat / CELL_DEGREES),
				Math.floor(point.lon / CELL_DEGREES),
			);
			const cell = this.#cells.get(key) ?? [];
			cell.push({ item, point });
			this.#cells.set(key, cell);
		}
	}

	/** A number per cell (rows within ±9,000, columns within ±18,000): no string per lookup. */
	static #key(row: number, column: number): number {
		return (row + 10_000) * 40_000 + (column + 20_000);
	}

	/**
	 * The `count` items nearest to `from` within `maxMetres`, nearest first, leaving out those
	 * `exclude` rejects.
	 */
	nearest(
		from: GeoPoint,
		count: number,
		maxMetres: number,
		exclude: (item: T) => boolean = () => false,
	): Neighbour<T>[] {
		const rows = Math.ceil(maxMetres / 111_195 / CELL_DEGREES);
		const columns = Math.ceil(
			maxMetres / (111_195 * Math.cos((from.lat * Math.PI) / 180)) / CELL_DEGREES,
		);
		const row = Math.floor(from.lat / CELL_DEGREES);
		const column = Math.floor(from.lon / CELL_DEGREES);
		const found: Neighbour<T>[] = [];
		const cells: { item: T; point: GeoPoint }[][] = [];
		for (let r = row - rows; r <= row + rows; r++) {
			for (let c = column - columns; c <= column + columns; c++) {
				const cell = this.#cells.get(GridIndex.#key(r, c));
				if (cell) cells.push(cell);
			}
		}
		if (count > SORTED_INSERT_LIMIT) {
			for (const { item, point } of cells.flat()) {
				const metres = distanceInMetres(from, point);
				if (metres <= maxMetres && !exclude(item)) found.push({ item, metres });
			}
			return found.sort((a, b) => a.metres - b.metres).slice(0, count);
		}
		// The nearest `count` so far, nearest first: a place farther than the last of them, once
		// there are `count`, is not kept. Around a village of a large feed a circle holds hundreds
		// of places, which sorting whole cost more than finding them. Equal distances keep the
		// order the places were found in, as the stable sort above does.
		for (const cell of cells) {
			for (const { item, point } of cell) {
				const metres = distanceInMetres(from, point);
				if (metres > maxMetres) continue;
				if (found.length >= count && metres >= (found.at(-1)?.metres ?? Infinity)) continue;
				if (exclude(item)) continue;
				let at = found.length;
				while (at > 0 && (found[at - 1]?.metres ?? 0) > metres) at--;
				found.splice(at, 0, { item, metres });
				if (found.length > count) found.pop();
			}
		}
		return found;
	}
}
