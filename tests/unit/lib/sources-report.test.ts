import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	countsOf,
	readSourcesReport,
	recordSource,
	type SourceEntry,
} from '../../../src/lib/sources-report';

const folder = mkdtempSync(join(tmpdir(), 'sources-report-'));
const file = join(folder, 'reports/feed-report.json');
afterEach(() => rmSync(join(folder, 'reports'), { recursive: true, force: true }));

const entry = (loaded: number): SourceEntry => ({
	read: loaded + 1,
	loaded,
	unchanged: 0,
	skipped: 1,
	warned: 1,
	skippedObjects: [
		{ sourceId: 'x', file: 'content/feed/x.json', problems: [{ field: '@id', reason: 'missing' }] },
	],
	warnings: [
		{
			sourceId: 'y',
			file: 'https://geotrek.example/api/v2/trek/',
			field: 'name.en',
			reason: 'no English name',
		},
	],
});

describe('the report on all sources', () => {
	it('keeps one entry per source, each written by its own loader', () => {
		recordSource(file, 'datatourisme-providers', entry(3), new Date('2026-12-07T05:30:00Z'));
		recordSource(file, 'geotrek', entry(2), new Date('2026-12-07T05:31:00Z'));
		recordSource(file, 'datatourisme-providers', entry(4), new Date('2026-12-07T05:32:00Z'));
		const report = readSourcesReport(file);
		expect(report.generatedAt).toBe('2026-12-07T05:32:00.000Z');
		expect(Object.keys(report.sources).sort()).toEqual(['datatourisme-providers', 'geotrek']);
		expect(report.sources['datatourisme-providers']).toMatchObject({
			generatedAt: '2026-12-07T05:32:00.000Z',
			loaded: 4,
		});
		expect(report.sources['geotrek']?.warnings[0]?.file).toBe(
			'https://geotrek.example/api/v2/trek/',
		);
	});

	it('starts a new report over one of the older shape', () => {
		recordSource(file, 'x', entry(1));
		writeFileSync(file, JSON.stringify({ files: 3, loaded: 3 }));
		recordSource(file, 'datatourisme-events', entry(2));
		const written = JSON.parse(readFileSync(file, 'utf8')) as { sources: object };
		expect(Object.keys(written.sources)).toEqual(['datatourisme-events']);
	});

	it('words the counts the build prints', () => {
		expect(countsOf(entry(2))).toBe('3 read: 2 loaded (0 unchanged), 1 skipped, 1 warnings');
	});
});
