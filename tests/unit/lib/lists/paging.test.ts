import { describe, expect, it } from 'vitest';
import {
	pageLinks,
	pagePath,
	pageParam,
	paginate,
	PAGE_SIZE,
} from '../../../../src/lib/lists/paging';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const shown = (current: number, total: number) =>
	pageLinks(current, total).map((link) =>
		'gap' in link ? '…' : link.current ? `[${link.number}]` : String(link.number),
	);

describe('paginate', () => {
	it('cuts a list into pages of 24 cards, the last one holding the rest', () => {
		const pages = paginate(numbers(50));
		expect(PAGE_SIZE).toBe(24);
		expect(pages.map((page) => page.length)).toEqual([24, 24, 2]);
		expect(pages.flat()).toEqual(numbers(50));
	});
	it('keeps one empty page for an empty list, so the list page still exists', () => {
		expect(paginate([])).toEqual([[]]);
	});
	it('makes no second page for exactly one page of cards', () => {
		expect(paginate(numbers(24))).toHaveLength(1);
	});
	it('refuses a page size that is not a positive integer', () => {
		expect(() => paginate(numbers(3), 0)).toThrow(/positive integer/);
	});
});

describe('page paths', () => {
	it('leaves page 1 at the list address and numbers the others', () => {
		expect(pagePath('/hebergements/', 1)).toBe('/hebergements/');
		expect(pagePath('/en/where-to-stay/', 3)).toBe('/en/where-to-stay/page/3/');
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(2)).toBe('page/2');
	});
});

describe('pageLinks', () => {
	it('shows every page of a short list', () => {
		expect(shown(2, 4)).toEqual(['1', '[2]', '3', '4']);
	});
	it('shows the ends and the neighbours of the current page, with gaps', () => {
		expect(shown(10, 20)).toEqual(['1', '…', '9', '[10]', '11', '…', '20']);
	});
	it('shows a lone missing page rather than a gap standing for it', () => {
		expect(shown(4, 8)).toEqual(['1', '2', '3', '[4]', '5', '…', '8']);
	});
	it('shows a single page as current', () => {
		expect(shown(1, 1)).toEqual(['[1]']);
	});
});
