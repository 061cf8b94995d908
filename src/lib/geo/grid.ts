/**
 * A grid index of points for "what is near here" over thousands of places: each query looks at
 * the cells around the point instead of every place, so the build finds the neighbours of 10,000
 * providers in well under a second.
 */
import { distanceInMetres } from './distance';
import type { GeoPoint } from './territory';

/** About 1.1 km of latitude: a query near a village reads a few dozen places, not hundreds. */
const CELL_DEGREES = 0.01;

export interface Neighbour<T> {
	item: T;
	/** Great-circle distance, in metres. */
	metres: number;
}

export class GridIndex<T> {
	readonly #cells = new Map<string, { item: T; point: GeoPoint }[]>();

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

	static #key(row: number, column: number): string {
		return `${row}:${column}`;
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
		for (let r = row - rows; r <= row + rows; r++) {
			for (let c = column - columns; c <= column + columns; c++) {
				for (const { item, point } of this.#cells.get(GridIndex.#key(r, c)) ?? []) {
					if (exclude(item)) continue;
					const metres = distanceInMetres(from, point);
					if (metres <= maxMetres) found.push({ item, metres });
				}
			}
		}
		return found.sort((a, b) => a.metres - b.metres).slice(0, count);
	}
}
