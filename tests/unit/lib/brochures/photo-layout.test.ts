/**
 * Where the brochures' photos go and how many pixels they are given (src/lib/brochures/photo-layout.ts):
 * about 150 dpi at the printed size, never enlarged, always inside their box.
 */
import { describe, expect, it } from 'vitest';
import {
	evenlySpread,
	fitInside,
	MAX_LISTING_PHOTOS,
	photoBox,
	pixelsFor,
	pixelsToPrint,
	PRINT_DPI,
} from '../../../../src/lib/brochures/photo-layout';
import { PAGE_SIZES } from '../../../../src/lib/brochures/pdf-style';

describe('the brochures’ photo layout', () => {
	it('gives the cover the page’s width and its top 55 %', () => {
		const box = photoBox('cover', 'A5');
		expect(box.width).toBeCloseTo(PAGE_SIZES.A5[0]);
		expect(box.height).toBeCloseTo(PAGE_SIZES.A5[1] * 0.55);
	});

	it('keeps wide photos inside the column and small ones to under a third of it', () => {
		for (const size of ['A4', 'A5'] as const) {
			const column = PAGE_SIZES[size][0] - 2 * (size === 'A4' ? 48 : 36);
			expect(photoBox('wide', size).width).toBeCloseTo(column);
			expect(photoBox('wide', size).height).toBeLessThan(PAGE_SIZES[size][1] / 2);
			expect(photoBox('thumb', size).width).toBeLessThanOrEqual(column / 3);
			expect(photoBox('thumb', size).height).toBe(
				Math.round((photoBox('thumb', size).width * 3) / 4),
			);
		}
	});

	it('counts 150 pixels per inch of paper (72 points)', () => {
		expect(PRINT_DPI).toBe(150);
		expect(pixelsFor(72)).toBe(150);
		expect(pixelsFor(144)).toBe(300);
		expect(pixelsFor(0.1)).toBe(1);
	});

	it('fits a landscape photo to the box’s width and a portrait one to its height', () => {
		const box = { width: 300, height: 200 };
		expect(fitInside({ width: 1500, height: 1000 }, box)).toEqual({ width: 300, height: 200 });
		const wide = fitInside({ width: 2000, height: 500 }, box);
		expect(wide).toEqual({ width: 300, height: 75 });
		const tall = fitInside({ width: 1000, height: 2000 }, box);
		expect(tall.height).toBeCloseTo(200);
		expect(tall.width).toBeCloseTo(100);
	});

	it('resizes to the printed size at 150 dpi but never enlarges a small photo', () => {
		expect(pixelsToPrint({ width: 288, height: 144 }, { width: 4000, height: 3000 })).toEqual({
			width: 600,
			height: 300,
		});
		// A 300-pixel photo printed 4 inches wide stays 300 pixels, with its proportions.
		expect(pixelsToPrint({ width: 288, height: 144 }, { width: 300, height: 2000 })).toEqual({
			width: 300,
			height: 150,
		});
	});
});

describe('the members’ photos a listing brochure keeps', () => {
	it('keeps them all when they fit', () => {
		expect([...evenlySpread(3, 80)]).toEqual([0, 1, 2]);
		expect(evenlySpread(0, 80).size).toBe(0);
	});

	it('spreads at most the cap evenly through a long list, first and last sections included', () => {
		const kept = [...evenlySpread(1000, MAX_LISTING_PHOTOS)];
		expect(kept).toHaveLength(MAX_LISTING_PHOTOS);
		expect(kept[0]).toBe(0);
		expect(kept.at(-1)).toBeGreaterThan(1000 - 1000 / MAX_LISTING_PHOTOS - 1);
		const gaps = kept.slice(1).map((index, position) => index - (kept[position] ?? 0));
		expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
	});
});
