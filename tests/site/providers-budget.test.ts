/**
 * Byte budget of the provider lists: all the JavaScript a list page loads — the filter
 * island, Preact, Astro's island loader in the page — is at most 15 kB gzipped. Modules imported
 * only on demand (`import()`: Preact signals, which the island does not use) are not loaded and
 * not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales';
import { pathTo } from '../../src/lib/i18n/routes';
import { DIST, fileForPath } from '../tools/built-site';
import { JS_MENU_ALLOWANCE } from '../tools/templates';

const BUDGET_JS_GZIP = 15_000;

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** JavaScript files a module imports statically (`import … from`, `export … from`, `import "…"`). */
function staticImports(file: string): string[] {
	const code = readFileSync(join(DIST, file), 'utf8');
	return [
		...code.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.js)["']/g),
	].map((match) => {
		const name = match[1] ?? '';
		return name.startsWith('.') ? normalize(join(dirname(file), name)) : name.replace(/^\//, '');
	});
}

/** Every script of a page: inline ones, and files followed through their imports, with sizes. */
function pageScripts(path: string): { name: string; bytes: number }[] {
	const file = fileForPath(path);
	if (!file) throw new Error(`${path} is not built`);
	const root = parse(readFileSync(join(DIST, file), 'utf8'));
	const inline = root
		.querySelectorAll('script:not([src])')
		.filter((script) => script.getAttribute('type') !== 'application/ld+json')
		.map((script, index) => ({ name: `inline script ${index + 1}`, bytes: gzipped(script.text) }));
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
		expect(existsSync(join(DIST, next)), `${next} exists`).toBe(true);
		seen.add(next);
		pending.push(...staticImports(next));
	}
	return [
		...inline,
		...[...seen].sort().map((name) => ({ name, bytes: gzipped(readFileSync(join(DIST, name))) })),
	];
}

describe('provider list budget', () => {
	for (const locale of LOCALES) {
		for (const path of [
			pathTo({ route: 'stay' }, locale),
			pathTo({ route: 'stayFilter', id: 'type-rental' }, locale),
		]) {
			it(`${path}: its JavaScript, the filter island and Preact included, is at most ${BUDGET_JS_GZIP / 1000} kB gzipped`, () => {
				const scripts = pageScripts(path);
				const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
				const detail = scripts.map((script) => `  ${script.name}: ${script.bytes} B`).join('\n');
				console.log(`${path} JavaScript: ${total} B gzipped\n${detail}`);
				expect(
					scripts.some((script) => /FacetFilters/.test(script.name)),
					'the filter island is found',
				).toBe(true);
				// The header's menu script, on every page, has its own 1 kB allowance.
				const menu = scripts.find((script) => /Header\.astro_astro_type_script/.test(script.name));
				expect(menu?.bytes ?? 0, 'the header menu script').toBeLessThanOrEqual(JS_MENU_ALLOWANCE);
				expect(
					total - (menu?.bytes ?? 0),
					`${path}: ${total} B gzipped\n${detail}`,
				).toBeLessThanOrEqual(BUDGET_JS_GZIP);
			});
		}
	}
});
