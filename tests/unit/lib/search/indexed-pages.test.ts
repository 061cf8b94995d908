import { describe, expect, it } from 'vitest';
import { isIndexedPage, pageUrl } from '../../../../src/lib/search/indexed-pages';

describe('pageUrl', () => {
	it('gives a folder page its folder address, as the site links to it', () => {
		expect(pageUrl('index.html')).toBe('/');
		expect(pageUrl('hebergements/gite-du-valat/index.html')).toBe('/hebergements/gite-du-valat/');
		expect(pageUrl('en\\where-to-stay\\index.html')).toBe('/en/where-to-stay/');
	});

	it('keeps the file name of a page that is not an index', () => {
		expect(pageUrl('404.html')).toBe('/404.html');
		expect(pageUrl('en/404.html')).toBe('/en/404.html');
		expect(pageUrl('hebergements/not-index.html')).toBe('/hebergements/not-index.html');
	});
});

describe('isIndexedPage', () => {
	it('indexes a page whose content is marked, and no other', () => {
		expect(isIndexedPage('<main data-pagefind-body><h1>Vialas</h1></main>')).toBe(true);
		expect(isIndexedPage('<main><h1>Hébergements</h1></main>')).toBe(false);
	});
});
