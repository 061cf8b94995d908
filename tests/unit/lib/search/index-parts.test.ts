import { describe, expect, it } from 'vitest';
import {
	pageGroup,
	partCount,
	partFolder,
	partOf,
	splitIntoParts,
} from '../../../../src/lib/search/index-parts';

const twins = (id: string) => [
	{ url: `/hebergements/${id}/`, language: 'fr' },
	{ url: `/en/where-to-stay/${id}/`, language: 'en' },
];

describe('the parts of the search index', () => {
	it('has one part up to the pages a part holds, then one more per part started', () => {
		expect(partCount(0, 100)).toBe(1);
		expect(partCount(100, 100)).toBe(1);
		expect(partCount(101, 100)).toBe(2);
		expect(partCount(20_522)).toBe(5);
		expect(() => partCount(10, 0)).toThrow(/positive whole number/);
	});

	it('serves the first part from the index folder and the others from part-N/', () => {
		expect(partFolder(0)).toBe('');
		expect(partFolder(3)).toBe('part-3/');
	});

	it('puts a page and its translation in the same part', () => {
		expect(pageGroup('/hebergements/gite-du-tarn-florac/')).toBe('gite-du-tarn-florac');
		expect(pageGroup('/en/where-to-stay/gite-du-tarn-florac/')).toBe('gite-du-tarn-florac');
		expect(pageGroup('/')).toBe('/');
		expect(pageGroup('/bureaux/')).toBe('bureaux');
		for (let member = 0; member < 200; member++) {
			const [fr, en] = twins(`member-${member}`);
			expect(partOf(fr?.url ?? '', 7)).toBe(partOf(en?.url ?? '', 7));
		}
	});

	it('keeps a page in its part from one build to the next, and spreads pages evenly', () => {
		const pages = Array.from({ length: 2_000 }, (_, member) => twins(`member-${member}`)).flat();
		const split = splitIntoParts(pages, 500);
		expect(split).toHaveLength(8);
		const again = splitIntoParts([...pages].reverse(), 500);
		for (const [part, partPages] of split.entries()) {
			expect(new Set(again[part]?.map((page) => page.url))).toEqual(
				new Set(partPages.map((page) => page.url)),
			);
			expect(partPages.length).toBeGreaterThan(350);
			expect(partPages.length).toBeLessThan(650);
		}
		expect(split.flat()).toHaveLength(pages.length);
	});

	it('takes fewer parts when a part would lack a language', () => {
		// Three French pages and one English page cannot make three parts with both languages.
		const pages = [
			{ url: '/a/', language: 'fr' },
			{ url: '/b/', language: 'fr' },
			{ url: '/c/', language: 'fr' },
			{ url: '/en/d/', language: 'en' },
		];
		const split = splitIntoParts(pages, 1);
		expect(split).toHaveLength(1);
		expect(split[0]).toHaveLength(4);
	});
});
