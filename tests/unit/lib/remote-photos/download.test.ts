/**
 * The build's photo downloads against a local server: good photos are cached with their real
 * size and never fetched again; each failure a real server gives is an outcome with its reason,
 * never an exception and never a hang.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	downloadPhotos,
	requestKey,
	type PhotoOutcome,
} from '../../../../src/lib/remote-photos/download';
import { DEFAULT_LIMITS } from '../../../../src/lib/remote-photos/fetch-photo';
import { PHOTO_PATHS, startPhotoServer, type PhotoServer } from '../../../tools/photo-server';

let server: PhotoServer;
let folder: string;
const limits = { ...DEFAULT_LIMITS, timeoutMs: 800, backoffMs: 20 };

beforeAll(async () => {
	server = await startPhotoServer();
	folder = mkdtempSync(join(tmpdir(), 'photo-cache-'));
});
afterAll(async () => {
	await server.close();
	rmSync(folder, { recursive: true, force: true });
});

const request = (path: string, version = '2026-01-01') => ({
	url: `${server.origin}${path}`,
	version,
});

async function outcomeOf(path: string, version?: string, within = limits): Promise<PhotoOutcome> {
	const wanted = request(path, version);
	const outcomes = await downloadPhotos([wanted], { folder, limits: within });
	const outcome = outcomes.get(requestKey(wanted));
	if (!outcome) throw new Error(`no outcome for ${path}`);
	return outcome;
}

describe('downloading the photos of a build', { timeout: 20_000 }, () => {
	it('keeps JPEG, PNG and WebP with their real size, whatever the Content-Type', async () => {
		const jpeg = await outcomeOf(PHOTO_PATHS.jpeg);
		const png = await outcomeOf(PHOTO_PATHS.png);
		const webp = await outcomeOf(PHOTO_PATHS.webp);
		expect(jpeg).toMatchObject({ ok: true, photo: { format: 'jpeg', width: 1600, height: 1067 } });
		expect(png).toMatchObject({ ok: true, photo: { format: 'png', width: 900, height: 600 } });
		expect(webp).toMatchObject({ ok: true, photo: { format: 'webp', width: 1200, height: 800 } });
	});

	it('never fetches a cached photo again, until its object changes', async () => {
		await outcomeOf(PHOTO_PATHS.png, 'v1');
		const before = server.hits.get(PHOTO_PATHS.png);
		expect(await outcomeOf(PHOTO_PATHS.png, 'v1')).toMatchObject({ ok: true, fromCache: true });
		expect(server.hits.get(PHOTO_PATHS.png)).toBe(before);
		expect(await outcomeOf(PHOTO_PATHS.png, 'v2')).toMatchObject({ ok: true, fromCache: false });
		expect(server.hits.get(PHOTO_PATHS.png)).toBe((before ?? 0) + 1);
	});

	it('follows a redirect', async () => {
		expect(await outcomeOf(PHOTO_PATHS.redirect)).toMatchObject({
			ok: true,
			photo: { format: 'jpeg' },
		});
	});

	it('refuses a 404, an HTML page named .jpg, a 20 MB file (announced or not) and a 900-megapixel header', async () => {
		expect(await outcomeOf(PHOTO_PATHS.missing)).toEqual({ ok: false, reason: 'HTTP 404' });
		expect(await outcomeOf(PHOTO_PATHS.html)).toEqual({
			ok: false,
			reason: 'not a JPEG, PNG or WebP image (image/jpeg)',
		});
		expect(await outcomeOf(PHOTO_PATHS.huge)).toEqual({ ok: false, reason: 'larger than 15 MB' });
		expect(
			await outcomeOf(PHOTO_PATHS.hugeUnannounced, 'v', { ...limits, timeoutMs: 10_000 }),
		).toEqual({
			ok: false,
			reason: 'larger than 15 MB',
		});
		expect(await outcomeOf(PHOTO_PATHS.giant)).toMatchObject({
			ok: false,
			reason: expect.stringContaining('30000 × 30000 pixels') as string,
		});
		// None of them retried: another attempt would meet the same answer.
		expect(server.hits.get(PHOTO_PATHS.missing)).toBe(1);
	});

	it('gives up on an answer slower than the timeout after two retries', async () => {
		expect(await outcomeOf(PHOTO_PATHS.slow)).toEqual({
			ok: false,
			reason: 'no complete answer within 0.8 s',
		});
		expect(server.hits.get(PHOTO_PATHS.slow)).toBe(3);
	});

	it('retries a 503 and keeps the photo that comes on the third attempt', async () => {
		expect(await outcomeOf(PHOTO_PATHS.flaky)).toMatchObject({ ok: true, fromCache: false });
		expect(server.hits.get(PHOTO_PATHS.flaky)).toBe(3);
	});

	it('refuses a photo larger than the pixel cap', async () => {
		const wanted = request(PHOTO_PATHS.jpeg, 'capped');
		const outcomes = await downloadPhotos([wanted], { folder, limits, maxPixels: 1_000_000 });
		expect(outcomes.get(requestKey(wanted))).toEqual({
			ok: false,
			reason: '1600 × 1067 pixels, more than 1 megapixels',
		});
	});

	it('keeps no file of a failed photo in the cache', () => {
		const names = readdirSync(folder);
		expect(names.every((name) => /^[0-9a-f]{32}\.(jpg|png|webp|json)$/.test(name))).toBe(true);
		// jpeg, png, webp, png v1 and v2, the redirect (its own address, its own key) and the 503.
		expect(names.filter((name) => name.endsWith('.json'))).toHaveLength(7);
	});
});
