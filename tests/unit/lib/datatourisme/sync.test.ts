import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from '../../../../src/lib/datatourisme/jsonld';
import {
	problemsOfSchemaError,
	syncFeed,
	type SyncContext,
	type SyncOptions,
} from '../../../../src/lib/datatourisme/sync';
import { giteInVialas, moveTo, realObject, SITE_RULES } from './fixtures';

/** An in-memory stand-in for the loader context, counting validations. */
function memoryContext(
	reject: (data: Record<string, unknown>) => string | undefined = () => undefined,
) {
	const entries = new Map<
		string,
		{ id: string; data: Record<string, unknown>; digest?: string; filePath?: string }
	>();
	const meta = new Map<string, string>();
	const validated: string[] = [];
	/** Writes to the store or its meta: each makes Astro write its whole data store to disk. */
	const writes: string[] = [];
	const context: SyncContext = {
		store: {
			get: (id) => entries.get(id),
			set: (entry) => {
				// As Astro's store does: an entry of the same digest is left as it is.
				if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest)
					return false;
				writes.push(`set ${entry.id}`);
				entries.set(entry.id, entry);
				return true;
			},
			delete: (id) => {
				writes.push(`delete ${id}`);
				entries.delete(id);
			},
			keys: () => [...entries.keys()],
			has: (id) => entries.has(id),
		},
		meta: {
			get: (key) => meta.get(key),
			set: (key, value) => {
				writes.push(`meta ${key}`);
				meta.set(key, value);
			},
			delete: (key) => {
				writes.push(`meta delete ${key}`);
				meta.delete(key);
			},
		},
		parseData: ({ id, data }) => {
			validated.push(id);
			const problem = reject(data);
			if (problem)
				return Promise.reject(
					new Error(
						`**providers → ${id}** data does not match collection schema.\n\n  **${problem}**`,
					),
				);
			return Promise.resolve(data);
		},
		generateDigest: (data) => createHash('sha1').update(data).digest('hex'),
	};
	return { context, entries, validated, writes };
}

let root: string;
let feed: string;
const write = (name: string, content: unknown) =>
	writeFileSync(join(feed, name), typeof content === 'string' ? content : JSON.stringify(content));
const options = (): SyncOptions => ({
	folder: feed,
	root,
	collection: 'providers',
	mapping: SITE_RULES,
	contextDigest: 'v1',
});

function renamed(object: Node, uuid: string, name: string): Node {
	object['@id'] = `https://data.datatourisme.fr/48/${uuid}`;
	object['rdfs:label'] = { fr: [name] };
	return object;
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'feed-sync-'));
	feed = join(root, 'content/feed');
	mkdirSync(join(feed, 'sub'), { recursive: true });
	write('gite.json', giteInVialas());
	write(
		'event.json',
		moveTo(
			realObject('event'),
			{ lat: '44.3335', lon: '3.8960' },
			{ insee: '48194', name: 'Vialas', postalCode: '48220' },
		),
	);
	write('outside.json', realObject('restaurant'));
	write('broken.json', '{ "@id": "https://data.datatourisme.fr/48/broken", ');
	write('sub/two.jsonld', [
		renamed(giteInVialas(), '11111111-2222-3333-4444-555555555555', 'Gîte du Mas'),
		renamed(giteInVialas(), '66666666-2222-3333-4444-555555555555', 'Gîte de la Source'),
	]);
	write('duplicate.json', giteInVialas());
	write('notes.txt', 'not a feed file');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a sync of the feed folder', () => {
	it('loads the good objects, hands events over, and reports every bad one with its reasons', async () => {
		const { context, entries } = memoryContext();
		const report = await syncFeed(options(), context);
		expect([...entries.keys()].sort()).toEqual([
			'gite-de-la-source-66666666',
			'gite-du-mas-11111111',
			'la-maison-a-cote-004729f1',
		]);
		expect(entries.get('gite-du-mas-11111111')?.filePath).toBe('content/feed/sub/two.jsonld');
		expect(report).toMatchObject({
			collection: 'providers',
			folder: 'content/feed',
			files: 6,
			objects: 6,
			loaded: 3,
			unchanged: 0,
			skipped: 2,
			duplicates: 1,
			forOtherCollections: { events: 1 },
		});
		const reasons = Object.fromEntries(
			report.skippedObjects.map((skipped) => [skipped.file, skipped.problems]),
		);
		expect(reasons['content/feed/broken.json']?.[0]?.reason).toMatch(/^not valid JSON/);
		expect(reasons['content/feed/outside.json']?.[0]?.reason).toMatch(/outside the territory/);
		// The same @id in two files: kept once (from the first file), with a warning.
		expect(reasons['content/feed/gite.json']).toBeUndefined();
		expect(report.warnings).toContainEqual({
			sourceId: 'https://data.datatourisme.fr/58/004729f1-24e7-3d50-875a-eb24f0f15a43',
			file: 'content/feed/gite.json',
			field: '@id',
			reason: 'also in content/feed/duplicate.json: kept once, from there',
		});
	});

	it('skips an object the collection schema rejects, with the schema’s field and reason', async () => {
		const { context, entries } = memoryContext((data) =>
			data['name'] === 'Gîte du Mas' ? 'capacity: too small' : undefined,
		);
		const report = await syncFeed(options(), context);
		expect(entries.has('gite-du-mas-11111111')).toBe(false);
		expect(report.skippedObjects).toContainEqual({
			sourceId: 'https://data.datatourisme.fr/48/11111111-2222-3333-4444-555555555555',
			file: 'content/feed/sub/two.jsonld',
			problems: [{ field: 'capacity', reason: 'too small' }],
		});
	});

	it('does not process unchanged objects again, and re-reports the bad ones', async () => {
		const { context, validated, writes } = memoryContext();
		const first = await syncFeed(options(), context);
		validated.length = 0;
		writes.length = 0;
		const second = await syncFeed(options(), context);
		expect(validated).toEqual([]);
		expect(second).toEqual({ ...first, unchanged: 3 });
		// Nothing written: Astro keeps its data store file as it is.
		expect(writes).toEqual([]);
	});

	it('processes only the changed object after an edit', async () => {
		const { context, validated, entries } = memoryContext();
		await syncFeed(options(), context);
		validated.length = 0;
		write('sub/two.jsonld', [
			renamed(giteInVialas(), '11111111-2222-3333-4444-555555555555', 'Gîte du Mas'),
			renamed(giteInVialas(), '66666666-2222-3333-4444-555555555555', 'Gîte de la Source, rénové'),
		]);
		const report = await syncFeed(options(), context);
		expect(validated).toEqual(['gite-de-la-source-renove-66666666']);
		expect(entries.has('gite-de-la-source-66666666')).toBe(false);
		expect(report).toMatchObject({ loaded: 3, unchanged: 2 });
	});

	it('removes the entries of a deleted file', async () => {
		const { context, entries } = memoryContext();
		await syncFeed(options(), context);
		rmSync(join(feed, 'sub/two.jsonld'));
		const report = await syncFeed(options(), context);
		expect([...entries.keys()]).toEqual(['la-maison-a-cote-004729f1']);
		expect(report.loaded).toBe(1);
	});

	it('processes everything again when the context (villages, mapping code) changes', async () => {
		const { context, validated } = memoryContext();
		await syncFeed(options(), context);
		validated.length = 0;
		await syncFeed({ ...options(), contextDigest: 'v2' }, context);
		expect(validated).toHaveLength(3);
	});

	it('fills the events collection from the same folder', async () => {
		const { context, entries } = memoryContext();
		const report = await syncFeed({ ...options(), collection: 'events' }, context);
		expect([...entries.keys()]).toEqual(['exposition-emotions-enfouies-d-anna-eva-berge-00037bcf']);
		expect(report.forOtherCollections).toEqual({ providers: 5 });
	});
});

describe('the feed as the platform delivers it', () => {
	/** A flux folder: `index.json` beside `objects/`, one object per file. */
	function flux(listed: string[]) {
		rmSync(feed, { recursive: true, force: true });
		mkdirSync(join(feed, 'objects/48/a1'), { recursive: true });
		write(
			'objects/48/a1/one.json',
			renamed(giteInVialas(), '11111111-2222-3333-4444-555555555555', 'Gîte du Mas'),
		);
		write(
			'objects/48/a1/two.json',
			renamed(giteInVialas(), '66666666-2222-3333-4444-555555555555', 'Gîte de la Source'),
		);
		write(
			'index.json',
			listed.map((file) => ({ label: file, lastUpdateDatatourisme: '2026-12-01', file })),
		);
	}

	it('reads index.json as the index, never as objects, and loads the objects it lists', async () => {
		flux(['objects/48/a1/one.json', 'objects/48/a1/two.json']);
		const { context, entries } = memoryContext();
		const report = await syncFeed(options(), context);
		expect([...entries.keys()].sort()).toEqual([
			'gite-de-la-source-66666666',
			'gite-du-mas-11111111',
		]);
		expect(report).toMatchObject({ files: 2, objects: 2, loaded: 2, skipped: 0 });
		expect(report.index).toEqual({
			file: 'content/feed/index.json',
			listed: 2,
			missing: [],
			missingCount: 0,
		});
		expect(report.warnings).toEqual([]);
	});

	it('warns once when the index lists files the folder does not have', async () => {
		flux(['objects/48/a1/one.json', 'objects/48/a1/two.json', 'objects/48/b2/gone.json']);
		const { context } = memoryContext();
		const report = await syncFeed(options(), context);
		expect(report.skippedObjects).toEqual([]);
		expect(report.index?.missing).toEqual(['objects/48/b2/gone.json']);
		expect(report.warnings).toEqual([
			{
				sourceId: 'index.json',
				file: 'content/feed/index.json',
				field: '(index)',
				reason: '1 of the 3 files it lists are not in the folder (objects/48/b2/gone.json…)',
			},
		]);
	});

	it('reads a file with a byte-order mark, a @graph dump and a single object', async () => {
		rmSync(feed, { recursive: true, force: true });
		mkdirSync(feed, { recursive: true });
		write('bom.json', `\uFEFF${JSON.stringify(giteInVialas())}`);
		write('graph.jsonld', {
			'@context': 'https://www.datatourisme.fr/ontology/core/context.jsonld',
			'@graph': [
				renamed(giteInVialas(), '11111111-2222-3333-4444-555555555555', 'Gîte du Mas'),
				renamed(giteInVialas(), '66666666-2222-3333-4444-555555555555', 'Gîte de la Source'),
			],
		});
		const { context, entries } = memoryContext();
		const report = await syncFeed(options(), context);
		expect(report.skippedObjects).toEqual([]);
		expect([...entries.keys()].sort()).toEqual([
			'gite-de-la-source-66666666',
			'gite-du-mas-11111111',
			'la-maison-a-cote-004729f1',
		]);
	});
});

describe('schema errors', () => {
	it('become problems naming each field', () => {
		const error = new Error(
			'**providers → x** data does not match collection schema.\n\n  **location.lat**: latitude must be a number\n  **village**: "atlantis" is not in villages',
		);
		expect(problemsOfSchemaError(error)).toEqual([
			{ field: 'location.lat', reason: 'latitude must be a number' },
			{ field: 'village', reason: '"atlantis" is not in villages' },
		]);
	});
});
