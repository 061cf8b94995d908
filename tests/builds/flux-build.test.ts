/**
 * The feed as the platform's flux export delivers it: `index.json` beside an `objects/` tree,
 * files with a byte-order mark, values in the expanded JSON-LD forms, HTML in descriptions, no
 * short description, an ontology class the loader has no rule for, an evening past midnight, the
 * same object twice. Runs Astro's own content sync on a copy of the project with FEED_DIR
 * pointing at such a flux, as the daily build does after `npm run feed:fetch` — and GEOTREK_DIR
 * at Geotrek API answers (the fixtures, one trek moved to Vialas), in the same run.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectInto } from '../tools/project-copy';
import type { Node } from '../../src/lib/datatourisme/jsonld';
import type { FeedReport } from '../../src/lib/datatourisme/sync';
import type { SourcesReport } from '../../src/lib/sources-report';
import { giteInVialas, moveTo, realObject } from '../unit/lib/datatourisme/fixtures';
import { answers, relocated } from '../unit/lib/geotrek-fixtures';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'cevennes-flux-'));
const flux = join(copy, 'flux');

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** A copy of the project with its own Astro cache (tests/tools/project-copy.ts). */
const copyProject = (): void => copyProjectInto(copy);

const IN_VIALAS = { insee: '48194', name: 'Vialas', postalCode: '48220' };

/** The gîte in the expanded JSON-LD forms, with HTML and no short description. */
function expandedGite(): Node {
	const object = giteInVialas();
	object['rdfs:label'] = [{ '@value': 'Gîte des Combes &amp; Fils', '@language': 'fr' }];
	delete object['rdfs:comment'];
	object['hasDescription'] = [
		{
			'dc:description': [
				{
					'@value': '<p>Une maison de pierre au bord du Luech.</p><p>Jardin clos.</p>',
					'@language': 'fr',
				},
			],
		},
	];
	return object;
}

/** A restaurant of a class the ontology does not have, in its food establishment family. */
function restaurant(): Node {
	const object = moveTo(realObject('restaurant'), { lat: '44.3340', lon: '3.8950' }, IN_VIALAS);
	object['@type'] = [
		'schema:FoodEstablishment',
		'FoodEstablishment',
		'PlaceOfInterest',
		'Guinguette',
	];
	return object;
}

/** The real event, moved to Vialas, one evening from 21:00 to 01:00. */
function lateEvent(): Node {
	const object = moveTo(realObject('event'), { lat: '44.3335', lon: '3.8960' }, IN_VIALAS);
	const year = new Date().getFullYear() + 1;
	object['takesPlaceAt'] = [
		{
			startDate: `${year}-07-14`,
			endDate: `${year}-07-14`,
			startTime: '21:00:00',
			endTime: '01:00:00',
		},
	];
	delete object['schema:startDate'];
	delete object['schema:endDate'];
	return object;
}

function writeFlux(): string[] {
	const files: [string, string][] = [
		['objects/48/a1/gite.json', `\uFEFF${JSON.stringify(expandedGite())}`],
		['objects/48/b2/restaurant.json', JSON.stringify(restaurant())],
		['objects/48/c3/event.json', JSON.stringify(lateEvent())],
		['objects/48/d4/gite-again.json', JSON.stringify(expandedGite())],
	];
	for (const [file, text] of files) {
		mkdirSync(dirname(join(flux, file)), { recursive: true });
		writeFileSync(join(flux, file), text);
	}
	writeFileSync(
		join(flux, 'index.json'),
		JSON.stringify(
			files.map(([file]) => ({ label: file, lastUpdateDatatourisme: '2026-12-01T04:00:00', file })),
		),
	);
	return files.map(([file]) => file);
}

describe('a build from a flux with index.json', { timeout: 120_000 }, () => {
	it('loads every member and event, reads the index as an index, and reports what it did', async () => {
		copyProject();
		writeFlux();
		// Geotrek's answers: the fixtures, the first trek moved to Vialas.
		const geotrek = join(copy, 'geotrek');
		mkdirSync(geotrek);
		writeFileSync(
			join(geotrek, 'trek.json'),
			JSON.stringify({ count: 5, next: null, results: [relocated(0), ...answers.treks.slice(1)] }),
		);
		writeFileSync(
			join(geotrek, 'trek_practice.json'),
			JSON.stringify({ results: answers.references.practices }),
		);
		writeFileSync(
			join(geotrek, 'trek_difficulty.json'),
			JSON.stringify({ results: answers.references.difficulties }),
		);
		const { stdout, stderr } = await run(
			process.execPath,
			[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', copy],
			{
				cwd: copy,
				env: {
					...process.env,
					FEED_DIR: flux,
					GEOTREK_DIR: geotrek,
					NO_COLOR: '1',
					FORCE_COLOR: '0',
				},
			},
		);
		const output = stdout + stderr;
		// No feed object is skipped (Geotrek's treks in the Pyrenees are, below).
		expect(output).not.toMatch(/Skipped (?!Geotrek)/);
		expect(output).toContain('flux: 4 objects in 4 files (index.json lists 4): 2 providers loaded');
		expect(output).toContain('1 duplicates kept once');

		const sources = (
			JSON.parse(readFileSync(join(copy, 'reports/feed-report.json'), 'utf8')) as SourcesReport
		).sources;
		const report = sources['datatourisme-providers'] as unknown as FeedReport;
		expect(report).toMatchObject({
			read: 4,
			warned: report.warnings.length,
			files: 4,
			objects: 4,
			loaded: 2,
			skipped: 0,
			duplicates: 1,
			forOtherCollections: { events: 1 },
			index: { file: 'flux/index.json', listed: 4, missingCount: 0 },
		});
		const reasons = report.warnings.map((warning) => `${warning.field}: ${warning.reason}`);
		expect(reasons).toContain(
			'hasDescription.shortDescription: no short description: the first sentences of the description stand in',
		);
		expect(reasons).toContainEqual(expect.stringMatching(/^@type: Guinguette: /));

		const events = sources['datatourisme-events'] as unknown as FeedReport;
		expect(events).toMatchObject({ read: 4, loaded: 1, skipped: 0 });
		expect(events.warnings.map((warning) => warning.reason)).toContain(
			'ends at 01:00 the next day (starts at 21:00): the end time is left out',
		);

		// Geotrek: the trek in the territory is a hike with its figures; the others are skipped.
		expect(output).toContain('Geotrek (');
		expect(output).toContain('5 read: 1 loaded (0 unchanged), 4 skipped');
		expect(sources['geotrek']).toMatchObject({ read: 5, loaded: 1, skipped: 4 });
		expect(sources['geotrek']?.skippedObjects[0]?.problems[0]?.reason).toMatch(
			/^outside the territory: none of its communes \(09055, 09291\)/,
		);

		const store = readFileSync(join(copy, 'node_modules/.astro/data-store.json'), 'utf8');
		expect(store).toContain('Loop of the pic of 3 lords');
		expect(store).toContain('boucle-du-pic-des-trois-seigneurs-9e70b294');
		expect(store).toContain('Gîte des Combes & Fils');
		expect(store).not.toContain('&amp;');
		expect(store).not.toContain('<p>');
	});
});
