/**
 * The brochures' PDFs of a whole build with photos: the copy of the project the members' photo
 * test builds (tests/tools/photo-site.ts: the real site, two members whose photos come from a
 * local server), with the office's photos of a sector and a village dropped in, and a theme's
 * photo that is no image. The destination guide and the accommodation guide, opened with pdf.js,
 * hold the photos as images with their credits, in the right language, within their size budget,
 * and never the photo server's address.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../tools/pdf';
import { startPhotoServer, type PhotoServer } from '../tools/photo-server';
import { buildPhotoSite, removePhotoSite, WITH_PHOTOS, type PhotoSite } from '../tools/photo-site';

let server: PhotoServer;
let site: PhotoSite;

/** The office's photo of an entry, and its alt text and credit in the entry's file. */
async function officePhoto(root: string, collection: string, id: string, credit: string) {
	const folder = join(root, 'src/assets/photos', collection);
	mkdirSync(folder, { recursive: true });
	await sharp({
		create: {
			width: 1800,
			height: 1200,
			channels: 3,
			background: '#808080',
			noise: { type: 'gaussian', mean: 120, sigma: 30 },
		},
	})
		.jpeg({ quality: 90 })
		.toFile(join(folder, `${id}.jpg`));
	const entry = join(root, 'content', collection, `${id}.yaml`);
	writeFileSync(
		entry,
		`${readFileSync(entry, 'utf8')}\nphoto:\n  alt: { fr: 'Photo de test', en: 'Test photo' }\n  credit: '${credit}'\n`,
	);
}

beforeAll(async () => {
	server = await startPhotoServer();
	site = await buildPhotoSite(server, async (root) => {
		await officePhoto(root, 'sectors', 'mont-lozere', '© Office de tourisme / Exemple de test');
		await officePhoto(root, 'villages', 'vialas', '© Mairie de Vialas / Exemple de test');
	});
}, 1_500_000);

afterAll(async () => {
	await server.close();
	removePhotoSite(site);
});

/** Each page's text and number of painted images, read by pdf.js. */
const read = (path: string) => readPdf(readFileSync(join(site.client, path)), { images: true });

const imagesIn = (pages: { images: number }[]) =>
	pages.reduce((total, page) => total + page.images, 0);

describe('the brochures of a build with photos', { timeout: 60_000 }, () => {
	it('completes', () => {
		expect(site.failed, site.output.slice(-3000)).toBe(false);
	});

	it('prints the office’s photos in the destination guide, credited, with the maps, in French', async () => {
		const { pages, all } = await read('brochures/guide-destination.pdf');
		// The cover's hero is the sector's photo (the office's photo of a sector comes first).
		expect(pages[0]?.images).toBe(1);
		expect(pages[0]?.text).toContain('Photo : © Office de tourisme / Exemple de test');
		// The sector's page again, and the village beside its entry.
		expect(imagesIn(pages)).toBe(3);
		expect(all).toContain('Photo : © Mairie de Vialas / Exemple de test');
		expect(all).toContain('Le territoire en un coup d’œil');
		expect(all.match(/IGN Admin Express/g)?.length).toBe(5);
		expect(all).not.toContain('The area at a glance');
	});

	it('prints the English guide with the same photos and English text', async () => {
		const { pages, all } = await read('en/brochures/guide-destination.pdf');
		expect(imagesIn(pages)).toBe(3);
		expect(all).toContain('Photo: © Mairie de Vialas / Exemple de test');
		expect(all).toContain('The area at a glance');
		expect(all).not.toContain('Le territoire en un coup d’œil');
	});

	it('prints a member’s main photo beside its entry, credited; the other keeps its text', async () => {
		const { pages, all } = await read('brochures/guide-hebergements.pdf');
		const page = pages.find((candidate) => candidate.text.includes(WITH_PHOTOS));
		expect(page?.text).toContain('Photo : © Jeanne Photographe');
		// The cover and the member's photo.
		expect(imagesIn(pages)).toBe(2);
		expect(all).toContain('Gîte sans Photo');
		expect(all).not.toContain(server.origin);
	});

	it('keeps each brochure small: the guide under 3 MB, a listing guide under 1 MB here', () => {
		const size = (path: string) => statSync(join(site.client, path)).size;
		for (const path of ['brochures/guide-destination.pdf', 'en/brochures/guide-destination.pdf'])
			expect(size(path)).toBeLessThan(3_000_000);
		expect(size('brochures/guide-hebergements.pdf')).toBeLessThan(1_000_000);
	});
});
