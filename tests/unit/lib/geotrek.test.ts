/**
 * Hikes from Geotrek's API v2: the mapping of a trek (real API answers, moved into the territory)
 * and where the answers come from (a folder, the API page by page, its cache).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapTrek, type Trek } from '../../../src/lib/geotrek/map-trek';
import { loadGeotrek } from '../../../src/lib/geotrek/source';
import { answers, CREDIT, relocated, VIALAS_TRACK, VILLAGES } from './geotrek-fixtures';

describe('a Geotrek trek as a hike', () => {
	it('maps the name, texts without their HTML, practice, difficulty, sector and start', () => {
		const mapping = mapTrek(relocated(0), answers.references, VILLAGES, CREDIT);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.id).toBe('boucle-du-pic-des-trois-seigneurs-9e70b294');
		expect(mapping.data).toMatchObject({
			title: { fr: 'Boucle du Pic des Trois Seigneurs', en: 'Loop of the pic of 3 lords' },
			summary: {
				fr: 'Un très joli point de vue, en retrait de la chaîne des Pyrénées.',
				en: 'Un très joli point de vue, en retrait de la chaîne des Pyrénées.',
			},
			sector: 'mont-lozere',
			practices: ['horse'],
			difficulty: 'easy',
			startName: 'Port de Lers',
			endName: 'Sur la route',
			advice: { fr: "Attention en cas d'orage. Fortement déconseillé par mauvais temps!" },
			publicTransport: { fr: 'Test' },
			parking: { fr: 'Avant le Port de Lers' },
			gpx: 'boucle-du-pic-des-trois-seigneurs-9e70b294.gpx',
			trackCredit: 'Parc national des Cévennes (Geotrek)',
			sample: false,
		});
		expect(JSON.stringify(mapping.data)).not.toMatch(/<[a-z]|&[a-z]+;/);
		expect(mapping.points[0]).toEqual({
			lat: VIALAS_TRACK[0]![1],
			lon: VIALAS_TRACK[0]![0],
			ele: VIALAS_TRACK[0]![2],
		});
		expect(mapping.warnings).toContainEqual({
			field: 'description_teaser.en',
			reason: 'no English text: the English page shows the French one',
		});
	});

	it('gives the advised parking, then the road access, as where to park', () => {
		const trek = relocated(0);
		trek.access = { fr: '<p>Par la D901.</p>', en: 'By the D901.' };
		const mapping = mapTrek(trek, answers.references, VILLAGES, CREDIT);
		expect(mapping.ok && mapping.data['parking']).toEqual({
			fr: 'Avant le Port de Lers\n\nPar la D901.',
			en: 'Avant le Port de Lers\n\nBy the D901.',
		});
	});

	it('shows the French text on the English page of a trek not published in English, with a warning', () => {
		const mapping = mapTrek(relocated(1), answers.references, VILLAGES, CREDIT);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.data['title']).toEqual({
			fr: 'De Bethmale au col de la Core',
			en: 'De Bethmale au col de la Core',
		});
		expect(mapping.warnings).toContainEqual({
			field: 'name.en',
			reason: 'not published in English: the English page shows the French text',
		});
	});

	it.each([
		['outside the territory', (trek: Trek) => (trek.cities = ['09231']), 'cities'],
		['without geometry', (trek: Trek) => (trek.geometry = null), 'geometry'],
		[
			'with a 2D geometry',
			(trek: Trek) =>
				(trek.geometry = {
					type: 'LineString',
					coordinates: VIALAS_TRACK.map(([x, y]) => [x!, y!]),
				}),
			'geometry',
		],
		['without a French name', (trek: Trek) => (trek.name = { fr: '', en: 'Loop' }), 'name.fr'],
		[
			'not published in French',
			(trek: Trek) => (trek.published = { fr: false, en: true }),
			'published.fr',
		],
	])('skips a trek %s, naming the field', (_, change, field) => {
		const trek = relocated(0);
		change(trek);
		const mapping = mapTrek(trek, answers.references, VILLAGES, CREDIT);
		expect(mapping.ok).toBe(false);
		expect(!mapping.ok && mapping.problems.map((problem) => problem.field)).toEqual([field]);
	});

	it('skips the fixtures as they are: they lie in the Pyrenees', () => {
		for (const trek of answers.treks)
			expect(mapTrek(trek, answers.references, VILLAGES, CREDIT).ok).toBe(false);
	});
});

describe('where the treks come from', () => {
	const work = mkdtempSync(join(tmpdir(), 'geotrek-'));
	const cacheFile = join(work, 'cache/geotrek.json');
	const requests: string[] = [];
	let server: Server;
	let base: string;
	let down = false;

	beforeAll(async () => {
		server = createServer((request, response) => {
			requests.push(request.url ?? '');
			if (down) return void response.writeHead(503).end();
			const json = (body: unknown) => {
				response.writeHead(200, { 'content-type': 'application/json' });
				response.end(JSON.stringify(body));
			};
			if (request.url?.startsWith('/api/v2/trek/?cities=48194'))
				json({ count: 2, next: `${base}/api/v2/trek/page2`, results: [relocated(0)] });
			else if (request.url === '/api/v2/trek/page2')
				json({ count: 2, next: null, results: [relocated(2)] });
			else if (request.url === '/api/v2/trek_practice/')
				json({ count: 3, next: null, results: answers.references.practices });
			else if (request.url === '/api/v2/trek_difficulty/')
				json({ count: 3, next: null, results: answers.references.difficulties });
			else response.writeHead(404).end();
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		await new Promise((done) => server.close(done));
		rmSync(work, { recursive: true, force: true });
	});

	it('reads a folder of answers (GEOTREK_DIR)', () => {
		expect(answers.treks).toHaveLength(5);
		expect(answers.references.practices.map((practice) => practice.name['fr'])).toContain('Cheval');
	});

	it('reads the API page by page for the territory’s communes, keeps the answer, and uses it offline', async () => {
		const warnings: string[] = [];
		const options = {
			apiUrl: `${base}/api/v2/`,
			cacheFile,
			insee: ['48194', '48152'],
			timeoutMs: 2000,
			warn: (message: string) => warnings.push(message),
		};
		const online = await loadGeotrek(options);
		expect(online?.treks.map((trek) => trek.uuid)).toEqual([
			answers.treks[0]?.uuid,
			answers.treks[2]?.uuid,
		]);
		expect(requests).toContain('/api/v2/trek/?cities=48194,48152&page_size=100');
		expect(warnings).toEqual([]);

		down = true;
		const offline = await loadGeotrek(options);
		expect(offline?.treks).toHaveLength(2);
		expect(warnings).toEqual([
			expect.stringMatching(
				/^Geotrek could not be read \(.*503\): the hikes of its answer of \d{4}-/,
			),
		]);
	});

	it('goes on without Geotrek hikes, with a warning, when there is neither network nor cache', async () => {
		const warnings: string[] = [];
		down = true;
		const result = await loadGeotrek({
			apiUrl: `${base}/api/v2`,
			cacheFile: join(work, 'none.json'),
			insee: ['48194'],
			warn: (message) => warnings.push(message),
		});
		expect(result).toBeUndefined();
		expect(warnings[0]).toMatch(/and there is no earlier answer: no Geotrek hikes$/);
	});
});
