import { describe, expect, it } from 'vitest';
import { VARIANTS, variantsOf } from '../../../src/lib/illustration-variants';

const places = (drawing: string, count: number, collection = 'villages') =>
	Array.from({ length: count }, (_, index) => ({
		key: `${collection}/v${String(index).padStart(2, '0')}`,
		illustration: drawing,
	}));

describe('variantsOf', () => {
	it('gives places that share a drawing different variants', () => {
		const variants = variantsOf(places('river', VARIANTS.length));
		const seen = new Set([...variants.values()].map((variant) => JSON.stringify(variant)));
		expect(seen.size).toBe(VARIANTS.length);
	});

	it('draws the first place as drawn, and keeps a place’s variant when another drawing gains places', () => {
		const before = variantsOf([
			...places('river', 3),
			{ key: 'themes/eau', illustration: 'flock' },
		]);
		expect(before.get('villages/v00')).toEqual({ mirrored: false, light: 'day' });
		const after = variantsOf([...places('river', 3), ...places('flock', 5, 'experiences')]);
		expect(after.get('villages/v02')).toEqual(before.get('villages/v02'));
	});

	it('repeats variants only beyond as many places as there are variants', () => {
		const variants = variantsOf(places('river', VARIANTS.length + 1));
		expect(variants.get(`villages/v${String(VARIANTS.length).padStart(2, '0')}`)).toEqual(
			variants.get('villages/v00'),
		);
	});
});
