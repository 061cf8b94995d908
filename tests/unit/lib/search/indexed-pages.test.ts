import { describe, expect, it } from 'vitest';
import {
	indexedContent,
	isIndexedPage,
	pageLanguage,
	pageUrl,
} from '../../../../src/lib/search/indexed-pages';

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
		expect(isIndexedPage(Buffer.from('<main data-pagefind-body>Vialas</main>'))).toBe(true);
	});
});

describe('pageLanguage', () => {
	it('reads the language of the <html> tag, as Pagefind does', () => {
		expect(pageLanguage('<!doctype html><html lang="en-GB" class="x"><head>')).toBe('en-gb');
		expect(pageLanguage('<!doctype html><html class="x" lang="fr"><head>')).toBe('fr');
		expect(pageLanguage('<!doctype html><html><head>')).toBe('unknown');
	});
});

describe('indexedContent', () => {
	const page = (main: string, title = 'Gîte du Valat') =>
		`<!doctype html><html lang="fr"><head><title>${title}</title></head><body>` +
		`<header data-pagefind-ignore>Menu</header>${main}<footer>Pied</footer></body></html>`;
	const member = (description: string, nearby: string, filter = 'village:vialas') =>
		page(
			`<main data-pagefind-body><h1>Gîte du Valat</h1><p>${description}</p>` +
				`<section data-pagefind-ignore><h2>À proximité</h2><div><p>${nearby}</p></div>` +
				`<span data-pagefind-filter="${filter}"></span></section></main>`,
		);

	it('changes with the text the index reads', () => {
		expect(indexedContent(member('Une piscine.', 'Voisin'))).not.toBe(
			indexedContent(member('Un jardin.', 'Voisin')),
		);
		expect(indexedContent(member('Une piscine.', 'Voisin'))).not.toBe(
			indexedContent(page('<main data-pagefind-body><h1>Gîte du Valat</h1></main>', 'Autre')),
		);
	});

	it('does not change with the text of ignored parts, nor outside the marked parts', () => {
		const before = member('Une piscine.', 'Le voisin a un jardin.');
		const after = member('Une piscine.', 'Le voisin a une piscine.').replace('Pied', 'Footer');
		expect(indexedContent(after)).toBe(indexedContent(before));
	});

	it('changes with a filter found in an ignored part, which Pagefind still reads', () => {
		expect(indexedContent(member('Une piscine.', 'Voisin', 'village:vialas'))).not.toBe(
			indexedContent(member('Une piscine.', 'Voisin', 'village:florac')),
		);
	});

	it('keeps the filters, metadata and sort keys beside the marked element, in the page order', () => {
		const withMeta = (kind: string) =>
			page(
				`<div hidden><span data-pagefind-filter="kind:${kind}"></span>` +
					`<span data-pagefind-sort="name:valat"></span></div>` +
					'<h1 data-pagefind-body>Gîte du Valat</h1>',
			);
		const content = indexedContent(withMeta('page'));
		expect(content).toContain('<span data-pagefind-filter="kind:page"></span>');
		expect(content.indexOf('data-pagefind-sort')).toBeLessThan(content.indexOf('<h1'));
		expect(content).not.toContain('Menu');
		expect(indexedContent(withMeta('event'))).not.toBe(content);
	});

	it('counts nested elements of the same name, and keeps a page that does not close whole', () => {
		const nested = page(
			'<div data-pagefind-body><div><p>Dedans</p></div><p>Encore dedans</p></div><div>Dehors</div>',
		);
		expect(indexedContent(nested)).toContain('Encore dedans');
		expect(indexedContent(nested)).not.toContain('Dehors');
		const broken = '<html lang="fr"><main data-pagefind-body><p>Sans fin';
		expect(indexedContent(broken)).toBe(broken);
	});
});
