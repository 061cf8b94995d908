/**
 * `npm run bench:photos` (part of `npm run bench` with BENCH_PHOTO_SIZES): the build of a site
 * whose generated members each have one photo (1600 × 1067 JPEG, as members upload them),
 * served from a loopback server as the feed's image server would. For each size: the cold build
 * (every photo downloaded, then converted by Astro's image service to AVIF and WebP in the
 * widths the pages use), a rebuild after one member changed (its photo downloaded again, as its
 * last update changed; no other photo downloaded or converted again), and the size of the photo
 * cache and of Astro's image cache that a deploy keeps. Prints figures; asserts nothing.
 *
 * BENCH_PHOTO_SIZES=500 by default: the conversions take about as long per photo at every size,
 * so the 10,000-member figure follows from a smaller run (BENCH_PHOTO_SIZES=10000 measures it, in
 * hours on a 2-core machine).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fixturePhoto } from '../tools/photo-server.ts';
import { buildLoggedAsync, changeOneObject, copyProject, generate, ROOT } from './feed-build.ts';

const SIZES = (process.env['BENCH_PHOTO_SIZES'] ?? '500').split(',').map(Number);
const PHOTO_BENCH_JSON = join(ROOT, 'reports/bench-photos.json');
/** Photos of different colours, so that no two neighbouring members look alike. */
const VARIANTS = 8;

const variants = await Promise.all(
	Array.from({ length: VARIANTS }, (_, index) =>
		fixturePhoto(1600, 1067, 'jpeg', { r: 60 + index * 20, g: 140, b: 200 - index * 15 }, true),
	),
);
let downloads = 0;
const server = createServer((request, response) => {
	const match = /^\/members\/(\d+)\.jpg$/.exec(request.url ?? '');
	const body = match ? variants[Number(match[1]) % VARIANTS] : undefined;
	if (!body) {
		response.writeHead(404).end();
		return;
	}
	downloads += 1;
	response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': body.byteLength });
	response.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

/** Makes every object of the feed a real member with one main photo on the loopback server. */
function addPhotos(feed: string): void {
	readdirSync(feed)
		.sort()
		.forEach((name, index) => {
			const file = join(feed, name);
			const object = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
			// A sample entry's photos are never fetched (their addresses are invented): these are
			// members as a real feed has them.
			delete object['sample'];
			delete object['$comment'];
			object['hasMainRepresentation'] = [
				{
					'@type': ['ebucore:EditorialObject'],
					'ebucore:hasAnnotation': [{ '@type': ['Annotation'], credits: ['Bench photo'] }],
					'ebucore:hasRelatedResource': [
						{
							'@type': ['ebucore:Resource'],
							'ebucore:locator': [`${origin}/members/${index}.jpg`],
						},
					],
				},
			];
			writeFileSync(file, JSON.stringify(object));
		});
}

/** The member's listing changed in the database: its text, and so its last update. */
function touchOneObject(feed: string): void {
	changeOneObject(feed, 0);
	const file = join(feed, readdirSync(feed).sort()[0] ?? '');
	const object = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	object['lastUpdate'] = '2026-12-07';
	writeFileSync(file, JSON.stringify(object));
}

/** Astro's log lines for optimised images: all of them, and those it took from its cache. */
function conversions(log: string): { made: number; reused: number } {
	const lines = log.split('\n').filter((line) => /▶ \/_astro\/\S+\.(?:avif|webp)/.test(line));
	const reused = lines.filter((line) => line.includes('reused cache entry')).length;
	return { made: lines.length - reused, reused };
}

const megabytes = (folder: string) =>
	existsSync(folder)
		? Number(execFileSync('du', ['-sk', folder], { encoding: 'utf8' }).split('\t')[0]) / 1024
		: 0;

export interface PhotoBenchRow {
	members: number;
	cold: { seconds: number; cpuSeconds: number; downloads: number; converted: number };
	oneChanged: {
		seconds: number;
		cpuSeconds: number;
		downloads: number;
		converted: number;
		reused: number;
	};
	photoCacheMegabytes: number;
	imageCacheMegabytes: number;
}

const results: PhotoBenchRow[] = [];
console.log(`Photo build benchmark — ${SIZES.join(', ')} members, one photo each\n`);
try {
	for (const size of SIZES) {
		const copy = copyProject();
		const feed = `${copy}-feed`;
		try {
			generate(size, feed);
			addPhotos(feed);
			downloads = 0;
			const cold = await buildLoggedAsync(copy, feed);
			const coldDownloads = downloads;
			touchOneObject(feed);
			downloads = 0;
			const rebuild = await buildLoggedAsync(copy, feed);
			const row: PhotoBenchRow = {
				// The sample feed's members are in every generated feed: at least 160.
				members: readdirSync(feed).length,
				cold: {
					seconds: cold.figures.seconds,
					cpuSeconds: cold.figures.cpuSeconds,
					downloads: coldDownloads,
					converted: conversions(cold.log).made,
				},
				oneChanged: {
					seconds: rebuild.figures.seconds,
					cpuSeconds: rebuild.figures.cpuSeconds,
					downloads,
					converted: conversions(rebuild.log).made,
					reused: conversions(rebuild.log).reused,
				},
				photoCacheMegabytes: megabytes(join(copy, 'node_modules/.astro/photos')),
				imageCacheMegabytes: megabytes(join(copy, 'node_modules/.astro/assets')),
			};
			results.push(row);
			console.log(
				[
					`${row.members} members: cold ${row.cold.seconds.toFixed(1)} s (CPU ${row.cold.cpuSeconds.toFixed(1)} s), ${row.cold.downloads} photos downloaded, ${row.cold.converted} images converted`,
					`  one member changed: ${row.oneChanged.seconds.toFixed(1)} s (CPU ${row.oneChanged.cpuSeconds.toFixed(1)} s), ${row.oneChanged.downloads} downloaded, ${row.oneChanged.converted} converted, ${row.oneChanged.reused} taken from the cache`,
					`  caches kept between builds: photos ${row.photoCacheMegabytes.toFixed(1)} MB, converted images ${row.imageCacheMegabytes.toFixed(1)} MB`,
				].join('\n'),
			);
		} finally {
			rmSync(copy, { recursive: true, force: true });
			rmSync(feed, { recursive: true, force: true });
		}
	}
} finally {
	server.close();
}
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(PHOTO_BENCH_JSON, JSON.stringify(results, null, '\t'));
console.log(`\nFigures as JSON: ${PHOTO_BENCH_JSON}`);
