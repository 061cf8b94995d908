import { describe, expect, it } from 'vitest';
import { isPrecached, precacheManifest, urlOfFile } from '../../../../src/lib/offline/precache';

describe('isPrecached', () => {
	it('keeps the shell, the offline pages and the offices’ pages in both languages', () => {
		for (const file of [
			'_astro/BaseLayout.Cx1.css',
			// What a photo not stored shows offline.
			'photo-offline.svg',
			'_astro/runtime.B2.js',
			'icons/icon-192.png',
			'favicon.svg',
			'index.html',
			'en/index.html',
			'hors-ligne/index.html',
			'en/offline/index.html',
			'hors-ligne/randonnees/index.html',
			'en/offline/hikes/index.html',
			'bureaux/index.html',
			'bureaux/vialas/index.html',
			'en/offices/genolhac/index.html',
			'manifest.webmanifest',
			'en/manifest.webmanifest',
		]) {
			expect(isPrecached(file), file).toBe(true);
		}
	});

	it('leaves the rest to be stored as it is visited', () => {
		for (const file of [
			'randonnees/index.html',
			'randonnees/x/index.html',
			'bureaux/vialas/plan/index.html',
			'pagefind/pagefind.js',
			'og-image.png',
			'sitemap-0.xml',
			'404.html',
		]) {
			expect(isPrecached(file), file).toBe(false);
		}
	});
});

describe('precacheManifest', () => {
	it('gives hashed assets no revision and other files their digest, sorted by URL', () => {
		expect(
			precacheManifest([
				{ path: 'bureaux/vialas/index.html', digest: 'aaa' },
				{ path: '_astro/a.B1.js', digest: 'bbb' },
				{ path: 'randonnees/index.html', digest: 'ccc' },
			]),
		).toEqual([
			{ url: '/_astro/a.B1.js', revision: null },
			{ url: '/bureaux/vialas/', revision: 'aaa' },
		]);
	});

	it('maps index files to their directory URL', () => {
		expect(urlOfFile('index.html')).toBe('/');
		expect(urlOfFile('en/offline/index.html')).toBe('/en/offline/');
		expect(urlOfFile('icons/icon-192.png')).toBe('/icons/icon-192.png');
	});
});
