/**
 * The search index of a large site, built in parts: a rebuild indexes again only the part whose
 * pages changed, and the published index still holds every page, the changed one as it is now.
 * Pagefind runs for real, on a small fixture site split into parts of a few pages.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../../src/integrations/search-index';

const root = mkdtempSync(join(tmpdir(), 'search-index-'));
const site = join(root, 'site');
const cacheFolder = join(root, 'cache');
const index = join(site, 'pagefind');
const MEMBERS = 24;
const PAGES_PER_PART = 11;

/** A page as the site writes it: its search metadata beside the marked element, as SearchMeta does. */
const page = (language: string, title: string, text: string) =>
	`<!doctype html><html lang="${language}"><head><title>${title}</title></head><body>` +
	`<header>Menu</header><div hidden><span data-pagefind-filter="kind:page"></span>` +
	`<span data-pagefind-meta="kind:Page ${language}"></span></div>` +
	`<main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

async function writePage(path: string, html: string) {
	await mkdir(join(site, path), { recursive: true });
	await writeFile(join(site, path, 'index.html'), html);
}

async function writeMember(member: number, extra = '') {
	await writePage(
		`hebergements/gite-${member}`,
		page('fr', `Gîte numéro ${member}`, `Un gîte au bord du Tarn. ${extra}`),
	);
	await writePage(
		`en/where-to-stay/gite-${member}`,
		page('en', `Gîte number ${member}`, `A gîte by the Tarn. ${extra}`),
	);
}

interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

/** Every page the published index holds, with its text, read from Pagefind's fragment files. */
function publishedPages(): Map<string, string> {
	return new Map([...publishedFragments()].map(([url, fragment]) => [url, fragment.content]));
}

/** Every page the published index holds, as Pagefind's fragment files give it. */
function publishedFragments(): Map<string, Fragment> {
	const pages = new Map<string, Fragment>();
	const parts = (JSON.parse(readFileSync(join(index, 'parts.json'), 'utf8')) as { parts: string[] })
		.parts;
	for (const part of ['', ...parts]) {
		const fragments = join(index, part, 'fragment');
		for (const file of readdirSync(fragments)) {
			const data = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
			const fragment = JSON.parse(data.slice(data.indexOf('{'))) as Fragment;
			pages.set(fragment.url, fragment);
		}
	}
	return pages;
}

/** Each part's files' inodes: a part taken from the cache is the same files as before. */
function inodes(folder: string): Map<string, number> {
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	return new Map(
		files
			.filter((file) => file !== 'parts.json' && statSync(join(folder, file)).isFile())
			.map((file) => [file, statSync(join(folder, file)).ino]),
	);
}

const build = () => writeSearchIndex({ site, cacheFolder, pagesPerPart: PAGES_PER_PART });

describe('the search index of a large site', { timeout: 60_000 }, () => {
	beforeAll(async () => {
		for (let member = 0; member < MEMBERS; member++) await writeMember(member);
		await writePage('', page('fr', 'Accueil', 'Bienvenue en Cévennes.'));
		await writePage('en', page('en', 'Home', 'Welcome to the Cévennes.'));
		// A list page, not marked for the index.
		await writePage('hebergements', '<!doctype html><html lang="fr"><body>Liste</body></html>');
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('is split into parts, every page in one of them, the list page in none', async () => {
		const summary = await build();
		expect(summary.parts).toBe(5);
		expect(summary.indexed).toBe(5);
		expect(summary.languages).toEqual({ fr: MEMBERS + 1, en: MEMBERS + 1 });
		expect(summary.read).toBe(2 * MEMBERS + 3);
		const parts = JSON.parse(readFileSync(join(index, 'parts.json'), 'utf8')) as {
			parts: string[];
		};
		expect(parts.parts).toEqual(['part-1/', 'part-2/', 'part-3/', 'part-4/']);
		const pages = publishedPages();
		expect(pages.size).toBe(2 * MEMBERS + 2);
		expect(pages.has('/hebergements/')).toBe(false);
		expect(pages.get('/en/where-to-stay/gite-7/')).toContain('A gîte by the Tarn.');
		// Pagefind is handed only what it indexes, the filters and metadata beside the marked
		// element included.
		const home = publishedFragments().get('/en/');
		expect(home?.filters).toEqual({ kind: ['page'] });
		expect(home?.meta).toMatchObject({ kind: 'Page en', title: 'Home' });
		expect(home?.content).not.toContain('Menu');
		// Only the first part carries Pagefind's script and WebAssembly; no part its ready-made UI.
		expect(readdirSync(index)).toContain('pagefind.js');
		expect(readdirSync(index)).not.toContain('pagefind-ui.js');
		expect(readdirSync(join(index, 'part-1'))).not.toContain('pagefind.js');
		expect(readdirSync(join(index, 'part-1')).some((file) => file.startsWith('wasm.'))).toBe(false);
	});

	it('indexes nothing again when no page changed, and publishes the same files', async () => {
		const before = inodes(index);
		const summary = await build();
		expect(summary.indexed).toBe(0);
		// Pages whose date and size did not change are not even read.
		expect(summary.read).toBe(0);
		expect(inodes(index)).toEqual(before);
	});

	it('indexes again only the part of a changed member, which the index then shows as it is', async () => {
		const before = inodes(index);
		await writeMember(7, 'Nouveau : une piscine. New: a swimming pool.');
		const summary = await build();
		expect(summary.read).toBe(2);
		expect(summary.indexed).toBe(1);
		const pages = publishedPages();
		expect(pages.get('/hebergements/gite-7/')).toContain('Nouveau : une piscine.');
		expect(pages.get('/en/where-to-stay/gite-7/')).toContain('New: a swimming pool.');
		expect(pages.size).toBe(2 * MEMBERS + 2);
		const after = inodes(index);
		const kept = [...after].filter(([file, inode]) => before.get(file) === inode).length;
		// Four parts of five come from the cache as they were.
		expect(kept).toBeGreaterThan(after.size / 2);
		expect(kept).toBeLessThan(after.size);
	});

	it('publishes every part again from the cache into an emptied output folder', async () => {
		await rm(index, { recursive: true });
		const summary = await build();
		expect(summary.indexed).toBe(0);
		expect(publishedPages().size).toBe(2 * MEMBERS + 2);
	});

	it('leaves a removed member out of the index, and keeps the cache to the last build', async () => {
		await rm(join(site, 'hebergements/gite-3'), { recursive: true });
		await rm(join(site, 'en/where-to-stay/gite-3'), { recursive: true });
		const summary = await build();
		expect(summary.indexed).toBe(1);
		const pages = publishedPages();
		expect(pages.has('/hebergements/gite-3/')).toBe(false);
		expect(pages.size).toBe(2 * MEMBERS);
		// The cache holds this build's parts, what it found in each page and what it published,
		// nothing older.
		const records = ['pages.json', 'published.json'];
		expect(readdirSync(cacheFolder).filter((file) => !records.includes(file))).toHaveLength(
			summary.parts,
		);
	});
});
