import { describe, expect, it } from 'vitest';
import { fill, formatBytes, formatZooms } from '../../../../src/lib/offline/format';
import {
	parseSavedHike,
	savedHikeIdOf,
	savedHikeCacheName,
} from '../../../../src/lib/offline/saved-hikes';
import { webAppManifest } from '../../../../src/lib/offline/manifest';
import { useTranslations } from '../../../../src/lib/i18n/ui';

describe('formatBytes', () => {
	it('writes kilobytes under a megabyte, megabytes with one decimal above, per language', () => {
		expect(formatBytes(950_000, 'en')).toBe('950 kB');
		expect(formatBytes(1_949_000, 'en')).toBe('1.9 MB');
		expect(formatBytes(1_949_000, 'fr')).toBe('1,9 Mo');
		expect(formatBytes(12, 'fr')).toBe('1 ko');
	});
});

describe('formatZooms', () => {
	it('writes consecutive levels as a range', () => {
		expect(formatZooms([12, 13, 14, 15])).toBe('12–15');
		expect(formatZooms([12])).toBe('12');
		expect(formatZooms([12, 14])).toBe('12, 14');
	});
});

describe('fill', () => {
	it('fills known placeholders and leaves others', () => {
		expect(fill('{done} of {total}', { done: 3, total: 9 })).toBe('3 of 9');
		expect(fill('{x}', {})).toBe('{x}');
	});
});

describe('saved hikes', () => {
	it('names one cache per hike and reads its id back', () => {
		expect(savedHikeIdOf(savedHikeCacheName('tour-du-mont-lozere'))).toBe('tour-du-mont-lozere');
		expect(savedHikeIdOf('pages')).toBeUndefined();
	});

	it('accepts a complete record and rejects a damaged one', () => {
		const record = {
			id: 'x',
			title: 'X',
			locale: 'en',
			page: '/en/hikes/x/',
			savedAt: '2026-11-26T08:00:00.000Z',
			bytes: 1000,
			files: 10,
			tiles: 6,
			zooms: [12, 13],
		};
		expect(parseSavedHike(record)).toEqual(record);
		expect(parseSavedHike({ ...record, page: 'https://evil.example/' })).toBeUndefined();
		expect(parseSavedHike({ ...record, locale: 'de' })).toBeUndefined();
		expect(parseSavedHike(null)).toBeUndefined();
	});
});

describe('webAppManifest', () => {
	it('is one app in both languages, opening on each language’s home, with its shortcuts', () => {
		const fr = webAppManifest('fr', useTranslations('fr'));
		const en = webAppManifest('en', useTranslations('en'));
		expect(fr.id).toBe(en.id);
		expect(fr.start_url).toBe('/');
		expect(en.start_url).toBe('/en/');
		expect(en.shortcuts.map((shortcut) => shortcut.url)).toEqual([
			'/en/map/',
			'/en/hikes/',
			'/en/whats-on/',
		]);
		expect(fr.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
			'192x192 any',
			'512x512 any',
			'512x512 maskable',
		]);
	});
});
