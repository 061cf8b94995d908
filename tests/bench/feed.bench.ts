/**
 * `npm run bench:feed` (part of `npm run bench`): build times of the site from generated
 * DATAtourisme feeds of 1,000, 5,000 and 10,000 objects (every page in French and English), the
 * peak memory of each build, and the time of a rebuild with nothing changed and with one object
 * changed, against the cold build. Targets: 10,000 objects in under 3 minutes on this
 * 2-core machine; a rebuild with one changed object at least 3 times faster than a cold build.
 * With each cold build, the largest provider list page's HTML, gzipped (target at 10,000 objects:
 * 60 kB, the HTML budget: lists are cut into pages of 24 cards). Prints figures; asserts nothing.
 *
 * Each size builds in a temporary copy of the project (its own node_modules/.astro cache, the
 * packages linked from the project's) pointed at the generated feed with FEED_DIR.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	build,
	changeOneObject,
	copyProject,
	generate,
	ROOT,
	type BuildFigures,
} from './feed-build.ts';

const SIZES = (process.env['BENCH_FEED_SIZES'] ?? '1000,5000,10000').split(',').map(Number);
/**
 * The sizes whose rebuilds are measured too (the target is the largest's): three more builds each,
 * which would take the bench past its 15 minutes at every size.
 */
const REBUILD_SIZES = (process.env['BENCH_FEED_REBUILDS'] ?? String(Math.max(...SIZES)))
	.split(',')
	.map(Number);
/** Where the figures are written as JSON, for `npm run bench`'s report and for comparing runs. */
const FEED_BENCH_JSON = join(ROOT, 'reports/bench-feed.json');
/** One size's figures; the rebuilds only for the sizes in REBUILD_SIZES. */
export interface FeedBenchRow {
	objects: number;
	pages: number;
	cold: BuildFigures;
	unchanged?: BuildFigures;
	oneChanged?: BuildFigures;
	freshOutput?: BuildFigures;
	/** The loader's report of the last rebuild: entries loaded, not processed again, skipped. */
	feedReport?: { loaded: number; unchanged: number; skipped: number };
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const rows: string[] = [];
const results: FeedBenchRow[] = [];
console.log(`Feed build benchmark — ${SIZES.join(', ')} objects, Node ${process.version}\n`);
for (const size of SIZES) {
	const copy = copyProject();
	const feed = join(copy, '..', `${copy.split('/').at(-1) ?? 'feed'}-feed`);
	try {
		generate(size, feed);
		const cold = build(copy, feed);
		const row: FeedBenchRow = { objects: size, pages: cold.pages, cold };
		if (REBUILD_SIZES.includes(size)) {
			row.unchanged = build(copy, feed);
			changeOneObject(feed, 0);
			row.oneChanged = build(copy, feed);
			// A deploy rebuilds in a fresh checkout with the build cache restored: no previous
			// output in place, so Astro copies every unchanged page back from its cache and the
			// search index publishes every part from its own.
			changeOneObject(feed, 1);
			rmSync(join(copy, 'dist'), { recursive: true, force: true });
			row.freshOutput = build(copy, feed);
			const feedReport = (
				JSON.parse(readFileSync(join(copy, 'reports/feed-report.json'), 'utf8')) as {
					sources: Record<string, NonNullable<FeedBenchRow['feedReport']>>;
				}
			).sources['datatourisme-providers'];
			if (feedReport) row.feedReport = feedReport;
		}
		results.push(row);
		const time = (figures?: BuildFigures) =>
			figures
				? `${seconds(figures.seconds)} (${seconds(figures.cpuSeconds)}) [${seconds(figures.searchIndexSeconds)}]`
				: '—';
		const withoutIndex = (figures: BuildFigures) => figures.seconds - figures.searchIndexSeconds;
		const ratio = (rebuild?: BuildFigures) =>
			rebuild
				? `${(cold.seconds / rebuild.seconds).toFixed(1)}× [${(withoutIndex(cold) / withoutIndex(rebuild)).toFixed(1)}×]`
				: '—';
		const report = row.feedReport;
		rows.push(
			[
				String(size).padStart(7),
				String(cold.pages).padStart(6),
				time(cold).padStart(24),
				`${Math.round(cold.peakMegabytes)} MB`.padStart(8),
				time(row.unchanged).padStart(24),
				time(row.oneChanged).padStart(24),
				ratio(row.oneChanged).padStart(12),
				time(row.freshOutput).padStart(24),
				ratio(row.freshOutput).padStart(12),
				(report ? `${report.loaded}/${report.unchanged}/${report.skipped}` : '—').padStart(14),
				(cold.largestList ? `${(cold.largestList.bytes / 1000).toFixed(1)} kB` : '—').padStart(10),
			].join('  '),
		);
		console.log(rows.at(-1));
	} finally {
		rmSync(copy, { recursive: true, force: true });
		rmSync(feed, { recursive: true, force: true });
	}
}
const HEADINGS = [
	'objects',
	' pages',
	'      cold (CPU) [index]',
	'    peak',
	' unchanged (CPU) [index]',
	' 1 changed (CPU) [index]',
	'     speedup',
	' fresh out (CPU) [index]',
	'     speedup',
	'loaded/unch/sk',
	'list page',
];
console.log(`\n${HEADINGS.join('  ')}\n${rows.join('\n')}`);
mkdirSync(join(ROOT, 'reports'), { recursive: true });
writeFileSync(FEED_BENCH_JSON, JSON.stringify(results, null, '\t'));
console.log(`
Times in seconds: wall clock, then the build process's CPU time (user + system) in brackets,
then [the part of the wall clock time spent on the site search index (Pagefind), which indexes
again only the parts of the index whose pages changed]. speedup: wall clock, then [wall clock
without the search index]. cold: first build, no cache. unchanged, 1 changed: rebuilds in place
(unchanged pages and parts of the index stay in the output folder). fresh out: after one more
change, a rebuild into an empty output folder with the caches kept, as a deploy from a fresh
checkout does. speedup: cold ÷ that rebuild.
peak: the build process's peak resident memory.
loaded/unch/sk: entries loaded, of which not processed again, and objects skipped, last rebuild.
list page: the largest provider list page's HTML, gzipped (target at 10,000 objects: ≤ 60 kB).
Rebuilds are measured at ${REBUILD_SIZES.join(', ')} objects (BENCH_FEED_REBUILDS); — where not.
Figures as JSON: reports/bench-feed.json`);
