import { describe, expect, it } from 'vitest';
import {
	boundsOf,
	isPointInArea,
	isPointInRing,
	padBounds,
	type MultiPolygonGeometry,
	type PolygonGeometry,
} from '../../../../src/lib/geo/polygon';
import { distanceInMetres } from '../../../../src/lib/geo/distance';

// A 1° square from (3, 44) to (4, 45), with a hole from (3.4, 44.4) to (3.6, 44.6).
const square: PolygonGeometry = {
	type: 'Polygon',
	coordinates: [
		[
			[3, 44],
			[4, 44],
			[4, 45],
			[3, 45],
			[3, 44],
		],
		[
			[3.4, 44.4],
			[3.6, 44.4],
			[3.6, 44.6],
			[3.4, 44.6],
			[3.4, 44.4],
		],
	],
};

// An L shape: the square's lower half plus its left column; (3.8, 44.8) is in the notch.
const lShape = [
	[3, 44],
	[4, 44],
	[4, 44.5],
	[3.5, 44.5],
	[3.5, 45],
	[3, 45],
	[3, 44],
];

describe('isPointInRing', () => {
	it('finds a point inside and a point outside a convex ring', () => {
		expect(isPointInRing({ lat: 44.2, lon: 3.2 }, square.coordinates[0]!)).toBe(true);
		expect(isPointInRing({ lat: 45.2, lon: 3.2 }, square.coordinates[0]!)).toBe(false);
		expect(isPointInRing({ lat: 44.2, lon: 2.9 }, square.coordinates[0]!)).toBe(false);
	});

	it('leaves out the notch of a concave ring', () => {
		expect(isPointInRing({ lat: 44.8, lon: 3.8 }, lShape)).toBe(false);
		expect(isPointInRing({ lat: 44.8, lon: 3.2 }, lShape)).toBe(true);
		expect(isPointInRing({ lat: 44.2, lon: 3.8 }, lShape)).toBe(true);
	});
});

describe('isPointInArea', () => {
	it('leaves out the holes of a polygon', () => {
		expect(isPointInArea({ lat: 44.5, lon: 3.5 }, square)).toBe(false);
		expect(isPointInArea({ lat: 44.2, lon: 3.5 }, square)).toBe(true);
	});

	it('finds a point in any polygon of a multipolygon', () => {
		const two: MultiPolygonGeometry = {
			type: 'MultiPolygon',
			coordinates: [
				[lShape],
				[
					[
						[5, 44],
						[6, 44],
						[6, 45],
						[5, 44],
					],
				],
			],
		};
		expect(isPointInArea({ lat: 44.2, lon: 5.8 }, two)).toBe(true);
		expect(isPointInArea({ lat: 44.8, lon: 3.8 }, two)).toBe(false);
	});
});

describe('boundsOf and padBounds', () => {
	it('hold every area and point given', () => {
		expect(boundsOf([square], [{ lat: 43.5, lon: 3.5 }])).toEqual({
			south: 43.5,
			north: 45,
			west: 3,
			east: 4,
		});
	});

	it('refuse an empty list rather than return an infinite box', () => {
		expect(() => boundsOf([])).toThrow(/at least one/);
	});

	it('pad a box by a distance in metres on every side', () => {
		const point = { lat: 44.3, lon: 3.8 };
		const padded = padBounds(
			{ south: point.lat, north: point.lat, west: point.lon, east: point.lon },
			100,
		);
		expect(distanceInMetres({ lat: padded.north, lon: point.lon }, point)).toBeCloseTo(100, 0);
		expect(distanceInMetres({ lat: point.lat, lon: padded.east }, point)).toBeCloseTo(100, 0);
	});

	it('grow a small box to the minimum extent around its centre', () => {
		const padded = padBounds({ south: 44.3, north: 44.3001, west: 3.8, east: 3.8 }, 0, 400);
		const height = distanceInMetres(
			{ lat: padded.south, lon: 3.8 },
			{ lat: padded.north, lon: 3.8 },
		);
		const width = distanceInMetres(
			{ lat: 44.3, lon: padded.west },
			{ lat: 44.3, lon: padded.east },
		);
		expect(height).toBeCloseTo(400, 0);
		expect(width).toBeCloseTo(400, 0);
		expect((padded.south + padded.north) / 2).toBeCloseTo(44.30005, 6);
	});
});
