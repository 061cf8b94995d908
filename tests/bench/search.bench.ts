/**
 * `npm run bench:search` (part of `npm run bench`): the site search's index and its speed in
 * Debian's Chromium, for the sample site (the build in dist/) and for a site built from a
 * generated feed of 10,000 members. Prints, per site: the index's files and bytes (what a host
 * stores), what the first search downloads, and the median time of a query — the first one on a
 * fresh page (Pagefind's script, WebAssembly and index chunks arrive) and the following ones — as
 * the search page runs it: Pagefind's search, then the data of the first page of results.
 * Prints figures; asserts nothing.
 *
 * The 10,000-member site is built like `npm run bench:feed` builds it: a temporary copy of the
 * project (its own node_modules folder of links, so its caches are its own) pointed at the
 * generated feed with FEED_DIR. BENCH_SEARCH_SIZES=0 measures the sample site only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { EXCERPT_LENGTH, RESULTS_PER_PAGE, SEARCH_RANKING } from '../../src/lib/search/ranking.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { ROOT, SITE_DIR } from '../tools/paths.ts';
import { copyProject, generate } from './feed-build.ts';

const SIZES = (process.env['BENCH_SEARCH_SIZES'] ?? '10000')
	.split(',')
	.map(Number)
	.filter((size) => size > 0);
/** Fresh pages per site: each measures one first query. */
const PAGE_LOADS = 7;
/** What visitors type: places, kinds of stay, activities, with and without accents. */
const QUERIES = {
	fr: [
		'Vialas',
		'gite etape',
		'Finiels',
		'châtaignes',
		'randonnée famille',
		'restaurant',
		'Pont-de-Montvert',
		'pélardon',
		'canoe',
		'chambres d’hôtes',
	],
	en: ['hike', 'chestnut', 'Vialas', 'bed and breakfast', 'donkey'],
};

interface IndexSize {
	files: number;
	bytes: number;
}

/** Every file of the index folder; the pages' own files are not counted. */
function indexSize(site: string): IndexSize {
	const folder = join(site, 'pagefind');
	if (!existsSync(folder)) throw new Error(`No search index in ${folder}: build the site first.`);
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((name) => join(folder, name))
		.filter((file) => statSync(file).isFile());
	return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.pagefind': 'application/wasm',
};

/** A plain static server on 127.0.0.1 (uncompressed, as on a local disk; Pagefind's files are compressed already). */
function serve(root: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			resolve({ server, origin: `http://127.0.0.1:${port}` });
		});
	});
}

interface PageRun {
	/** Milliseconds of the first query on a fresh page, then of each following one. */
	first: number;
	next: number[];
	/** Bytes of the index downloaded by the first query. */
	firstBytes: number;
	results: number[];
}

/** One fresh search page: the first query, then every query of the list, timed in the page. */
async function runPage(
	browser: Browser,
	url: string,
	queries: string[],
	firstQuery: string,
): Promise<PageRun> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	// The index's bytes, counted from the network: Pagefind fetches most of them in a worker.
	const sizes: Promise<number>[] = [];
	context.on('requestfinished', (request) => {
		if (new URL(request.url()).pathname.startsWith('/pagefind/'))
			sizes.push(request.sizes().then((size) => size.responseBodySize));
	});
	const options = { ranking: SEARCH_RANKING, excerptLength: EXCERPT_LENGTH, metaCacheTag: 'bench' };
	const first = await page.evaluate(
		async ({ query, options, perPage }) => {
			interface Pagefind {
				options(value: object): Promise<void>;
				init(): Promise<void>;
				mergeIndex(path: string, options: object): Promise<void>;
				search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
			}
			const started = performance.now();
			const bundle = '/pagefind/pagefind.js';
			// As the search page loads it (src/lib/search/pagefind.ts): the index's other parts,
			// if any, merged into the first.
			const [pagefind, { parts }] = await Promise.all([
				import(bundle) as Promise<Pagefind>,
				fetch('/pagefind/parts.json').then(
					(response) => response.json() as Promise<{ parts: string[] }>,
				),
			]);
			await pagefind.options(options);
			await pagefind.init();
			await Promise.all(parts.map((part) => pagefind.mergeIndex(`/pagefind/${part}`, options)));
			const search = await pagefind.search(query);
			await Promise.all(search.results.slice(0, perPage).map((result) => result.data()));
			(window as unknown as { pagefind: Pagefind }).pagefind = pagefind;
			return performance.now() - started;
		},
		{ query: firstQuery, options, perPage: RESULTS_PER_PAGE },
	);
	const firstBytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
	const next = await page.evaluate(
		async ({ queries, perPage }) => {
			const { pagefind } = window as unknown as {
				pagefind: {
					search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
				};
			};
			const runs: { ms: number; results: number }[] = [];
			for (const query of queries) {
				const started = performance.now();
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, perPage).map((result) => result.data()));
				runs.push({ ms: performance.now() - started, results: search.results.length });
			}
			return runs;
		},
		{ queries, perPage: RESULTS_PER_PAGE },
	);
	await context.close();
	return {
		first,
		firstBytes,
		next: next.map((run) => run.ms),
		results: next.map((run) => run.results),
	};
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? NaN)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const kB = (bytes: number) =>
	`${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function measureSite(browser: Browser, name: string, site: string): Promise<void> {
	const size = indexSize(site);
	// Every part of the index (src/lib/search/index-parts.ts): pages counted over all of them.
	const { parts } = JSON.parse(readFileSync(join(site, 'pagefind/parts.json'), 'utf8')) as {
		parts: string[];
	};
	const counts = new Map<string, number>();
	for (const part of ['', ...parts]) {
		const entry = JSON.parse(
			readFileSync(join(site, 'pagefind', part, 'pagefind-entry.json'), 'utf8'),
		) as { languages: Record<string, { page_count: number }> };
		for (const [language, { page_count }] of Object.entries(entry.languages))
			counts.set(language, (counts.get(language) ?? 0) + page_count);
	}
	const pages = [...counts]
		.map(([language, count]) => `${count.toLocaleString('en')} ${language}`)
		.join(' + ');
	console.log(`\n${name}: ${pages} pages indexed, in ${parts.length + 1} part(s)`);
	console.log(
		`  index: ${size.files.toLocaleString('en')} files, ${size.bytes.toLocaleString('en')} bytes (${kB(size.bytes)})`,
	);
	const { server, origin } = await serve(site);
	try {
		for (const [locale, path] of [
			['fr', '/recherche/'],
			['en', '/en/search/'],
		] as const) {
			const queries = QUERIES[locale];
			const runs: PageRun[] = [];
			// One warm-up page, not counted: Chromium's own first start-up costs.
			await runPage(browser, `${origin}${path}`, queries, queries[0] ?? '');
			for (let load = 0; load < PAGE_LOADS; load++)
				runs.push(
					await runPage(browser, `${origin}${path}`, queries, queries[load % queries.length] ?? ''),
				);
			const first = runs.map((run) => run.first);
			const next = runs.flatMap((run) => run.next);
			const results = runs[0]?.results ?? [];
			console.log(
				`  ${locale}: median query ${ms(median(next))} (${ms(Math.min(...next))}–${ms(Math.max(...next))}, ${next.length} queries); ` +
					`first query on a fresh page ${ms(median(first))} (${ms(Math.min(...first))}–${ms(Math.max(...first))}), ` +
					`downloading ${kB(median(runs.map((run) => run.firstBytes)))} of the index`,
			);
			console.log(
				`      results per query: ${queries.map((query, index) => `${query} ${results[index] ?? 0}`).join(', ')}`,
			);
		}
	} finally {
		server.close();
	}
}

function build(copy: string, feed: string): number {
	const result = spawnSync(process.execPath, [join(ROOT, 'tests/bench/astro-build.ts')], {
		cwd: copy,
		env: { ...process.env, FEED_DIR: feed, NO_COLOR: '1' },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const line = result.stdout.trim().split('\n').at(-1) ?? '';
	if (result.status !== 0 || !line.startsWith('{')) {
		throw new Error(
			`astro build failed in ${copy}:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
		);
	}
	return (JSON.parse(line) as { seconds: number }).seconds;
}

console.log(`Search benchmark — Pagefind in Chromium, Node ${process.version}`);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
	await measureSite(browser, `The sample site (${relative(ROOT, SITE_DIR)})`, SITE_DIR);
	for (const size of SIZES) {
		const copy = copyProject();
		const feed = join(copy, '..', `${copy.split('/').at(-1) ?? 'search'}-feed`);
		try {
			generate(size, feed);
			const seconds = build(copy, feed);
			await measureSite(
				browser,
				`A site built from a generated feed of ${size.toLocaleString('en')} members (built in ${seconds.toFixed(0)} s)`,
				join(copy, relative(ROOT, SITE_DIR)),
			);
		} finally {
			rmSync(copy, { recursive: true, force: true });
			rmSync(feed, { recursive: true, force: true });
		}
	}
	console.log(
		`\nA query: Pagefind's search, then the data (title, excerpt, picture) of the first ${RESULTS_PER_PAGE} results. ` +
			`Load average during the run: ${loadavg()
				.map((load) => load.toFixed(1))
				.join(', ')} on ${cpus().length} cores (figures rise with it).`,
	);
} finally {
	await browser.close();
}
