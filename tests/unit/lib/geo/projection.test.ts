import { describe, expect, it } from 'vitest';
import { clipRing, fitProjection, ringsToPath, simplify } from '../../../../src/lib/geo/projection';
import { distanceInMetres } from '../../../../src/lib/geo/distance';

const bounds = { south: 44.1, north: 44.4, west: 3.6, east: 4.0 };

describe('fitProjection', () => {
	it('puts the north-west corner at the padding and the south-east corner at the opposite one', () => {
		const projection = fitProjection(bounds, { width: 360, padding: 10 });
		expect(projection.project({ lat: 44.4, lon: 3.6 })).toEqual({ x: 10, y: 10 });
		const corner = projection.project({ lat: 44.1, lon: 4.0 });
		expect(corner.x).toBeCloseTo(350, 6);
		expect(corner.y).toBeCloseTo(projection.height - 10, 6);
	});

	it('keeps distances true in both directions (a kilometre east is as long as a kilometre north)', () => {
		const projection = fitProjection(bounds, { width: 360 });
		const origin = { lat: 44.25, lon: 3.8 };
		const north = { lat: 44.25 + 0.009, lon: 3.8 };
		const east = { lat: 44.25, lon: 3.8 + 0.0126 };
		const units = (a: typeof origin, b: typeof origin) => {
			const p = projection.project(a);
			const q = projection.project(b);
			return Math.hypot(p.x - q.x, p.y - q.y);
		};
		const perMetreNorth = units(origin, north) / distanceInMetres(origin, north);
		const perMetreEast = units(origin, east) / distanceInMetres(origin, east);
		expect(perMetreEast / perMetreNorth).toBeCloseTo(1, 2);
		expect(projection.unitsPerMetre).toBeCloseTo(perMetreNorth, 4);
	});

	it('never draws taller than maxHeight, and centres the narrower drawing', () => {
		const tall = { south: 44.0, north: 44.5, west: 3.8, east: 3.85 };
		const projection = fitProjection(tall, { width: 360, maxHeight: 200 });
		expect(projection.height).toBe(200);
		const west = projection.project({ lat: 44.25, lon: 3.8 }).x;
		const east = projection.project({ lat: 44.25, lon: 3.85 }).x;
		expect(west + east).toBeCloseTo(360, 6);
	});

	it('refuses a box without an area', () => {
		expect(() =>
			fitProjection({ south: 44, north: 44, west: 3, east: 4 }, { width: 100 }),
		).toThrow();
	});
});

describe('simplify', () => {
	it('drops points within the tolerance of the line and keeps the ends', () => {
		const line = [
			{ x: 0, y: 0 },
			{ x: 1, y: 0.1 },
			{ x: 2, y: -0.1 },
			{ x: 3, y: 0 },
		];
		expect(simplify(line, 0.5)).toEqual([line[0], line[3]]);
	});

	it('keeps a corner that sticks out further than the tolerance', () => {
		const line = [
			{ x: 0, y: 0 },
			{ x: 1, y: 2.6 },
			{ x: 2, y: 5 },
			{ x: 3, y: 2.4 },
			{ x: 4, y: 0 },
		];
		expect(simplify(line, 0.5)).toEqual([line[0], line[2], line[4]]);
	});
});

describe('clipRing', () => {
	const box = { left: 0, top: 0, right: 10, bottom: 10 };

	it('leaves a ring inside the box as it is', () => {
		const ring = [
			{ x: 1, y: 1 },
			{ x: 9, y: 1 },
			{ x: 5, y: 9 },
		];
		expect(clipRing(ring, box)).toEqual(ring);
	});

	it('cuts a ring that overflows the box along the box', () => {
		const ring = [
			{ x: -5, y: 5 },
			{ x: 5, y: 5 },
			{ x: 5, y: 15 },
			{ x: -5, y: 15 },
		];
		const clipped = clipRing(ring, box);
		expect(clipped.every((p) => p.x >= 0 && p.x <= 10 && p.y >= 0 && p.y <= 10)).toBe(true);
		expect(clipped).toEqual(
			expect.arrayContaining([
				{ x: 0, y: 5 },
				{ x: 5, y: 5 },
				{ x: 5, y: 10 },
				{ x: 0, y: 10 },
			]),
		);
	});

	it('returns nothing for a ring entirely outside', () => {
		expect(
			clipRing(
				[
					{ x: 20, y: 20 },
					{ x: 30, y: 20 },
					{ x: 25, y: 30 },
				],
				box,
			),
		).toEqual([]);
	});
});

describe('ringsToPath', () => {
	it('writes whole units as relative moves and closes the ring', () => {
		expect(
			ringsToPath([
				[
					{ x: 10.2, y: 20.4 },
					{ x: 15, y: 18 },
					{ x: 12, y: 25.6 },
				],
			]),
		).toBe('M10 20l5-2-3 8z');
	});

	it('drops points that round to the previous one, and rings left too small', () => {
		expect(
			ringsToPath([
				[
					{ x: 1, y: 1 },
					{ x: 1.2, y: 1.1 },
					{ x: 1.3, y: 0.9 },
				],
			]),
		).toBe('');
	});
});
