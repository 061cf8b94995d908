/**
 * A copy of the project for the tests that build it (tests/builds/, ./photo-site.ts): its sources
 * and content copied, so that a test can change them, and its packages linked one by one, so that
 * the copy has its own Astro cache (node_modules/.astro, .vite) and never reads or spoils the
 * project's.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/** What a build reads from the project. */
const PROJECT_FILES = [
	'src',
	'content',
	'public',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];
/** The caches a copy must not share. */
const OWN_CACHES = new Set(['.astro', '.vite']);

export interface CopyOptions {
	/**
	 * Links node_modules whole, the project's Astro cache with it: for the tests that only run
	 * `astro sync` on content made invalid, which then starts warm, and whose
	 * failing sync writes nothing to the cache.
	 */
	sharedCache?: boolean;
}

/** Copies the project into `folder` (made when missing). */
export function copyProjectInto(folder: string, options: CopyOptions = {}): void {
	for (const entry of PROJECT_FILES)
		cpSync(join(ROOT, entry), join(folder, entry), { recursive: true });
	if (options.sharedCache) {
		symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
		return;
	}
	mkdirSync(join(folder, 'node_modules'), { recursive: true });
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (OWN_CACHES.has(name) || name.startsWith('.astro')) continue;
		symlinkSync(join(ROOT, 'node_modules', name), join(folder, 'node_modules', name));
	}
}

/** A new copy of the project in a temporary folder named after `what`; the caller removes it. */
export function copyProject(what: string, options: CopyOptions = {}): string {
	const folder = mkdtempSync(join(tmpdir(), `cevennes-${what}-`));
	copyProjectInto(folder, options);
	return folder;
}
