/**
 * `npm run feed:fetch` against a local HTTP server serving flux archives: a good one, a damaged
 * one, a 404, a server that never answers, a download cut short, a truncated export. The
 * previous feed must stay each time the new one is not used.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fluxUrl } from '../../../src/lib/feed-fetch/download';
import {
	fetchFeed,
	readState,
	STATE_FILE,
	type FetchOptions,
} from '../../../src/lib/feed-fetch/fetch-feed';
import { zip } from '../../tools/zip';

/** A flux archive of `count` objects: index.json beside objects/. */
function flux(count: number): Buffer {
	const files: Record<string, string> = {};
	const index = [];
	for (let n = 0; n < count; n++) {
		const file = `objects/48/${n}/object-${n}.json`;
		files[file] = JSON.stringify({ '@id': `https://data.datatourisme.fr/48/object-${n}` });
		index.push({ label: `Objet ${n}`, lastUpdateDatatourisme: '2026-12-01', file });
	}
	files['index.json'] = JSON.stringify(index);
	return zip(files);
}

const GOOD = flux(6);
const hits = new Map<string, IncomingHttpHeaders[]>();
let server: Server;
let base: string;

beforeAll(async () => {
	server = createServer((request, response) => {
		const path = request.url ?? '/';
		hits.set(path, [...(hits.get(path) ?? []), request.headers]);
		const tries = hits.get(path)?.length ?? 0;
		const send = (body: Buffer, headers: Record<string, string> = {}) => {
			response.writeHead(200, {
				'content-type': 'application/zip',
				'content-length': String(body.length),
				...headers,
			});
			response.end(body);
		};
		if (path.startsWith('/flux/good')) {
			if (request.headers['if-none-match'] === '"v1"') {
				response.writeHead(304).end();
				return;
			}
			send(GOOD, { etag: '"v1"', 'last-modified': 'Mon, 07 Dec 2026 03:00:00 GMT' });
		} else if (path === '/flux/broken') send(Buffer.from('<html>Service indisponible</html>'));
		else if (path === '/flux/damaged') send(GOOD.subarray(0, GOOD.length - 40));
		else if (path === '/flux/small') send(flux(2));
		else if (path === '/flux/empty') send(zip({ 'README.txt': 'rien' }));
		else if (path === '/flux/flaky' && tries === 1) response.writeHead(503).end();
		else if (path === '/flux/flaky') send(GOOD);
		else if (path === '/flux/silent') {
			// Never answers: the client's time limit must end the attempt.
		} else if (path === '/flux/cut') {
			response.writeHead(200, { 'content-length': String(GOOD.length) });
			response.write(GOOD.subarray(0, 100));
			setImmediate(() => response.destroy());
		} else response.writeHead(404, 'Not Found').end();
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
});

let work: string;
let folder: string;

beforeEach(() => {
	hits.clear();
	work = mkdtempSync(join(tmpdir(), 'feed-fetch-'));
	folder = join(work, 'feed');
	return () => rmSync(work, { recursive: true, force: true });
});

const options = (path: string, extra: Partial<FetchOptions> = {}): FetchOptions => ({
	url: `${base}${path}`,
	folder,
	download: { timeoutMs: 500, attempts: 2, retryDelayMs: () => 0 },
	...extra,
});

/** Every file of the feed folder with its content. */
function snapshot(): Record<string, string> {
	return Object.fromEntries(
		readdirSync(folder, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.json') || name === STATE_FILE || name === 'README.md')
			.sort()
			.map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
	);
}

/** A first good fetch: the feed every failing test must keep. */
async function previousFeed() {
	const outcome = await fetchFeed(options('/flux/good'));
	expect(outcome).toMatchObject({ ok: true, status: 'updated' });
	hits.clear();
	return snapshot();
}

/** No staging or old folder is left beside the feed. */
const leftovers = () => readdirSync(work).filter((name) => name !== 'feed');

describe('feed:fetch', () => {
	it('unpacks a good archive in place of the feed, keeping the README, and notes its validators', async () => {
		const { mkdirSync } = await import('node:fs');
		mkdirSync(folder);
		writeFileSync(join(folder, 'README.md'), '# The feed');
		writeFileSync(join(folder, 'old-object.json'), '{}');
		const outcome = await fetchFeed(options('/flux/good'));
		expect(outcome).toEqual({
			ok: true,
			status: 'updated',
			message: `The feed is updated: 6 objects in ${folder} (1 before).`,
		});
		expect(existsSync(join(folder, 'old-object.json'))).toBe(false);
		expect(readFileSync(join(folder, 'README.md'), 'utf8')).toBe('# The feed');
		expect(JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'))).toHaveLength(6);
		expect(existsSync(join(folder, 'objects/48/5/object-5.json'))).toBe(true);
		expect(readState(folder)).toMatchObject({
			etag: '"v1"',
			lastModified: 'Mon, 07 Dec 2026 03:00:00 GMT',
			objects: 6,
		});
		expect(leftovers()).toEqual([]);
	});

	it('asks whether the feed changed, and keeps it when it has not', async () => {
		const before = await previousFeed();
		const outcome = await fetchFeed(options('/flux/good'));
		expect(outcome).toMatchObject({ ok: true, status: 'unchanged' });
		expect(hits.get('/flux/good')?.[0]).toMatchObject({
			'if-none-match': '"v1"',
			'if-modified-since': 'Mon, 07 Dec 2026 03:00:00 GMT',
		});
		expect(snapshot()).toEqual(before);
	});

	it.each([
		['/flux/broken', /^The downloaded feed is not used: not a readable zip archive/],
		['/flux/damaged', /^The downloaded feed is not used: (not a readable|damaged)/],
		['/flux/empty', /^The downloaded feed is not used: the archive holds no object/],
		[
			'/flux/nowhere',
			/^The feed could not be downloaded from .*: the server answered 404 Not Found\./,
		],
		[
			'/flux/silent',
			/^The feed could not be downloaded from .*: no complete answer within 0\.5 s\./,
		],
		['/flux/cut', /^The feed could not be downloaded from .*: (terminated|.*stopped)/],
		[
			'/flux/small',
			/^The downloaded feed is not used: it has 2 objects, under half the 6 of the last feed/,
		],
	])('keeps the previous feed when %s fails, saying why', async (path, reason) => {
		const before = await previousFeed();
		const outcome = await fetchFeed(options(path));
		expect(outcome.ok).toBe(false);
		expect(outcome.message).toMatch(reason);
		expect(outcome.message).toMatch(/The previous feed is kept \(6 objects\)\.$/);
		expect(snapshot()).toEqual(before);
		expect(leftovers()).toEqual([]);
	});

	it('tries again after a server error or a timeout, but not after a 404', async () => {
		expect(await fetchFeed(options('/flux/flaky'))).toMatchObject({ ok: true, status: 'updated' });
		expect(hits.get('/flux/flaky')).toHaveLength(2);
		await fetchFeed(options('/flux/silent'));
		expect(hits.get('/flux/silent')).toHaveLength(2);
		await fetchFeed(options('/flux/nowhere'));
		expect(hits.get('/flux/nowhere')).toHaveLength(1);
	});

	it('takes a first feed of any size: only a fetched feed is compared with', async () => {
		const { mkdirSync } = await import('node:fs');
		mkdirSync(join(folder, 'sample'), { recursive: true });
		for (let n = 0; n < 10; n++) writeFileSync(join(folder, `sample/member-${n}.json`), '{}');
		const outcome = await fetchFeed(options('/flux/small'));
		expect(outcome).toMatchObject({ ok: true, status: 'updated' });
		expect(outcome.message).toMatch(/2 objects in .* \(10 before\)\.$/);
	});

	it('uses a much smaller feed when told to (--force)', async () => {
		await previousFeed();
		const outcome = await fetchFeed(options('/flux/small', { force: true }));
		expect(outcome).toMatchObject({ ok: true, status: 'updated' });
		expect(readState(folder)?.objects).toBe(2);
	});

	it('appends the application key to the address, and never prints it', async () => {
		expect(fluxUrl('https://diffuseur.example/webservice/abc/', 'k3y')).toBe(
			'https://diffuseur.example/webservice/abc/k3y',
		);
		const outcome = await fetchFeed(options(`/flux/nowhere/s3cret`, { key: 's3cret' }));
		expect(outcome.message).toContain('/flux/nowhere/<key>');
		expect(outcome.message).not.toContain('s3cret');
	});
});

describe('the npm run feed:fetch command', { timeout: 30_000 }, () => {
	const run = promisify(execFile);
	const root = fileURLToPath(new URL('../../../', import.meta.url));
	const command = (env: Record<string, string>) =>
		run(
			process.execPath,
			['--import', './scripts/feed/resolve-ts.ts', 'scripts/feed/fetch-feed.ts'],
			{ cwd: root, env: { ...process.env, FEED_FETCH_ATTEMPTS: '1', ...env } },
		);

	it('exits with 1 and a clear message when the feed cannot be fetched, keeping the old one', async () => {
		await previousFeed();
		const before = snapshot();
		const failure = await command({
			DATATOURISME_FLUX_URL: `${base}/flux/nowhere`,
			FEED_DIR: folder,
		}).catch((error: unknown) => error as { code: number; stderr: string });
		expect(failure).toMatchObject({ code: 1 });
		expect((failure as { stderr: string }).stderr).toMatch(
			/^feed:fetch: The feed could not be downloaded from .*\/flux\/nowhere: the server answered 404 Not Found\. The previous feed is kept \(6 objects\)\./,
		);
		expect(snapshot()).toEqual(before);
	});

	it('exits with 0 when the feed is updated', async () => {
		const { stdout } = await command({
			DATATOURISME_FLUX_URL: `${base}/flux/good`,
			FEED_DIR: folder,
		});
		expect(stdout).toMatch(/^feed:fetch: The feed is updated: 6 objects in /);
	});
});
