import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../../../../src/lib/geo/polygon';
import {
	buildStaticMap,
	labelWidth,
	placeLabels,
	scaleBar,
} from '../../../../src/lib/geo/static-map';

const size = { width: 300, height: 200, fontSize: 12, markerRadius: 7 };

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** The box a placed label covers, from its anchor. */
function boxOf(label: { text: string; x: number; y: number; anchor: string }): Box {
	const w = labelWidth(label.text, 12);
	const left =
		label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
	return { left, right: left + w, top: label.y - 12, bottom: label.y + 2 };
}

describe('placeLabels', () => {
	it('writes a label to the right of its marker when there is room', () => {
		const [label] = placeLabels([{ x: 50, y: 100, label: 'Vialas' }], size);
		expect(label).toMatchObject({ text: 'Vialas', anchor: 'start' });
		expect(label!.x).toBeGreaterThan(50);
	});

	it('moves a label to the left near the right edge', () => {
		const [label] = placeLabels([{ x: 290, y: 100, label: 'Vialas' }], size);
		expect(label).toMatchObject({ anchor: 'end' });
		expect(label!.x).toBeLessThan(290);
	});

	it('never lets two labels overlap, and drops one that fits nowhere', () => {
		const markers = [
			{ x: 100, y: 100, label: 'Saint-Martin-de-Lansuscle' },
			{ x: 104, y: 102, label: 'Sainte-Croix-Vallée-Française' },
			{ x: 102, y: 98, label: 'Saint-Étienne-Vallée-Française' },
			{ x: 103, y: 101, label: 'Moissac-Vallée-Française' },
			{ x: 101, y: 103, label: 'Gabriac' },
		];
		const labels = placeLabels(markers, size);
		const placed = labels.filter((label) => label !== undefined).map(boxOf);
		expect(placed.length).toBeLessThan(markers.length);
		for (const [index, a] of placed.entries()) {
			for (const b of placed.slice(index + 1)) {
				const overlaps =
					a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				expect(overlaps).toBe(false);
			}
		}
	});

	it('keeps every label inside the drawing', () => {
		const labels = placeLabels(
			[
				{ x: 5, y: 5, label: 'Le Pont-de-Montvert' },
				{ x: 295, y: 195, label: 'Saint-Julien-des-Points' },
			],
			size,
		);
		for (const label of labels.filter((l) => l !== undefined)) {
			const box = boxOf(label);
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(300);
		}
	});
});

describe('scaleBar', () => {
	it('picks the longest round distance that fits', () => {
		expect(scaleBar(0.1, 90)).toEqual({ length: 50, label: '500 m' });
		expect(scaleBar(0.01, 90)).toEqual({ length: 50, label: '5 km' });
	});
});

describe('buildStaticMap', () => {
	const commune: PolygonGeometry = {
		type: 'Polygon',
		coordinates: [
			[
				[3.7, 44.3],
				[3.8, 44.3],
				[3.8, 44.4],
				[3.7, 44.4],
				[3.7, 44.3],
			],
		],
	};

	it('frames the focus areas and draws markers inside the drawing', () => {
		const model = buildStaticMap(
			[{ id: 'a', geometry: commune, tone: 'focus' }],
			[
				{
					id: 'v',
					point: { lat: 44.35, lon: 3.75 },
					kind: 'village',
					badge: '1',
					label: 'Village',
				},
			],
			{ width: 360, maxHeight: 400 },
		);
		expect(model.areas).toHaveLength(1);
		expect(model.areas[0]!.d).toMatch(/^M\d+ \d+l.*z$/);
		const [marker] = model.markers;
		expect(marker!.x).toBeCloseTo(180, 0);
		expect(marker!.y).toBeCloseTo(model.height / 2, 0);
		expect(marker!.badge).toBe('1');
		expect(marker!.label?.text).toBe('Village');
	});

	it('leaves out the areas that fall outside an explicit frame', () => {
		const model = buildStaticMap(
			[{ id: 'a', geometry: commune, tone: 'focus' }],
			[{ id: 'p', point: { lat: 44.5, lon: 3.9 }, kind: 'service' }],
			{ width: 360, frame: { south: 44.49, north: 44.51, west: 3.89, east: 3.91 } },
		);
		expect(model.areas).toEqual([]);
		expect(model.markers).toHaveLength(1);
	});

	it('draws lines through points in order', () => {
		const model = buildStaticMap([{ id: 'a', geometry: commune, tone: 'focus' }], [], {
			width: 360,
			lines: [
				[
					{ lat: 44.31, lon: 3.71 },
					{ lat: 44.39, lon: 3.79 },
				],
			],
		});
		expect(model.lines).toHaveLength(1);
		expect(model.lines[0]).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
	});
});
