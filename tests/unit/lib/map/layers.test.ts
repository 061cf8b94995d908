/**
 * Rules every layer of the registry must follow, whoever adds it: a URL-safe unique id, a marker
 * colour that white symbols stay readable on, and a symbol of its own.
 */
import { describe, expect, it } from 'vitest';
import { MAP_LAYERS } from '../../../../src/lib/map/layers';

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r = 0, g = 0, b = 0] = channels.map((c) =>
		c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
	);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('map layers', () => {
	it('have unique ids usable in file names and URLs', () => {
		const ids = MAP_LAYERS.map((layer) => layer.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
	});

	it.each(MAP_LAYERS.map((layer) => [layer.id, layer] as const))(
		'%s: white symbols on its marker colour have a contrast of 4.5:1 or more',
		(_, layer) => {
			expect(layer.marker.color).toMatch(/^#[0-9a-f]{6}$/i);
			const contrast = 1.05 / (luminance(layer.marker.color) + 0.05);
			expect(contrast).toBeGreaterThanOrEqual(4.5);
		},
	);

	it('each have their own symbol, so that colour is never the only cue', () => {
		const symbols = MAP_LAYERS.map((layer) => layer.marker.symbol);
		expect(new Set(symbols).size).toBe(symbols.length);
	});

	it('only mark as prominent kinds of their own', () => {
		for (const layer of MAP_LAYERS) {
			for (const kind of layer.prominentKinds ?? []) expect(layer.kinds).toContain(kind);
		}
	});
});
