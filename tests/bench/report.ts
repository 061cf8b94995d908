/**
 * `npm run bench`: every performance figure the project tracks, with the target its issue set,
 * printed as one table and written to reports/bench.json (the previous run's file is kept as
 * reports/bench-previous.json, and the table shows its figures beside the new ones:
 * tests/bench/bench-table.ts). Not part of `npm test`; prints figures and asserts nothing. About
 * 15 minutes on this 2-core machine, most of it the feed builds.
 *
 * It runs the project's own benches and reads the figures they print (their output stays on screen
 * above the table):
 * - the sample site's build (tests/bench/astro-build.ts, into dist/): time and peak memory;
 * - page bytes per template, gzipped (tests/tools/page-weight.ts, the byte-budget gate's counting)
 *   of each template's example page in French;
 * - Lighthouse performance, median of 3 runs of each Lighthouse template's example page in French
 *   (BENCH_LIGHTHOUSE_LOCALES=fr,en adds English; tests/tools/lighthouse.ts: one Chromium, tiles
 *   blocked, gzip as in production);
 * - the same with fixture photos, for the home page's hero and a member page with its gallery
 *   (tests/bench/photo-lighthouse.bench.ts, on a site built with photos from a local server);
 * - the map's time to draw 10,000 points (tests/bench/map.bench.ts);
 * - the search index of the sample site and its median query (tests/bench/search.bench.ts; set
 *   BENCH_SEARCH_SIZES=10000 to add the 10,000-member site, about 3 more minutes);
 * - feedback submissions per second and p99 (tests/bench/feedback.bench.ts);
 * - builds from generated feeds of 1,000 / 5,000 / 10,000 members (tests/bench/feed.bench.ts;
 *   BENCH_FEED_SIZES picks other sizes), with the largest provider list page's gzipped HTML at each
 *   size (target at 10,000 members: ≤ 60 kB);
 * - builds of generated members with one photo each from a loopback server
 *   (tests/bench/feed-photos.bench.ts; BENCH_PHOTO_SIZES, 500 by default): cold, one member
 *   changed, photos converted and downloaded, the caches' size.
 * BENCH_ONLY=build,pages,lighthouse,photo-pages,map,search,feedback,feed,photos runs only some parts (the report keeps
 * the other parts' figures from the last run). With BUILD_DIR
 * (tests/tools/paths.ts) the sample site is built there instead of dist/, out of the way of other
 * builds in the same checkout.
 *
 * Run by Node 24 directly (type stripping): erasable syntax only.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { builtPages, DIST } from '../tools/built-site.ts';
import { startCompressingProxy } from '../tools/compressing-proxy.ts';
import { launchLighthouseBrowser } from '../tools/lighthouse.ts';
import { pageWeight, total } from '../tools/page-weight.ts';
import { BUILD_DIR, ROOT } from '../tools/paths.ts';
import type { PhotoBenchRow } from './feed-photos.bench.ts';
import type { FeedBenchRow } from './feed.bench.ts';
import { writeBenchReport, type Figure } from './bench-table.ts';
import { startPreviewServer } from '../tools/preview-server.ts';
import { CSS_BUDGET_BYTES, examplePath, HTML_BUDGET_BYTES, TEMPLATES } from '../tools/templates.ts';
import { jsAllowed as allowedJs } from '../tools/budgets.ts';

const ONLY = new Set((process.env['BENCH_ONLY'] ?? '').split(',').filter(Boolean));
const runs = (part: string) => ONLY.size === 0 || ONLY.has(part);
const LIGHTHOUSE_PORT = 4325;
/**
 * Lighthouse medians in French only by default (three runs of 12 pages, about 3 minutes; the gate
 * covers both languages): BENCH_LIGHTHOUSE_LOCALES=fr,en measures English too.
 */
const LIGHTHOUSE_LOCALES = (process.env['BENCH_LIGHTHOUSE_LOCALES'] ?? 'fr')
	.split(',')
	.filter((locale): locale is Locale => (LOCALES as readonly string[]).includes(locale));
const figures: Figure[] = [];
const timings: string[] = [];

function add(
	id: string,
	label: string,
	value: number | null,
	unit: string,
	target = '',
	meets?: (value: number) => boolean,
): void {
	figures.push({
		id,
		label,
		value,
		unit,
		target,
		ok: value === null || !meets ? null : meets(value),
	});
}

/** Runs a bench script with Node 24, its output shown as it comes and returned. */
function runScript(
	script: string,
	env: Record<string, string> = {},
	nodeArgs: string[] = [],
): Promise<string> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [...nodeArgs, join(ROOT, script)], {
			cwd: ROOT,
			env: { ...process.env, NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			process.stdout.write(chunk);
		});
		child.on('close', (code) => {
			if (code !== 0) console.error(`\n${script} exited with ${code}`);
			resolve(output);
		});
	});
}

const numberIn = (text: string | undefined) =>
	text === undefined ? null : Number(text.replace(/,/g, ''));

async function timed(part: string, work: () => Promise<void> | void): Promise<void> {
	if (!runs(part)) return;
	console.log(`\n━━ ${part} ━━`);
	const started = performance.now();
	await work();
	timings.push(`${part} ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await timed('build', async () => {
	const output = await runScript(
		'tests/bench/astro-build.ts',
		process.env['BUILD_DIR'] ? { BENCH_OUT_DIR: BUILD_DIR } : {},
	);
	const line = output.trim().split('\n').at(-1) ?? '';
	const result = line.startsWith('{')
		? (JSON.parse(line) as { seconds: number; peakMegabytes: number })
		: undefined;
	const round = (value: number | undefined) =>
		value === undefined ? null : Math.round(value * 10) / 10;
	add('build.sample.seconds', 'Build, sample site', round(result?.seconds), 's');
	add('build.sample.peak', 'Build, sample site: peak memory', round(result?.peakMegabytes), 'MB');
});

await timed('pages', () => {
	const paths = builtPages().map((page) => page.path);
	const files = new Map(builtPages().map((page) => [page.path, page.file]));
	for (const template of TEMPLATES.filter((template) => !template.onDemand)) {
		let path: string;
		try {
			path = examplePath(template, 'fr', paths);
		} catch {
			continue;
		}
		const file = files.get(path);
		if (!file) continue;
		const weight = pageWeight(DIST, file);
		const jsAllowed = allowedJs(weight, template.js);
		const kB = (bytes: number) => Math.round(bytes / 100) / 10;
		const group = `Bytes gz, ${template.name} ${path}`;
		const entries: [string, string, number, number | undefined][] = [
			['html', 'HTML', weight.html, HTML_BUDGET_BYTES],
			['css', 'CSS', total(weight.css), CSS_BUDGET_BYTES],
			['js', 'JS', total(weight.js), jsAllowed],
			['images', 'images', total(weight.images), undefined],
		];
		for (const [key, short, bytes, budget] of entries)
			figures.push({
				id: `bytes.${key}.${path}`,
				label: `${template.name} ${path}: ${short}`,
				value: kB(bytes),
				unit: 'kB',
				target: budget === undefined ? '' : `${kB(budget)}`,
				ok: budget === undefined ? null : bytes <= budget,
				group,
				short,
			});
	}
});

await timed('lighthouse', async () => {
	const server = await startPreviewServer(LIGHTHOUSE_PORT);
	const proxy = await startCompressingProxy(server.origin);
	const browser = await launchLighthouseBrowser();
	const paths = builtPages().map((page) => page.path);
	try {
		for (const template of TEMPLATES.filter((template) => template.lighthouse)) {
			for (const locale of LIGHTHOUSE_LOCALES) {
				const path = examplePath(template, locale, paths);
				const scores: number[] = [];
				for (let run = 0; run < 3; run++)
					scores.push(
						(await browser.run(`${proxy.origin}${path}`, ['performance'])).scores['performance'] ??
							0,
					);
				const median = [...scores].sort((a, b) => a - b)[1] ?? 0;
				console.log(`Lighthouse performance ${path}: ${median} (runs ${scores.join(', ')})`);
				add(
					`lighthouse.performance.${path}`,
					`Lighthouse performance ${path}`,
					median,
					'',
					'≥ 95',
					(v) => v >= 95,
				);
			}
		}
	} finally {
		await browser.close();
		await proxy.stop();
		await server.stop();
	}
});

// The templates that show photographs, measured with fixture photos on a site of their own.
await timed('photo-pages', async () => {
	const output = await runScript('tests/bench/photo-lighthouse.bench.ts', {}, [
		'--import',
		join(ROOT, 'scripts/feed/resolve-ts.ts'),
	]);
	const lines = [...output.matchAll(/^Lighthouse performance with photos, (.+?) (\S+): (\d+) /gm)];
	for (const [, name, path, score] of lines)
		add(
			`lighthouse.photos.${path ?? ''}`,
			`Lighthouse performance with photos, ${name ?? ''}`,
			numberIn(score),
			'',
			'≥ 95',
			(v) => v >= 95,
		);
	if (lines.length === 0)
		add('lighthouse.photos.unparsed', 'Photo pages: output not recognised (see above)', null, '');
});

await timed('map', async () => {
	const output = await runScript('tests/bench/map.bench.ts');
	for (const match of output.matchAll(/^\s+(.+?), (desktop|phone) [\d×]+: (\d+) ms/gm)) {
		const tenThousand = /10,000/.test(match[1] ?? '');
		add(
			`map.drawn.${tenThousand ? '10000' : 'sample'}.${match[2]}`,
			`Map drawn, ${tenThousand ? '10,000 points' : 'sample data'}, ${match[2]}`,
			numberIn(match[3]),
			'ms',
			tenThousand ? '< 1,000 ms' : '',
			tenThousand ? (v) => v < 1000 : undefined,
		);
	}
});

await timed('search', async () => {
	const output = await runScript('tests/bench/search.bench.ts', {
		BENCH_SEARCH_SIZES: process.env['BENCH_SEARCH_SIZES'] ?? '0',
	});
	for (const site of output.split(/\n(?=\S.*pages indexed)/).slice(1)) {
		const name = /generated feed of ([\d,]+)/.exec(site)?.[1]?.replace(/,/g, '') ?? 'sample';
		const index = /index: ([\d,]+) files, ([\d,]+) bytes/.exec(site);
		add(`search.${name}.files`, `Search index (${name}): files`, numberIn(index?.[1]), '');
		add(
			`search.${name}.bytes`,
			`Search index (${name}): size`,
			index ? Math.round((numberIn(index[2]) ?? 0) / 1024) : null,
			'kB',
		);
		for (const query of site.matchAll(/^\s+(fr|en): median query ([\d.]+) ms/gm))
			add(
				`search.${name}.query.${query[1]}`,
				`Search (${name}) median query, ${query[1]}`,
				numberIn(query[2]),
				'ms',
			);
	}
});

await timed('feedback', async () => {
	const output = await runScript('tests/bench/feedback.bench.ts');
	// "SQLite, as fast as it can   812 submissions/s   p50 5 ms   p99 30 ms" (the throughput), and
	// "SQLite, at 500/s offered …" (the latency at the target's load).
	const line =
		/^(SQLite|PostgreSQL)(?:, ([^\n]*?))?\s+(\d+) submissions\/s\s+p50\s+(\d+) ms\s+p99\s+(\d+) ms/gm;
	for (const match of output.matchAll(line)) {
		const [, store = '', mode = '', perSecond, , p99] = match;
		const sqlite = store === 'SQLite';
		const steady = /offered/.test(mode);
		const key = `feedback.${store}.${steady ? 'steady' : 'saturated'}`;
		const name = `Feedback ${store}${mode ? `, ${mode}` : ''}`;
		if (!steady)
			add(
				`${key}.perSecond`,
				`${name}: submissions/s`,
				numberIn(perSecond),
				'/s',
				sqlite ? '≥ 500' : '',
				sqlite ? (v) => v >= 500 : undefined,
			);
		add(
			`${key}.p99`,
			`${name}: p99`,
			numberIn(p99),
			'ms',
			sqlite && steady ? '< 50 ms' : '',
			sqlite && steady ? (v) => v < 50 : undefined,
		);
	}
});

await timed('feed', async () => {
	// Its builds run in copies of the project, each into its own dist/.
	// It writes its figures as JSON once every size is built; none from an earlier run is read.
	const file = join(ROOT, 'reports/bench-feed.json');
	rmSync(file, { force: true });
	await runScript('tests/bench/feed.bench.ts', { BUILD_DIR: '' });
	const rows = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FeedBenchRow[]) : [];
	const seen = new Set<number>();
	for (const row of rows) {
		const size = row.objects;
		seen.add(size);
		const big = size === 10_000;
		const members = size.toLocaleString('en');
		add(
			`feed.${size}.seconds`,
			`Build, ${members} members (${row.pages} pages)`,
			row.cold.seconds,
			's',
			big ? '< 180 s' : '',
			big ? (v) => v < 180 : undefined,
		);
		// CPU time (user + system) of the build: steadier than the wall clock on a busy machine.
		add(`feed.${size}.cpuSeconds`, `Build, ${members} members: CPU time`, row.cold.cpuSeconds, 's');
		add(
			`feed.${size}.peak`,
			`Build, ${members} members: peak memory`,
			row.cold.peakMegabytes,
			'MB',
		);
		// Lists are cut into pages of 24 cards so that every page stays within the HTML budget.
		const list = row.cold.largestList;
		add(
			`feed.${size}.listHtml`,
			`Largest list page, ${members} members: HTML gzipped${list ? ` (${list.path}, ${list.pages} list pages)` : ''}`,
			list ? list.bytes / 1000 : null,
			'kB',
			big ? `≤ ${HTML_BUDGET_BYTES / 1000} kB` : '',
			big ? (v) => v <= HTML_BUDGET_BYTES / 1000 : undefined,
		);
		if (!row.oneChanged) continue;
		add(
			`feed.${size}.rebuild`,
			`Rebuild, ${members} members, 1 changed`,
			row.oneChanged.seconds,
			's',
		);
		add(
			`feed.${size}.speedup`,
			`Rebuild speed-up, ${members} members`,
			row.cold.seconds / row.oneChanged.seconds,
			'×',
			big ? '≥ 3×' : '',
			big ? (v) => v >= 3 : undefined,
		);
	}
	if (seen.size === 0)
		add('feed.unparsed', 'Feed builds: output not recognised (see above)', null, '');
});

await timed('photos', async () => {
	const file = join(ROOT, 'reports/bench-photos.json');
	rmSync(file, { force: true });
	await runScript('tests/bench/feed-photos.bench.ts', { BUILD_DIR: '' });
	const rows = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PhotoBenchRow[]) : [];
	for (const row of rows) {
		const members = row.members.toLocaleString('en');
		const id = `photos.${row.members}`;
		add(`${id}.seconds`, `Build, ${members} members with a photo each`, row.cold.seconds, 's');
		add(
			`${id}.perPhoto`,
			`Build with photos: CPU time per photo (${row.cold.converted} images converted)`,
			row.cold.cpuSeconds / row.members,
			's',
		);
		add(
			`${id}.rebuild`,
			`Rebuild, ${members} members with photos, 1 changed (${row.oneChanged.downloads} downloaded, ${row.oneChanged.converted} converted)`,
			row.oneChanged.seconds,
			's',
		);
		add(
			`${id}.cache`,
			`Caches kept between builds, ${members} photos (downloads + conversions)`,
			row.photoCacheMegabytes + row.imageCacheMegabytes,
			'MB',
		);
	}
	if (rows.length === 0)
		add('photos.unparsed', 'Photo builds: output not recognised (see above)', null, '');
});

writeBenchReport(figures, timings, ONLY.size > 0);
