import type { CollectionEntry } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { sectorLinks, themeLinks, villageLinks } from '../../../src/lib/destination-links';
import { absoluteUrls } from '../../../src/lib/seo/absolute-urls';

describe('links between place pages', () => {
	it('translate a theme’s name, and keep place names as they are', () => {
		const theme = { id: 'famille', data: { name: { fr: 'En famille', en: 'With children' } } };
		const village = { id: 'vialas', data: { name: 'Vialas' } };
		const sector = { id: 'mont-lozere', data: { name: 'Mont Lozère' } };
		expect(themeLinks([theme] as CollectionEntry<'themes'>[], 'en')).toEqual([
			{ href: '/en/discover/themes/famille/', label: 'With children' },
		]);
		expect(villageLinks([village] as CollectionEntry<'villages'>[], 'en')).toEqual([
			{ href: '/en/discover/villages/vialas/', label: 'Vialas' },
		]);
		expect(sectorLinks([sector] as CollectionEntry<'sectors'>[], 'fr')).toEqual([
			{ href: '/decouvrir/mont-lozere/', label: 'Mont Lozère' },
		]);
	});
});

describe('absolute addresses', () => {
	it('use the configured site, else the origin the page is served from', () => {
		const served = new URL('http://127.0.0.1:4321/en/offices/');
		const site = new URL('https://www.cevennes-montlozere.com');
		expect(absoluteUrls({ site, url: served }, 'en').of({ route: 'village', id: 'vialas' })).toBe(
			'https://www.cevennes-montlozere.com/en/discover/villages/vialas/',
		);
		expect(absoluteUrls({ site: undefined, url: served }, 'fr').site.href).toBe(
			'http://127.0.0.1:4321/',
		);
	});
});
