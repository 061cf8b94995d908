import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGpx } from '../../../../src/lib/gpx/parse';
import {
	boxTiles,
	corridorTiles,
	fittingZoom,
	OFFLINE_TILES,
	planTiles,
	tileOf,
	tileUrl,
} from '../../../../src/lib/offline/tiles';

const HIKES = new URL('../../../../content/hikes/', import.meta.url);
const tracks = readdirSync(HIKES)
	.filter((file) => file.endsWith('.gpx'))
	.map((file) => ({
		id: file.replace(/\.gpx$/, ''),
		points: parseGpx(readFileSync(new URL(file, HIKES), 'utf8')).points.map(
			({ lat, lon }): [number, number] => [lat, lon],
		),
	}));

describe('tileOf', () => {
	it('finds the slippy-map tile of a point', () => {
		// Zoom 0 is one tile; zoom 1 splits at the equator and the meridian.
		expect(tileOf(44.37, 3.74, 0)).toEqual({ z: 0, x: 0, y: 0 });
		expect(tileOf(44.37, 3.74, 1)).toEqual({ z: 1, x: 1, y: 0 });
		expect(tileOf(-10, -10, 1)).toEqual({ z: 1, x: 0, y: 1 });
		// x = ⌊(3.74 + 180) / 360 × 4096⌋ = 2090;
		// y = ⌊(1 − ln(tan 44.37° + sec 44.37°) / π) / 2 × 4096⌋ = ⌊(1 − 0.86547 / π) / 2 × 4096⌋ = 1483.
		expect(tileOf(44.37, 3.74, 12)).toEqual({ z: 12, x: 2090, y: 1483 });
	});
});

describe('corridorTiles', () => {
	it('keeps the tiles a straight track crosses and one ring around them, once each', () => {
		const z = 14;
		const a = tileOf(44.3, 3.6, z);
		const b = tileOf(44.3, 3.7, z);
		const tiles = corridorTiles(
			[
				[44.3, 3.6],
				[44.3, 3.7],
			],
			z,
			1,
		);
		// An east–west line: every column between the ends, three rows, one column of margin each side.
		expect(tiles).toHaveLength((b.x - a.x + 3) * 3);
		expect(new Set(tiles.map((tile) => `${tile.x}/${tile.y}`)).size).toBe(tiles.length);
	});
});

describe('planTiles', () => {
	it('keeps zoom 12 to 15 for a short walk', () => {
		const plan = planTiles([
			[44.36, 3.8],
			[44.37, 3.81],
		]);
		expect(plan.zooms).toEqual([12, 13, 14, 15]);
	});

	it('drops the closest zoom levels of a long track to stay under the caps', () => {
		const long: [number, number][] = [
			[44.1, 3.55],
			[44.5, 4.0],
		];
		const plan = planTiles(long);
		const corridor = plan.zooms.filter((zoom) => zoom >= 12);
		expect(corridor.length).toBeLessThan(4);
		expect(corridor[0]).toBe(12);
		expect(plan.tiles.length).toBeLessThanOrEqual(OFFLINE_TILES.maxTiles);
	});

	it('keeps the wider levels, over the whole box, down to the zoom at which the track fits a small map', () => {
		// About 20 km east–west: 730 px wide at zoom 12, 180 px at zoom 10, 90 px at zoom 9.
		const stage: [number, number][] = [
			[44.4, 3.6],
			[44.36, 3.85],
		];
		const plan = planTiles(stage);
		expect(fittingZoom(stage, 160, 150, 12)).toBe(9);
		expect(plan.zooms).toEqual([9, 10, 11, 12, 13, 14, 15]);
		const atTen = plan.tiles.filter((tile) => tile.z === 10);
		expect(atTen).toEqual(boxTiles(stage, 10, 1));
	});

	it('keeps no wider level for a walk that fits the small map at zoom 12', () => {
		expect(fittingZoom([[44.36, 3.8]], 160, 150, 12)).toBe(12);
	});

	it.each(tracks)(
		'$id: the zoom a hike page’s map opens at on a 320 to 1366 px screen has saved tiles',
		({ points }) => {
			const { zooms } = planTiles(points);
			// The small map inside its padding: a 320 px phone (170 × 164) to a desktop (600 × 164).
			for (const width of [170, 236, 600]) {
				expect(zooms).toContain(fittingZoom(points, width, 164, 15));
			}
		},
	);

	it('keeps nothing for an empty track', () => {
		expect(planTiles([])).toEqual({ tiles: [], zooms: [] });
	});

	it.each(tracks)(
		'$id: at most 300 tiles, at most 250 from zoom 13 (tile policy)',
		({ points }) => {
			const plan = planTiles(points);
			expect(plan.tiles.length).toBeGreaterThan(0);
			expect(plan.tiles.length).toBeLessThanOrEqual(300);
			expect(plan.tiles.filter((tile) => tile.z >= 13).length).toBeLessThanOrEqual(250);
		},
	);
});

describe('tileUrl', () => {
	it('fills the template, subdomain included', () => {
		expect(
			tileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { z: 12, x: 2090, y: 1483 }),
		).toBe('https://tile.openstreetmap.org/12/2090/1483.png');
		expect(tileUrl('https://{s}.tile.example/{z}/{x}/{y}.png', { z: 1, x: 1, y: 0 }, 'abc')).toBe(
			'https://b.tile.example/1/1/0.png',
		);
	});
});
