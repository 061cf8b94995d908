/**
 * What the feed benchmarks share: a copy of the project with caches of its own, a feed generated
 * at a size, one `astro build` measured (tests/bench/astro-build.ts), one member edited as the
 * database would.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { largestListPage, type ListPageFigure } from '../tools/list-pages.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const COPIED = [
	'src',
	'content',
	'public',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
];

export interface BuildFigures {
	/** Wall-clock time. */
	seconds: number;
	/** CPU time of the build process (user + system): steadier than wall time on a shared machine. */
	cpuSeconds: number;
	peakMegabytes: number;
	pages: number;
	/** Of the wall-clock time, the site search index (Pagefind, src/integrations/search-index.ts). */
	searchIndexSeconds: number;
	/** The largest provider list page (tests/tools/list-pages.ts). */
	largestList?: ListPageFigure | undefined;
}

/** A copy of the project with its own node_modules folder of links, so its caches are its own. */
export function copyProject(): string {
	const copy = mkdtempSync(join(tmpdir(), 'feed-bench-'));
	for (const entry of COPIED) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
	rmSync(join(copy, 'content/feed'), { recursive: true, force: true });
	mkdirSync(join(copy, 'node_modules'));
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite') continue;
		symlinkSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry));
	}
	return copy;
}

function countPages(folder: string): number {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	).length;
}

/** The figures of a finished build, from its output; throws with Astro's log when it failed. */
function figuresOf(
	copy: string,
	status: number | null,
	stdout: string,
	stderr: string,
): { figures: BuildFigures; log: string } {
	const line = stdout.trim().split('\n').at(-1) ?? '';
	if (status !== 0 || !line.startsWith('{')) {
		throw new Error(
			`astro build failed in ${copy}:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
		);
	}
	const indexing = /\[search-index\] indexed .* in ([\d.]+) s/.exec(stdout);
	return {
		figures: {
			...(JSON.parse(line) as Omit<BuildFigures, 'pages' | 'searchIndexSeconds'>),
			pages: countPages(join(copy, 'dist')),
			searchIndexSeconds: indexing ? Number(indexing[1]) : 0,
			largestList: largestListPage(join(copy, 'dist/client')),
		},
		log: stdout,
	};
}

const buildEnv = (feed: string, env: Record<string, string>) => ({
	...process.env,
	FEED_DIR: feed,
	NO_COLOR: '1',
	...env,
});

/** One `astro build` of the copy from the feed, measured, with Astro's log. */
export function buildLogged(
	copy: string,
	feed: string,
	env: Record<string, string> = {},
): { figures: BuildFigures; log: string } {
	const result = spawnSync(process.execPath, [join(ROOT, 'tests/bench/astro-build.ts')], {
		cwd: copy,
		env: buildEnv(feed, env),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return figuresOf(copy, result.status, result.stdout, result.stderr);
}

/**
 * The same without blocking this process: for a bench that serves the build something (photos)
 * from its own event loop while the build runs.
 */
export function buildLoggedAsync(
	copy: string,
	feed: string,
	env: Record<string, string> = {},
): Promise<{ figures: BuildFigures; log: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(ROOT, 'tests/bench/astro-build.ts')], {
			cwd: copy,
			env: buildEnv(feed, env),
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (status) => {
			try {
				resolve(figuresOf(copy, status, stdout, stderr));
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		});
	});
}

/** One `astro build` of the copy from the feed, measured. */
export const build = (copy: string, feed: string, env: Record<string, string> = {}) =>
	buildLogged(copy, feed, env).figures;

/**
 * A feed of `count` objects: the sample feed (other content, such as the experiences, links to its
 * members) and generated ones for the rest.
 */
export function generate(count: number, folder: string): void {
	const sample = readdirSync(join(ROOT, 'content/feed/sample')).filter((file) =>
		file.endsWith('.json'),
	);
	const result = spawnSync(
		process.execPath,
		[
			'--import',
			'./scripts/feed/resolve-ts.ts',
			'scripts/feed/generate-feed.ts',
			'--count',
			String(Math.max(1, count - sample.length)),
			'--out',
			folder,
		],
		{ cwd: ROOT, encoding: 'utf8' },
	);
	if (result.status !== 0) throw new Error(`feed generation failed:\n${result.stderr}`);
	for (const file of sample)
		cpSync(join(ROOT, 'content/feed/sample', file), join(folder, `sample-${file}`));
}

/**
 * Edits one object of the feed (the `index`-th file) as the database would after a provider
 * updates its listing: its short description, shown on its page, its cards in the lists and on
 * its neighbours' pages.
 */
export function changeOneObject(feed: string, index: number): void {
	const file = join(feed, readdirSync(feed).sort()[index] ?? '');
	type Text = { fr: string[]; en: string[] };
	const object = JSON.parse(readFileSync(file, 'utf8')) as {
		'rdfs:comment': Text;
		hasDescription: { shortDescription: Text }[];
	};
	for (const text of [object['rdfs:comment'], object.hasDescription[0]?.shortDescription]) {
		if (!text) throw new Error(`${file} has no short description`);
		text.fr = [`${text.fr[0] ?? ''} Nouveau : petit-déjeuner bio.`];
		text.en = [`${text.en[0] ?? ''} New: organic breakfast.`];
	}
	writeFileSync(file, JSON.stringify(object));
}
