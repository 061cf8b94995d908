/**
 * Photos and maps in the brochures (src/lib/brochures/destination-guide.ts, listing-guides.ts,
 * pdf-photos.ts): fixture photos made with sharp are printed resized to about 150 dpi, each with
 * its credit; the cover carries the hero photo; the territory and each sector have their map; a
 * photo that cannot be read is left out with a warning naming it and the file still builds; a
 * guide full of very detailed photos stays within its size budget.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	buildAccommodationGuide,
	buildDestinationGuide,
	type CommonInput,
	type DestinationGuideInput,
	type Listing,
} from '../../../../src/lib/brochures/builders';
import { buildStaticMap } from '../../../../src/lib/geo/static-map';
import type { AreaGeometry } from '../../../../src/lib/geo/polygon';
import { readPdf } from '../../../tools/pdf';

let folder: string;
const file = (name: string) => join(folder, name);

/** A photo with detail (noise over a gradient), as hard to compress as a real one or harder. */
async function photo(name: string, width: number, height: number, noise = 25): Promise<string> {
	await sharp({
		create: {
			width,
			height,
			channels: 3,
			background: '#808080',
			noise: { type: 'gaussian', mean: 128, sigma: noise },
		},
	})
		.composite([
			{
				input: Buffer.from(
					`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height / 2}" fill="#3a7" fill-opacity=".6"/></svg>`,
				),
			},
		])
		.jpeg({ quality: 92 })
		.toFile(file(name));
	return file(name);
}

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'brochure-photos-'));
	await Promise.all([
		photo('hero.jpg', 2400, 1600),
		photo('sector.jpg', 2000, 1333),
		photo('village.jpg', 1600, 1200),
		photo('theme.jpg', 1800, 1200),
		photo('member.jpg', 1200, 800),
		photo('small.jpg', 120, 90),
	]);
	writeFileSync(file('broken.jpg'), '<!doctype html><title>Not a photo</title>');
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const square = (lat: number, lon: number, size = 0.02): AreaGeometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[lon - size, lat - size],
			[lon + size, lat - size],
			[lon + size, lat + size],
			[lon - size, lat + size],
			[lon - size, lat - size],
		],
	],
});

const common = (locale: 'fr' | 'en'): CommonInput => ({
	locale,
	date: new Date('2026-07-01T00:00:00Z'),
	pageUrl: 'https://www.cevennes-montlozere.com/brochures/',
	contacts: {
		name: 'Office de Tourisme des Cévennes au Mont Lozère',
		phone: '04 66 45 81 94',
		email: 'info@cevennes-montlozere.com',
		website: 'https://www.cevennes-montlozere.com/',
	},
	offices: [
		{
			name: 'Bureau d’information de Vialas',
			address: 'Rue Haute, 48220 Vialas',
			services: ['Wi-Fi gratuit'],
			location: { lat: 44.3335, lon: 3.8958 },
		},
	],
});

const mapOf = (focus: boolean) =>
	buildStaticMap(
		[{ id: 'vialas', geometry: square(44.33, 3.89), tone: focus ? 'focus' : 'group-1' }],
		[
			{
				id: 'vialas',
				point: { lat: 44.33, lon: 3.89 },
				kind: 'village',
				badge: '1',
				label: 'Vialas',
			},
		],
		{ width: 360, maxHeight: 300 },
	);

/** A photo file with its credit, or none. */
const source = (file: string | undefined, credit: string, label: string) =>
	file ? { file, credit, label } : undefined;

const guide = (
	locale: 'fr' | 'en',
	photos: Record<string, string | undefined>,
): DestinationGuideInput => ({
	...common(locale),
	coverPhoto: source(photos['cover'], 'Photo : © Héros', 'hero'),
	title: locale === 'fr' ? 'Le guide de destination' : 'The destination guide',
	intro: locale === 'fr' ? 'Quatre pays et leurs villages.' : 'Four areas and their villages.',
	territory: { map: mapOf(false), tones: ['group-1'] },
	sectors: [
		{
			name: 'Mont Lozère',
			summary: locale === 'fr' ? 'Le granit et les landes.' : 'Granite and moorland.',
			portrait: [locale === 'fr' ? 'Un plateau de granit.' : 'A granite plateau.'],
			landscapes: [],
			heritage: [],
			map: mapOf(true),
			photo: source(photos['sector'], 'Photo : © Secteur', 'sectors/mont-lozere'),
			villages: [
				{
					name: 'Vialas',
					summary: locale === 'fr' ? 'Village de schiste.' : 'A schist village.',
					whatToSee: [],
					photo: source(photos['village'], 'Photo : © Village', 'villages/vialas'),
				},
			],
		},
	],
	themes: [
		{
			name: locale === 'fr' ? 'Randonnée' : 'Walking',
			introduction: [locale === 'fr' ? 'Marcher en Cévennes.' : 'Walking in the Cévennes.'],
			highlights: [],
			photo: source(photos['theme'], 'Photo : © Thème', 'themes/randonnee'),
		},
	],
});

/** Each page's text, and how many images it paints, read by pdf.js. */
const read = async (bytes: Uint8Array) => (await readPdf(bytes, { images: true })).pages;

/** The file's image objects: their pixels and their encoding. */
async function images(bytes: Uint8Array) {
	const document = await PDFDocument.load(bytes);
	const found: { width: number; height: number; filter: string }[] = [];
	for (const [, object] of document.context.enumerateIndirectObjects()) {
		if (!(object instanceof PDFRawStream)) continue;
		const dict: PDFDict = object.dict;
		if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
		found.push({
			width: (dict.get(PDFName.of('Width')) as PDFNumber).asNumber(),
			height: (dict.get(PDFName.of('Height')) as PDFNumber).asNumber(),
			filter: String(dict.get(PDFName.of('Filter'))),
		});
	}
	return found;
}

describe('photos and maps in the brochures', { timeout: 120_000 }, () => {
	it('prints the hero on the cover and each photo with its credit, resized to about 150 dpi', async () => {
		const built = await buildDestinationGuide(
			guide('fr', {
				cover: file('hero.jpg'),
				sector: file('sector.jpg'),
				village: file('village.jpg'),
				theme: file('theme.jpg'),
			}),
		);
		const pages = await read(built.bytes);
		expect(pages[0]?.images).toBe(1);
		expect(pages[0]?.text).toContain('Photo : © Héros');
		const all = pages.map((page) => page.text).join('\n');
		for (const credit of ['Photo : © Secteur', 'Photo : © Village', 'Photo : © Thème'])
			expect(all).toContain(credit);
		expect(pages.reduce((total, page) => total + page.images, 0)).toBe(4);
		const found = await images(built.bytes);
		expect(found).toHaveLength(4);
		expect(found.every((image) => image.filter === '/DCTDecode')).toBe(true);
		// The cover: the A5 page's width (419.5 pt = 5.83 in) at 150 dpi, not the photo's 2,400 px.
		expect(Math.max(...found.map((image) => image.width))).toBe(874);
		// The village's photo beside its entry: a third of the column at most.
		expect(Math.min(...found.map((image) => image.width))).toBeLessThan(250);
	});

	it('draws the territory’s map and the sector’s, its villages numbered as on the map', async () => {
		const pages = await read((await buildDestinationGuide(guide('en', {}))).bytes);
		const all = pages.map((page) => page.text).join('\n');
		expect(all).toContain('The area at a glance');
		expect(all).toContain('Mont Lozère: 1. Vialas');
		expect(all).toContain('1. Vialas');
		// Each map carries its source; no photo, so no image and no credit.
		expect(all.match(/IGN Admin Express/g)).toHaveLength(2);
		expect(pages.every((page) => page.images === 0)).toBe(true);
		expect(all).not.toContain('Photo');
	});

	it('leaves out a photo it cannot read, with a warning naming it, and still builds', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		try {
			const built = await buildDestinationGuide(
				guide('fr', { cover: file('hero.jpg'), village: file('broken.jpg') }),
			);
			expect(warn).toHaveBeenCalledWith(expect.stringContaining('villages/vialas'));
			expect(warn).toHaveBeenCalledWith(expect.stringContaining(file('broken.jpg')));
			const pages = await read(built.bytes);
			expect(pages.reduce((total, page) => total + page.images, 0)).toBe(1);
			expect(pages.map((page) => page.text).join('\n')).toContain('Village de schiste.');
		} finally {
			warn.mockRestore();
		}
	});

	it('never enlarges a small photo', async () => {
		const built = await buildDestinationGuide(guide('fr', { sector: file('small.jpg') }));
		expect(await images(built.bytes)).toEqual([{ width: 120, height: 90, filter: '/DCTDecode' }]);
	});

	it('keeps a guide of 29 very detailed photos under 3 MB', async () => {
		const noisy = await photo('noisy.jpg', 2400, 1600, 70);
		const input = guide('fr', { cover: noisy, sector: noisy, theme: noisy });
		const sector = input.sectors[0]!;
		const village = {
			...sector.villages[0]!,
			photo: { file: noisy, credit: 'Photo : © V', label: 'v' },
		};
		input.sectors = Array.from({ length: 4 }, () => ({
			...sector,
			villages: Array.from({ length: 5 }, () => village),
		}));
		input.themes = Array.from({ length: 5 }, () => input.themes[0]!);
		const built = await buildDestinationGuide(input);
		expect((await images(built.bytes)).length).toBe(1 + 4 + 20 + 5);
		expect(built.bytes.byteLength).toBeLessThan(3_000_000);
	});

	it('prints a member’s main photo beside its entry in the accommodation guide, credited', async () => {
		const member = (name: string, photoFile?: string): Listing => ({
			name,
			kind: 'Gîte',
			village: 'Vialas',
			summary: 'Au calme.',
			details: [],
			phones: [],
			location: { lat: 44.33, lon: 3.89 },
			sample: false,
			...(photoFile
				? { photo: { file: photoFile, credit: 'Photo : Gîtes de France', label: name } }
				: {}),
		});
		const built = await buildAccommodationGuide({
			...common('fr'),
			title: 'Le guide des hébergements',
			intro: 'Les hébergements des adhérents.',
			sections: [
				{
					heading: 'Gîtes',
					listings: [member('Gîte des Photos', file('member.jpg')), member('Gîte sans Photo')],
				},
			],
		});
		const pages = await read(built.bytes);
		const section = pages.find((page) => page.text.includes('Gîte des Photos'));
		expect(section?.images).toBe(1);
		expect(section?.text).toContain('Photo : Gîtes de France');
		expect(section?.text).toContain('Gîte sans Photo');
	});
});
