import { describe, expect, it } from 'vitest';
import { isStorable, offlinePageFor, ruleFor } from '../../../../src/lib/offline/requests';

const origin = 'https://www.cevennes-montlozere.com';
const rule = (path: string, { method = 'GET', navigate = false, destination = '' } = {}) =>
	ruleFor({
		method,
		url: new URL(path, origin),
		origin,
		navigate,
		destination,
		tileHosts: ['tile.openstreetmap.org'],
	});

describe('ruleFor', () => {
	it('sends pages network first', () => {
		expect(rule('/randonnees/', { navigate: true })).toBe('page');
		expect(rule('/en/offices/vialas/', { navigate: true })).toBe('page');
	});

	it('gives a downloaded file its file, never a page', () => {
		expect(rule('/en/hikes/x.gpx', { navigate: true })).toBe('data');
		expect(rule('/randonnees/x.kml', { navigate: true })).toBe('data');
	});

	it('never answers the forms’ actions, the API, the staff pages or anything but GET', () => {
		expect(rule('/_actions/newsletter/', { method: 'POST' })).toBe('network');
		expect(rule('/_actions/feedback/')).toBe('network');
		expect(rule('/api/feedback/', { method: 'POST' })).toBe('network');
		expect(rule('/api/feedback/')).toBe('network');
		expect(rule('/staff/', { navigate: true })).toBe('network');
		expect(rule('/staff/inbox/', { navigate: true })).toBe('network');
		expect(rule('/contact/suggestion/', { method: 'POST', navigate: true })).toBe('network');
	});

	it('tells the search index, hashed assets, images and map data apart', () => {
		expect(rule('/pagefind/pagefind.js?v=abc')).toBe('search-index');
		expect(rule('/pagefind/fragment/fr_1234.pf_fragment')).toBe('search-index');
		expect(rule('/pagefind/pagefind-entry.json?build=abc')).toBe('search-index');
		expect(rule('/_astro/runtime.B1x2.js')).toBe('asset');
		expect(rule('/_astro/photo.Ab12.webp', { destination: 'image' })).toBe('image');
		expect(rule('/og-image.png', { destination: 'image' })).toBe('image');
		expect(rule('/randonnees/x.track.geojson')).toBe('data');
		expect(rule('/en/hikes/x.gpx')).toBe('data');
		expect(rule('/en/my-stay/items.json')).toBe('data');
		expect(rule('/api/feedback/status.json')).toBe('network');
	});

	it('answers tiles of the map’s tile server only', () => {
		expect(rule('https://tile.openstreetmap.org/14/8361/5912.png', { destination: 'image' })).toBe(
			'tile',
		);
		expect(rule('https://example.org/a.png', { destination: 'image' })).toBe('network');
	});
});

describe('offlinePageFor', () => {
	it('gives the offline page in the language of the page asked for', () => {
		expect(offlinePageFor('/randonnees/x/')).toBe('/hors-ligne/');
		expect(offlinePageFor('/en/hikes/x/')).toBe('/en/offline/');
	});
});

describe('isStorable', () => {
	it('stores plain successful answers only', () => {
		expect(isStorable(200, 'public, max-age=0')).toBe(true);
		expect(isStorable(200, null)).toBe(true);
		expect(isStorable(404, null)).toBe(false);
		expect(isStorable(200, 'no-store')).toBe(false);
		expect(isStorable(200, 'private, max-age=60')).toBe(false);
	});
});
