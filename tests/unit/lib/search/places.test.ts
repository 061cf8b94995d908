import { describe, expect, it } from 'vitest';
import { villagesAlong } from '../../../../src/lib/search/places';
import type { AreaGeometry } from '../../../../src/lib/geo/polygon';

/** A square commune, [west, south] to [east, north]. */
const square = (west: number, south: number, east: number, north: number): AreaGeometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, south],
			[east, south],
			[east, north],
			[west, north],
			[west, south],
		],
	],
});

const villages = [
	{ id: 'west', geometry: square(3.6, 44.2, 3.7, 44.3) },
	{ id: 'east', geometry: square(3.7, 44.2, 3.8, 44.3) },
	{ id: 'north', geometry: square(3.6, 44.3, 3.8, 44.4) },
];

describe('the villages a track crosses', () => {
	it('lists each once, in the order the track enters them, the start’s first', () => {
		const track = [
			{ lat: 44.25, lon: 3.75 },
			{ lat: 44.25, lon: 3.65 },
			{ lat: 44.26, lon: 3.66 },
			{ lat: 44.35, lon: 3.65 },
			{ lat: 44.25, lon: 3.75 },
		];
		expect(villagesAlong(track, villages)).toEqual(['east', 'west', 'north']);
	});

	it('ignores points outside every commune, and keeps the last point when sampling', () => {
		const track = [
			{ lat: 45, lon: 3.65 },
			{ lat: 45, lon: 3.66 },
			{ lat: 45, lon: 3.67 },
			{ lat: 44.25, lon: 3.65 },
		];
		expect(villagesAlong(track, villages, 2)).toEqual(['west']);
	});
});
