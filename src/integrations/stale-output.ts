/**
 * Keeps the output folder between builds and removes, once the pages are written, every file the
 * build did not write: the pages of members gone from the feed, the scripts of an earlier build.
 *
 * Astro empties the output folder before each build, and its incremental build then copies every
 * unchanged page back from its cache: at 10,000 members, 20,000 pages deleted and copied again,
 * about a fifth of a rebuild. Kept in place, an unchanged page is left as it is. What this build
 * wrote or kept is known: the files written since it started, and the pages Astro lists as this
 * build's (those it left in place keep their old date). Anything else is stale.
 *
 * Runs before the search index, which reads the pages, and the service worker, which lists them.
 */
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Deletes the files under `folder` last written before `since` (milliseconds) and not in `keep`,
 * then the folders left empty, leaving the folders in `leave` as they are. Returns how many files
 * it deleted.
 */
export async function removeStaleFiles(
	folder: string,
	since: number,
	keep: ReadonlySet<string>,
	leave: ReadonlySet<string> = new Set(),
): Promise<number> {
	let removed = 0;
	const visit = async (current: string): Promise<boolean> => {
		let empty = true;
		for (const entry of await readdir(current, { withFileTypes: true })) {
			const path = join(current, entry.name);
			if (leave.has(path)) {
				empty = false;
			} else if (entry.isDirectory()) {
				if (await visit(path)) await rmdir(path);
				else empty = false;
			} else if (!keep.has(path) && (await stat(path)).mtimeMs < since) {
				await rm(path, { force: true });
				removed += 1;
			} else {
				empty = false;
			}
		}
		return empty;
	};
	await visit(folder);
	return removed;
}

export interface StaleOutputOptions {
	/**
	 * Folders of the static site that an integration writes after this one and keeps up to date
	 * itself (the search index, whose unchanged parts stay in place): left as they are.
	 */
	leave?: string[];
}

export function staleOutput({ leave = [] }: StaleOutputOptions = {}): AstroIntegration {
	let outDir = '';
	let started = 0;
	return {
		name: 'stale-output',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				// A file system that keeps whole seconds dates a file written now at the second's start.
				started = Math.floor(Date.now() / 1000) * 1000;
			},
			'astro:build:done': async ({ assets, dir, logger }) => {
				const keep = new Set(
					[...assets.values()].flatMap((files) => files.map((file) => fileURLToPath(file))),
				);
				const left = new Set(leave.map((folder) => join(fileURLToPath(dir), folder)));
				const removed = await removeStaleFiles(outDir, started, keep, left);
				if (removed > 0) logger.info(`${removed} file(s) of earlier builds removed`);
			},
		},
	};
}
