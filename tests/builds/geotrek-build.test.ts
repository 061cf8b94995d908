/**
 * A build with Geotrek's API answers (GEOTREK_DIR: the fixtures, moved into the territory), as a
 * visitor sees it: a hike page per trek with its figures, route, profile, downloads and steps, in
 * English where Geotrek has English; a trek in steps as an itinerary of its stage hikes; a trek
 * outside the territory skipped with its reason in the one report.
 */
import { execFile } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProjectInto } from '../tools/project-copy';
import type { SourcesReport } from '../../src/lib/sources-report';
import type { Trek } from '../../src/lib/geotrek/map-trek';
import { PHOTO_PATHS, startPhotoServer, type PhotoServer } from '../tools/photo-server';
import { answers, fixtures, relocated } from '../unit/lib/geotrek-fixtures';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'cevennes-geotrek-'));
const dist = join(copy, 'dist/client');

const LOOP = 'boucle-du-pic-des-trois-seigneurs-9e70b294';
const IN_STEPS = 'de-bethmale-au-col-de-la-core-1ba24605';
const STAGES = ['foo-c9567576', 'decouverte-de-la-cascade-d-ars-6761143f'];

/** A copy of the project with its own Astro cache (tests/tools/project-copy.ts). */
const copyProject = (): void => copyProjectInto(copy);

/**
 * The treks' photos on the local photo server, never the fixtures' addresses on the web: every
 * photo the PNG, but the loop's, whose photo is the JPEG, credited, followed by a missing one.
 */
function withLocalPhotos(trek: Trek, index: number, origin: string): Trek {
	const images = (trek.attachments ?? []).filter((attachment) => attachment.type === 'image');
	for (const image of images) image.url = `${origin}${PHOTO_PATHS.png}`;
	const [first] = images;
	if (index === 0 && first) {
		Object.assign(first, {
			url: `${origin}${PHOTO_PATHS.jpeg}`,
			author: 'Grégory Tonon',
			license: 'CC BY-SA 4.0',
			legend: 'Le pic vu du col',
		});
		trek.attachments?.push({ ...first, url: `${origin}${PHOTO_PATHS.missing}` });
	}
	return trek;
}

/** The answers: every reference list as delivered, the treks moved to Vialas but the last. */
function writeAnswers(folder: string, origin: string): void {
	mkdirSync(folder);
	for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.json')))
		cpSync(join(fixtures, file), join(folder, file));
	const loop = relocated(0);
	loop.children = [];
	const inSteps = relocated(1);
	const [first, second] = [relocated(3), relocated(2)];
	inSteps.children = [first.uuid!, second.uuid!];
	const outside = answers.treks[4]!;
	const results = [loop, inSteps, first, second, outside].map((trek, index) =>
		withLocalPhotos(trek, index, origin),
	);
	writeFileSync(join(folder, 'trek.json'), JSON.stringify({ count: 5, next: null, results }));
}

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
let output = '';
let server: PhotoServer;

beforeAll(async () => {
	server = await startPhotoServer();
	copyProject();
	writeAnswers(join(copy, 'geotrek'), server.origin);
	const result = await run(
		process.execPath,
		[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', copy],
		{
			cwd: copy,
			maxBuffer: 64 * 1024 * 1024,
			env: {
				...process.env,
				SAMPLE_DATA: 'off',
				GEOTREK_DIR: join(copy, 'geotrek'),
				GEOTREK_CREDIT: 'Parc national des Cévennes (Geotrek)',
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
		},
	);
	output = result.stdout + result.stderr;
}, 600_000);

afterAll(async () => {
	await server.close();
	rmSync(copy, { recursive: true, force: true });
});

describe('a build with Geotrek’s hikes', () => {
	it('gives a hike page with its figures, Geotrek’s time and route, profile, downloads and steps', () => {
		const html = page(`randonnees/${LOOP}`);
		expect(html).toMatch(/<h1[^>]*>Boucle du Pic des Trois Seigneurs<\/h1>/);
		expect(html).toContain('data-hike-figures');
		expect(html).toContain(
			'durée indiquée par Parc national des Cévennes (Geotrek), sans les pauses',
		);
		expect(html).toMatch(
			/<dt[^>]*>Parcours<\/dt>\s*<dd[^>]*>\s*<span class="value"[^>]*>Boucle<\/span>/,
		);
		expect(html).toContain('data-elevation-profile');
		expect(html).toContain('Sentier PR');
		expect(html).toMatch(/<ol class="steps prose"[^>]*>\s*<li[^>]*>/);
		expect(html).toMatch(/<a href="\/decouvrir\/villages\/vialas\/"[^>]*>Vialas<\/a>/);
		expect(html).toContain('Bureaux d’information qui renseignent sur cette randonnée');
		const gpx = /href="([^"]+\.gpx)"[^>]*data-download="gpx"/.exec(html)?.[1];
		expect(gpx).toBeDefined();
		expect(readFileSync(join(dist, gpx!), 'utf8')).toContain('<trkpt');
	});

	it('shows the hike’s photo from Geotrek, served by the site and credited, on its page and card', () => {
		const html = parse(page(`randonnees/${LOOP}`));
		const figure = html.querySelector('figure.hike-photo');
		const image = figure?.querySelector('img');
		expect(image?.getAttribute('alt')).toBe('Le pic vu du col');
		expect(image?.getAttribute('fetchpriority')).toBe('high');
		expect(image?.getAttribute('src')).toMatch(/^\/_astro\//);
		expect(figure?.querySelectorAll('source').map((source) => source.getAttribute('type'))).toEqual(
			['image/avif', 'image/webp'],
		);
		expect(figure?.querySelector('figcaption')?.text.trim()).toBe(
			'Photo : Grégory Tonon (CC BY-SA 4.0)',
		);
		expect(html.toString()).not.toContain(server.origin);
		const card = parse(page('randonnees'))
			.querySelectorAll('.hike-card')
			.find((element) => element.querySelector(`a[href="/randonnees/${LOOP}/"]`));
		expect(card?.querySelector('.thumbnail img')?.getAttribute('loading')).toBe('lazy');
	});

	it('leaves out a photo that cannot be downloaded, with a warning in the feed report', () => {
		const report = JSON.parse(
			readFileSync(join(copy, 'reports/feed-report.json'), 'utf8'),
		) as SourcesReport;
		const photoWarnings = (report.sources['geotrek']?.warnings ?? []).filter(
			(warning) => warning.field === 'photo',
		);
		expect(photoWarnings).toEqual([
			expect.objectContaining({
				sourceId: LOOP,
				reason: `${server.origin}${PHOTO_PATHS.missing}: HTTP 404; not shown`,
			}),
		]);
		expect(parse(page(`randonnees/${LOOP}`)).querySelectorAll('picture')).toHaveLength(1);
	});

	it('gives the English page in English where Geotrek has English', () => {
		const html = page(`en/hikes/${LOOP}`);
		expect(html).toContain('<html lang="en"');
		expect(html).toContain('Loop of the pic of 3 lords');
		expect(html).toMatch(/<span class="value"[^>]*>Loop<\/span>/);
		expect(html).toContain('Dogs are great');
	});

	it('makes a trek in steps an itinerary of its stage hikes, each page linking the next', () => {
		const html = page(`randonnees/${IN_STEPS}`);
		expect(html).toContain('De Bethmale au col de la Core');
		for (const stage of STAGES) expect(html).toContain(`href="/randonnees/${stage}/"`);
		expect(page(`randonnees/${STAGES[0]}`)).toMatch(
			new RegExp(`href="/randonnees/${STAGES[1]}/"[^>]*rel="next"`),
		);
		expect(existsSync(join(dist, 'randonnees', IN_STEPS, 'index.html'))).toBe(true);
	});

	it('skips the trek outside the territory, with its reason in the one report', () => {
		const report = JSON.parse(
			readFileSync(join(copy, 'reports/feed-report.json'), 'utf8'),
		) as SourcesReport;
		expect(report.sources['geotrek']).toMatchObject({ read: 5, loaded: 4, skipped: 1 });
		expect(report.sources['geotrek']?.skippedObjects[0]?.problems[0]?.reason).toMatch(
			/^outside the territory/,
		);
		expect(output).toContain('Skipped Geotrek trek b2aea892-5e6e-4daa-a750-7d2ee52d3fe1');
	});
});
