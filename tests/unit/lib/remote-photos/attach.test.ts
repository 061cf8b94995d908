/**
 * The photo pass of the feed loader, on an in-memory store: good photos become `photos` of their
 * entry (paths to the cache, with credits), failed ones warnings naming the member, the address
 * and the reason; sample entries download nothing; an unchanged entry is not stored again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	attachPhotos,
	photosMode,
	type PhotoPassOptions,
} from '../../../../src/lib/remote-photos/attach';
import { isSameDigest } from '../../../../src/lib/datatourisme/sync';
import { DEFAULT_LIMITS } from '../../../../src/lib/remote-photos/fetch-photo';
import { PHOTO_PATHS, startPhotoServer, type PhotoServer } from '../../../tools/photo-server';

type Entry = { data: Record<string, unknown>; digest?: string; filePath?: string };

function memoryStore(entries: Record<string, Entry>) {
	const store = new Map(Object.entries(entries));
	const writes: string[] = [];
	return {
		writes,
		context: {
			store: {
				keys: () => [...store.keys()],
				get: (id: string) => store.get(id),
				// As Astro's store: an entry set again under the same digest is left as it is.
				set: (entry: Entry & { id: string }) => {
					if (entry.digest !== undefined && store.get(entry.id)?.digest === entry.digest)
						return false;
					writes.push(entry.id);
					store.set(entry.id, entry);
					return true;
				},
			},
			// The collection's schema: here, the data as it is.
			parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
		},
	};
}

let server: PhotoServer;
let root: string;
let options: PhotoPassOptions;

beforeAll(async () => {
	server = await startPhotoServer();
	root = mkdtempSync(join(tmpdir(), 'photo-pass-'));
	options = {
		mode: 'on',
		root,
		folder: join(root, 'node_modules/.astro/photos/providers'),
		limits: { ...DEFAULT_LIMITS, timeoutMs: 800, backoffMs: 20 },
	};
});
afterAll(async () => {
	await server.close();
	rmSync(root, { recursive: true, force: true });
});

const member = (images: { url: string; credit?: string }[], sample = false): Entry => ({
	data: {
		sourceId: 'https://data.datatourisme.fr/10/gite',
		lastUpdate: '2026-03-01',
		images,
		sample,
	},
	digest: 'sync-digest',
	filePath: 'content/feed/objects/gite.json',
});

describe('the photo pass of the feed loader', { timeout: 20_000 }, () => {
	it('attaches the good photos with their credits and reports the failed ones', async () => {
		const good = `${server.origin}${PHOTO_PATHS.jpeg}`;
		const missing = `${server.origin}${PHOTO_PATHS.missing}`;
		const { context } = memoryStore({
			gite: member([{ url: missing }, { url: good, credit: '© Jean Dupont' }]),
		});
		const report = await attachPhotos(options, context);
		const stored = context.store.get('gite');
		expect(stored?.data['photos']).toEqual([
			{
				src: expect.stringMatching(
					/^\.\.\/\.\.\/\.\.\/node_modules\/\.astro\/photos\/providers\/[0-9a-f]{32}\.jpg$/,
				) as string,
				width: 1600,
				height: 1067,
				credit: '© Jean Dupont',
			},
		]);
		// Stored again under the sync's digest and the photos': the sync still finds it unchanged.
		expect(stored?.digest).toMatch(/^sync-digest\+photos-[0-9a-f]{16}$/);
		expect(isSameDigest(stored?.digest, 'sync-digest')).toBe(true);
		expect(report.warnings).toEqual([
			{
				sourceId: 'https://data.datatourisme.fr/10/gite',
				file: 'content/feed/objects/gite.json',
				field: 'photo',
				url: missing,
				reason: `${missing}: HTTP 404; not shown`,
			},
		]);
		expect(report).toMatchObject({ withPhotos: 1, downloaded: 1, fromCache: 0 });
	});

	it('stores nothing again and downloads nothing when nothing changed', async () => {
		const good = `${server.origin}${PHOTO_PATHS.png}`;
		const { context, writes } = memoryStore({ gite: member([{ url: good }]) });
		await attachPhotos(options, context);
		const hits = server.hits.get(PHOTO_PATHS.png);
		writes.length = 0;
		const again = await attachPhotos(options, context);
		expect(writes).toEqual([]);
		expect(server.hits.get(PHOTO_PATHS.png)).toBe(hits);
		expect(again).toMatchObject({ downloaded: 0, fromCache: 1 });
	});

	it('downloads nothing for a sample entry, whose addresses are invented', async () => {
		const { context } = memoryStore({
			sample: member([{ url: `${server.origin}/photos/sample-only.jpg` }], true),
		});
		const report = await attachPhotos(options, context);
		expect(server.hits.has('/photos/sample-only.jpg')).toBe(false);
		expect(report.warnings).toEqual([]);
		expect(context.store.get('sample')?.data['photos']).toBeUndefined();
	});

	it('with PHOTOS=off, takes the photos away and downloads nothing', async () => {
		const { context } = memoryStore({ gite: member([{ url: `${server.origin}/photos/off.jpg` }]) });
		context.store.get('gite')!.data['photos'] = [{ src: './old.jpg', width: 1, height: 1 }];
		await attachPhotos({ ...options, mode: photosMode('off') }, context);
		expect(context.store.get('gite')?.data['photos']).toEqual([]);
		expect(server.hits.has('/photos/off.jpg')).toBe(false);
	});

	it('refuses a PHOTOS value other than on or off', () => {
		expect(photosMode(undefined)).toBe('on');
		expect(() => photosMode('no')).toThrow('PHOTOS must be "on" or "off" (it is "no")');
	});
});
