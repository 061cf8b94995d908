import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	lineIntersectsMultiPolygon,
	lineIntersectsPolygon,
	pointInPolygon,
	segmentsIntersect,
	type Position,
} from '../../../../src/lib/geo/intersects';
import { parseGpx } from '../../../../src/lib/gpx/parse';
import { areasCrossedBy, type ParkAreaFeature } from '../../../../src/lib/park/regulations';

// A 1 × 1 square with a 0.4 × 0.4 hole in the middle.
const square: Position[] = [
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 1],
	[0, 0],
];
const hole: Position[] = [
	[0.3, 0.3],
	[0.7, 0.3],
	[0.7, 0.7],
	[0.3, 0.7],
	[0.3, 0.3],
];

describe('pointInPolygon', () => {
	it('finds points inside, outside, on an edge and in a hole', () => {
		expect(pointInPolygon([0.1, 0.1], [square])).toBe(true);
		expect(pointInPolygon([1.1, 0.5], [square])).toBe(false);
		expect(pointInPolygon([1, 0.5], [square])).toBe(true);
		expect(pointInPolygon([0.5, 0.5], [square, hole])).toBe(false);
		expect(pointInPolygon([0.2, 0.5], [square, hole])).toBe(true);
	});
});

describe('segmentsIntersect', () => {
	it('finds crossing, touching and collinear overlapping segments, and no others', () => {
		expect(segmentsIntersect([0, 0], [1, 1], [0, 1], [1, 0])).toBe(true);
		expect(segmentsIntersect([0, 0], [1, 0], [1, 0], [2, 1])).toBe(true);
		expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
		expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
		expect(segmentsIntersect([0, 0], [1, 1], [1, 0], [2, -1])).toBe(false);
	});
});

describe('lineIntersectsPolygon', () => {
	it('is true for a line with a point inside', () => {
		expect(
			lineIntersectsPolygon(
				[
					[-1, -1],
					[0.1, 0.1],
				],
				[square],
			),
		).toBe(true);
	});

	it('is true for a line that crosses the area without a point inside', () => {
		expect(
			lineIntersectsPolygon(
				[
					[-1, 0.5],
					[2, 0.5],
				],
				[square],
			),
		).toBe(true);
		// Cuts a corner: both points outside, the segment through the corner.
		expect(
			lineIntersectsPolygon(
				[
					[-0.1, 0.2],
					[0.2, -0.1],
				],
				[square],
			),
		).toBe(true);
		expect(
			lineIntersectsPolygon(
				[
					[-0.2, 0.1],
					[0.1, -0.2],
				],
				[square],
			),
		).toBe(false);
	});

	it('is false for a line that passes by, or stays inside a hole', () => {
		expect(
			lineIntersectsPolygon(
				[
					[-1, -1],
					[-0.5, 2],
				],
				[square],
			),
		).toBe(false);
		expect(
			lineIntersectsPolygon(
				[
					[1.2, -1],
					[1.2, 2],
				],
				[square],
			),
		).toBe(false);
		expect(
			lineIntersectsPolygon(
				[
					[0.4, 0.4],
					[0.6, 0.6],
				],
				[square, hole],
			),
		).toBe(false);
	});

	it('checks every polygon of a multipolygon', () => {
		const far = [
			[
				[10, 10],
				[11, 10],
				[11, 11],
				[10, 10],
			],
		] as Position[][];
		expect(
			lineIntersectsMultiPolygon(
				[
					[10.9, 10.5],
					[12, 10.5],
				],
				[[square], far],
			),
		).toBe(true);
		expect(
			lineIntersectsMultiPolygon(
				[
					[5, 5],
					[6, 6],
				],
				[[square], far],
			),
		).toBe(false);
	});
});

describe('the GR70 tracks against the national park areas', () => {
	const areas = (
		JSON.parse(
			readFileSync(
				new URL('../../../../content/park-regulations/sensitivity-areas.geojson', import.meta.url),
				'utf8',
			),
		) as {
			features: ParkAreaFeature[];
		}
	).features;
	const crossed = (stage: string) => {
		const gpx = parseGpx(
			readFileSync(new URL(`../../../../content/hikes/${stage}.gpx`, import.meta.url), 'utf8'),
		);
		return areasCrossedBy(
			gpx.points.map((point) => [point.lon, point.lat] as const),
			areas,
		);
	};

	it('finds that the stage over the Sommet de Finiels crosses the section where bivouac is forbidden', () => {
		const areasOfJ07 = crossed('gr70-le-bleymard-le-pont-de-montvert');
		const finiels = areasOfJ07.find((area) => area.id === 2);
		expect(finiels).toMatchObject({
			name: 'Mont Lozère',
			section: 'GR®70 - Portion du Sommet de Finiels',
			rules: [{ code: 'bivouac-forbidden', practice: 'walking' }],
			months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
		});
	});

	it('finds no bivouac ban on the stage from Saint-Germain-de-Calberte to Saint-Jean-du-Gard', () => {
		const codes = crossed('gr70-saint-germain-de-calberte-saint-jean-du-gard').flatMap((area) =>
			area.rules.map((rule) => rule.code),
		);
		expect(codes).not.toContain('bivouac-forbidden');
	});
});
