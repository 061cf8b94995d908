/**
 * The feed as the build reads it: a bad object in content/feed/ does not stop the build; it is
 * skipped with a warning naming its @id and the field at fault, and listed in the feed report.
 * Runs Astro's own content sync on a copy of the project, as `npm run build` would.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectInto } from '../tools/project-copy';
import type { FeedReport } from '../../src/lib/datatourisme/sync';
import type { SourcesReport } from '../../src/lib/sources-report';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(projectRoot, 'tests/fixtures/datatourisme');
const copy = mkdtempSync(join(tmpdir(), 'cevennes-feed-'));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** A copy of the project with its own Astro cache (tests/tools/project-copy.ts). */
const copyProject = (): void => copyProjectInto(copy);

describe('a feed with a bad object', { timeout: 120_000 }, () => {
	it('still syncs, warns with the @id and the field, and reports it', async () => {
		copyProject();
		// A real object, outside the territory: a bad object.
		cpSync(
			join(fixtures, '58-004729f1-24e7-3d50-875a-eb24f0f15a43.json'),
			join(copy, 'content/feed/real-gite.json'),
		);
		writeFileSync(
			join(copy, 'content/feed/broken.json'),
			'{ "@id": "https://data.datatourisme.fr/48/broken"',
		);
		const { stdout, stderr } = await run(
			process.execPath,
			[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', copy],
			{
				cwd: copy,
				env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
			},
		);
		const output = stdout + stderr;
		expect(output).toContain(
			'Skipped https://data.datatourisme.fr/58/004729f1-24e7-3d50-875a-eb24f0f15a43 (content/feed/real-gite.json): isLocatedAt.schema:geo: 43.851501, 4.949978 is outside the territory',
		);
		expect(output).toMatch(
			/Skipped content\/feed\/broken\.json \(content\/feed\/broken\.json\): \(file\): not valid JSON/,
		);

		const report = (
			JSON.parse(readFileSync(join(copy, 'reports/feed-report.json'), 'utf8')) as SourcesReport
		).sources['datatourisme-providers'] as unknown as FeedReport;
		const sample = readdirSync(join(copy, 'content/feed/sample')).length;
		expect(report).toMatchObject({ files: sample + 2, loaded: sample, skipped: 2 });
		expect(report.skippedObjects.map((skipped) => skipped.file).sort()).toEqual([
			'content/feed/broken.json',
			'content/feed/real-gite.json',
		]);
		expect(
			report.skippedObjects.find((skipped) => skipped.file === 'content/feed/real-gite.json')
				?.problems,
		).toEqual([
			expect.objectContaining({ field: 'isLocatedAt.schema:geo' }),
			expect.objectContaining({ field: 'isLocatedAt.schema:address.hasAddressCity' }),
		]);
	});
});
