/**
 * The members' photos through a whole build. A copy of the project (its own node_modules/.astro
 * cache, its own dist/) is built as the real site (SAMPLE_DATA=off) from a feed of two members
 * whose photos are on a local server (tests/tools/photo-server.ts): one with good photos and
 * every failure a real server gives, one with failures only. The build must complete; each good
 * photo is on its member's page as AVIF and WebP served from the site, credited; each bad one
 * is a warning in the feed report, and the member without a good photo shows its drawing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_PATHS, startPhotoServer, type PhotoServer } from '../tools/photo-server';
import {
	buildPhotoSite,
	memberPagePath,
	removePhotoSite,
	WITH_PHOTOS,
	WITHOUT_PHOTOS,
	type PhotoSite,
} from '../tools/photo-site';

let server: PhotoServer;
let site: PhotoSite;

const pageOf = (name: string): HTMLElement =>
	parse(readFileSync(join(site.client, memberPagePath(site, name), 'index.html'), 'utf8'));

beforeAll(async () => {
	server = await startPhotoServer();
	site = await buildPhotoSite(server);
}, 600_000);

afterAll(async () => {
	await server.close();
	removePhotoSite(site);
});

describe('a build with the members’ photos on a local server', () => {
	it('completes', () => {
		expect(site.failed, site.output.slice(-3000)).toBe(false);
	});

	it('serves each good photo from the site as AVIF and WebP, sized and credited', () => {
		const page = pageOf(WITH_PHOTOS);
		const pictures = page.querySelectorAll('picture');
		// The main photo, then the gallery's two others (the redirect is the main one's file again).
		expect(pictures.length).toBe(4);
		for (const picture of pictures) {
			const types = picture.querySelectorAll('source').map((source) => source.getAttribute('type'));
			expect(types).toEqual(['image/avif', 'image/webp']);
			for (const source of picture.querySelectorAll('source')) {
				for (const candidate of (source.getAttribute('srcset') ?? '').split(', ')) {
					const path = candidate.split(' ')[0] ?? '';
					expect(path).toMatch(/^\/_astro\/.+\.(avif|webp)$/);
					expect(existsSync(join(site.client, path)), path).toBe(true);
				}
			}
			const image = picture.querySelector('img');
			expect(image?.getAttribute('width')).toMatch(/^\d+$/);
			expect(image?.getAttribute('height')).toMatch(/^\d+$/);
			expect(image?.getAttribute('sizes')).toBeTruthy();
		}
		expect(page.toString()).not.toContain(server.origin);
		const main = pictures[0]?.querySelector('img');
		expect(main?.getAttribute('alt')).toBe('La terrasse au soleil couchant');
		expect(main?.getAttribute('fetchpriority')).toBe('high');
		expect(main?.getAttribute('loading')).toBe('eager');
		const others = pictures.slice(1).map((picture) => picture.querySelector('img'));
		expect(others.map((image) => image?.getAttribute('loading'))).toEqual(['lazy', 'lazy', 'lazy']);
		// Without a caption, the alt text says what and where the place is.
		expect(others[0]?.getAttribute('alt')).toMatch(/^Gîte des Photos, .+ (à|au|aux) .+$/);
		const credits = page
			.querySelectorAll('figure figcaption')
			.map((caption) => caption.text.trim());
		expect(credits).toEqual([
			'Photo : © Jeanne Photographe',
			'Photo : Gîtes de France',
			'Photo : © Chambre',
			'Photo : © Redirigée',
		]);
	});

	it('shows the drawing for a member whose photos all failed, and its neighbour’s photo on its card', () => {
		const page = pageOf(WITHOUT_PHOTOS);
		expect(page.querySelector('.provider-illustration')).not.toBeNull();
		// The only photo of the page: the other member's, on its card among the nearby places.
		const pictures = page.querySelectorAll('picture');
		expect(pictures).toHaveLength(1);
		const card = pictures[0]?.closest('.provider-card');
		expect(card?.querySelector('h2, h3')?.text.trim()).toBe(WITH_PHOTOS);
		expect(pictures[0]?.querySelector('img')?.getAttribute('loading')).toBe('lazy');
		expect(pictures[0]?.querySelector('img')?.getAttribute('alt')).toBe(
			'La terrasse au soleil couchant',
		);
	});

	it('makes the photo of the month’s pick the home page’s hero, loaded first and credited', () => {
		const home = parse(readFileSync(join(site.client, 'index.html'), 'utf8'));
		const hero = home.querySelector('.hero picture img');
		expect(hero?.getAttribute('alt')).toBe('La terrasse au soleil couchant');
		expect(hero?.getAttribute('fetchpriority')).toBe('high');
		expect(hero?.getAttribute('loading')).toBe('eager');
		expect(hero?.getAttribute('src')).toMatch(/^\/_astro\//);
		expect(home.querySelector('.hero .credit')?.text.trim()).toBe('Photo : © Jeanne Photographe');
		// Without a photo, the home page draws its landscape instead.
		expect(home.querySelector('.hero .art svg')).toBeNull();
	});

	it('lists each bad photo in the feed report with the member, the address and the reason', () => {
		const report = JSON.parse(
			readFileSync(join(site.root, 'reports/feed-report.json'), 'utf8'),
		) as {
			sources: Record<
				string,
				{ warnings: { sourceId: string; field: string; url?: string; reason: string }[] }
			>;
		};
		const warnings = (report.sources['datatourisme-providers']?.warnings ?? [])
			.filter((warning) => warning.field === 'photo')
			.map(({ sourceId, url, reason }) => ({
				sourceId,
				url,
				reason: reason.replace(`${url ?? ''}: `, ''),
			}));
		const id = (name: string) => `https://data.datatourisme.fr/10/${name}`;
		expect(warnings).toEqual(
			expect.arrayContaining([
				{
					sourceId: id('with-photos'),
					url: `${server.origin}${PHOTO_PATHS.missing}`,
					reason: 'HTTP 404; not shown',
				},
				{
					sourceId: id('with-photos'),
					url: `${server.origin}${PHOTO_PATHS.html}`,
					reason: 'not a JPEG, PNG or WebP image (image/jpeg); not shown',
				},
				{
					sourceId: id('without-photos'),
					url: `${server.origin}${PHOTO_PATHS.huge}`,
					reason: 'larger than 15 MB; not shown',
				},
				{
					sourceId: id('without-photos'),
					url: `${server.origin}${PHOTO_PATHS.slow}`,
					reason: 'no complete answer within 2 s; not shown',
				},
			]),
		);
		expect(warnings).toHaveLength(4);
	});
});
