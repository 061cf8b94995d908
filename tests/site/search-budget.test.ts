/**
 * The site search's weight: the header's search field is a plain form on every page,
 * with no script; only the search page loads the search island, and its JavaScript (the island,
 * Preact, Astro's island loader) is at most 15 kB gzipped. Pagefind's own script and index load
 * later, once the page searches (their size: `npm run bench:search`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales';
import { pathTo } from '../../src/lib/i18n/routes';
import { builtPages, DIST, fileForPath } from '../tools/built-site';

import { JS_MENU_ALLOWANCE } from '../tools/templates';
const BUDGET_JS_GZIP = 15_000;
const SEARCH_PATHS = new Set<string>(LOCALES.map((locale) => pathTo({ route: 'search' }, locale)));

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** JavaScript files a module imports statically; `import()` loads later and is not followed. */
function staticImports(file: string): string[] {
	const code = readFileSync(join(DIST, file), 'utf8');
	return [
		...code.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.js)["']/g),
	].map((match) => {
		const name = match[1] ?? '';
		return name.startsWith('.') ? normalize(join(dirname(file), name)) : name.replace(/^\//, '');
	});
}

/** The script files a page loads, followed through their static imports. */
function scriptFiles(html: string): string[] {
	const root = parse(html);
	const pending = [
		...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? ''),
		...root
			.querySelectorAll('astro-island')
			.flatMap((island) => [
				island.getAttribute('component-url') ?? '',
				island.getAttribute('renderer-url') ?? '',
			]),
	]
		.filter(Boolean)
		.map((src) => src.replace(/^\//, ''));
	const seen = new Set<string>();
	while (pending.length > 0) {
		const next = pending.pop() ?? '';
		if (seen.has(next)) continue;
		seen.add(next);
		pending.push(...staticImports(next));
	}
	return [...seen].sort();
}

describe('search budget', () => {
	const pages = builtPages().filter((page) => page.file.endsWith('index.html'));

	it('every other page has the header’s search field: a plain GET form sending `q` to the search page, and no search script', () => {
		const faults = pages
			.filter((page) => !SEARCH_PATHS.has(page.path))
			.flatMap(({ file, path }) => {
				const html = readFileSync(join(DIST, file), 'utf8');
				const form = parse(html).querySelector('header form[role="search"]');
				const locale = path.startsWith('/en/') ? 'en' : 'fr';
				const problems = [
					form?.getAttribute('method') !== 'get' && 'no GET search form in the header',
					form && form.getAttribute('action') !== pathTo({ route: 'search' }, locale)
						? `the form goes to ${form.getAttribute('action')}`
						: false,
					form && !form.querySelector('input[name="q"]') && 'no field named q',
					scriptFiles(html).some((script) => /SiteSearch|pagefind/i.test(script)) &&
						'loads the search script',
					/\/pagefind\//.test(html) && 'names the search index',
				].filter((problem): problem is string => typeof problem === 'string');
				return problems.map((problem) => `${path}: ${problem}`);
			});
		expect(pages.length).toBeGreaterThan(100);
		expect(faults).toEqual([]);
	});

	for (const path of SEARCH_PATHS) {
		it(`${path}: its JavaScript, the search island and Preact included, is at most ${BUDGET_JS_GZIP / 1000} kB gzipped`, () => {
			const file = fileForPath(path);
			if (!file) throw new Error(`${path} is not built`);
			const html = readFileSync(join(DIST, file), 'utf8');
			const inline = parse(html)
				.querySelectorAll('script:not([src])')
				.filter((script) => script.getAttribute('type') !== 'application/ld+json')
				.map((script) => gzipped(script.text));
			const files = scriptFiles(html);
			expect(
				files.some((name) => /SiteSearch/.test(name)),
				'the search island is found',
			).toBe(true);
			const sizes = files.map((name) => ({
				name,
				bytes: gzipped(readFileSync(join(DIST, name))),
			}));
			// The header's menu script, on every page, has its own 1 kB allowance.
			const menu = sizes.find((size) => /Header\.astro_astro_type_script/.test(size.name));
			expect(menu?.bytes ?? 0, 'the header menu script').toBeLessThanOrEqual(JS_MENU_ALLOWANCE);
			const total =
				[...inline, ...sizes.map((size) => size.bytes)].reduce((a, b) => a + b, 0) -
				(menu?.bytes ?? 0);
			const detail = sizes.map((size) => `  ${size.name}: ${size.bytes} B`).join('\n');
			console.log(`${path} JavaScript: ${total} B gzipped, besides the menu\n${detail}`);
			expect(total, `${path}: ${total} B gzipped\n${detail}`).toBeLessThanOrEqual(BUDGET_JS_GZIP);
		});
	}
});
