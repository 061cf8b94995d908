/**
 * The agenda as the build reads it, in a copy of the project synced by Astro itself: a mistake in
 * an event's YAML file stops the build with the file and the field; a bad event in the feed is
 * skipped with a warning and listed in reports/feed-report.json, while a good one loads.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject as copyProjectFolder } from '../tools/project-copy';
import type { FeedReport } from '../../src/lib/datatourisme/sync';
import type { SourcesReport } from '../../src/lib/sources-report';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(projectRoot, 'tests/fixtures/datatourisme');
const copies: string[] = [];

afterEach(() => {
	for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

/** A copy of the project with its own Astro cache (tests/tools/project-copy.ts). */
function copyProject(): string {
	const copy = copyProjectFolder('events');
	copies.push(copy);
	return copy;
}

async function sync(copy: string) {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', copy],
			{ cwd: copy, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
		);
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

/** The real exhibition of the fixtures, moved to Vialas, on the given periods. */
function feedEvent(id: string, periods: object[]): string {
	const event = JSON.parse(
		readFileSync(join(fixtures, '49-00037bcf-28e4-3322-b72f-377587204703.json'), 'utf8'),
	) as Record<string, unknown>;
	const place = (event['isLocatedAt'] as Record<string, unknown>[])[0]!;
	place['schema:geo'] = { 'schema:latitude': '44.3335', 'schema:longitude': '3.8960' };
	place['schema:address'] = [
		{
			'schema:addressLocality': 'Vialas',
			'schema:postalCode': '48220',
			hasAddressCity: { insee: '48194', 'rdfs:label': { fr: ['Vialas'] } },
		},
	];
	event['@id'] = `https://data.datatourisme.fr/48/${id}`;
	event['takesPlaceAt'] = periods;
	return JSON.stringify(event);
}

describe('the events of the build', { timeout: 180_000 }, () => {
	it('stop the build at an end before its start in a YAML file, naming the file and the field', async () => {
		const copy = copyProject();
		const file = join(copy, 'content/events/concert-de-noel-vialas.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace("end: '18:30'", "end: '16:00'"));
		const result = await sync(copy);
		expect(result.failed).toBe(true);
		expect(result.output).toContain('content/events/concert-de-noel-vialas.yaml');
		expect(result.output).toContain('occurrences.0.end');
		expect(result.output).toContain('ends at 16:00, before it starts at 17:00');
	});

	it('skip a bad event of the feed with a warning and a report, and load a good one', async () => {
		const copy = copyProject();
		mkdirSync(join(copy, 'content/feed/events'));
		writeFileSync(
			join(copy, 'content/feed/events/good.json'),
			feedEvent('11111111-0000-4000-8000-000000000001', [
				{
					startDate: '2027-06-01',
					endDate: '2027-06-03',
					startTime: '10:00:00',
					endTime: '18:00:00',
				},
			]),
		);
		writeFileSync(
			join(copy, 'content/feed/events/backwards.json'),
			feedEvent('22222222-0000-4000-8000-000000000002', [
				{
					startDate: '2027-06-10',
					endDate: '2027-06-10',
					startTime: '21:00:00',
					endTime: '18:00:00',
				},
			]),
		);
		writeFileSync(
			join(copy, 'content/feed/events/far-future.json'),
			feedEvent('33333333-0000-4000-8000-000000000003', [
				{ startDate: '2062-06-10', endDate: '2062-06-10' },
			]),
		);
		const result = await sync(copy);
		expect(result.failed, result.output).toBe(false);
		expect(result.output).toMatch(
			/Skipped https:\/\/data\.datatourisme\.fr\/48\/22222222-[^ ]* \(content\/feed\/events\/backwards\.json\): takesPlaceAt\[0\]\.endTime: ends at 18:00, before it starts at 21:00/,
		);
		expect(result.output).toMatch(
			/Skipped https:\/\/data\.datatourisme\.fr\/48\/33333333-[^ ]* \(content\/feed\/events\/far-future\.json\): occurrences\.0\.date: 2062-06-10 is more than 3 years ahead/,
		);
		const report = (
			JSON.parse(readFileSync(join(copy, 'reports/feed-report.json'), 'utf8')) as SourcesReport
		).sources['datatourisme-events'] as unknown as FeedReport & { officeEvents: number };
		expect(report.loaded).toBe(1);
		expect(report.skippedObjects.map((skipped) => skipped.file).sort()).toEqual([
			'content/feed/events/backwards.json',
			'content/feed/events/far-future.json',
		]);
		expect(report.officeEvents).toBe(readdirSync(join(copy, 'content/events')).length);
	});
});
