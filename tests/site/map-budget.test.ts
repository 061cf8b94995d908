/**
 * Byte budgets of the map: everything the map page can load as JavaScript — the loader
 * in the page, then Leaflet, clustering and the map code that it imports once the map is on
 * screen — is at most 60 kB gzipped. Each layer's GeoJSON is a file of its own, not inlined.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales';
import { pathTo } from '../../src/lib/i18n/routes';
import { DIST, fileForPath } from '../tools/built-site';
import { isServiceWorkerRegistration } from '../tools/service-worker';

const BUDGET_JS_GZIP = 60_000;

/** JavaScript files a module names: static imports, dynamic imports and Vite's preload lists. */
function referencedScripts(file: string): string[] {
	const code = readFileSync(join(DIST, file), 'utf8');
	const names = [...code.matchAll(/["'`]((?:\.{1,2}\/|\/?_astro\/)[^"'`]+?\.js)["'`]/g)].map(
		(match) => match[1] ?? '',
	);
	return names.map((name) =>
		name.startsWith('.') ? normalize(join(dirname(file), name)) : name.replace(/^\//, ''),
	);
}

/** Every script a page loads, or can load, followed through its imports. */
function scriptsOfPage(pagePath: string): string[] {
	const file = fileForPath(pagePath);
	if (!file) throw new Error(`${pagePath} is not built`);
	const root = parse(readFileSync(join(DIST, file), 'utf8'));
	const pending = root
		.querySelectorAll('script[src]')
		.map((script) => relative(DIST, join(DIST, script.getAttribute('src') ?? '')));
	const inline = root
		.querySelectorAll('script:not([src])')
		.filter((script) => script.getAttribute('type') !== 'application/ld+json')
		.filter((script) => !isServiceWorkerRegistration(script.text));
	expect(
		inline.map((script) => script.outerHTML.slice(0, 80)),
		'no inline script but the service worker’s registration',
	).toEqual([]);
	const seen = new Set<string>();
	while (pending.length) {
		const next = pending.pop() ?? '';
		if (seen.has(next)) continue;
		expect(existsSync(join(DIST, next)), `${next} exists`).toBe(true);
		seen.add(next);
		pending.push(...referencedScripts(next));
	}
	return [...seen].sort();
}

describe('map budgets', () => {
	for (const locale of LOCALES) {
		const page = pathTo({ route: 'map' }, locale);

		it(`${page}: all its JavaScript, Leaflet and clustering included, is at most ${BUDGET_JS_GZIP / 1000} kB gzipped`, () => {
			const scripts = scriptsOfPage(page);
			const sizes = scripts.map((script) => ({
				script,
				gzipped: gzipSync(readFileSync(join(DIST, script)), { level: 9 }).length,
			}));
			const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
			const detail = sizes.map(({ script, gzipped }) => `  ${script}: ${gzipped} B`).join('\n');
			console.log(`${page} JavaScript: ${total} B gzipped\n${detail}`);
			expect(
				scripts.some((script) => /runtime/.test(script)),
				'the map runtime is found',
			).toBe(true);
			expect(total, `${page}: ${total} B gzipped\n${detail}`).toBeLessThanOrEqual(BUDGET_JS_GZIP);
		});

		it(`${page}: its layers come from GeoJSON files, not from the HTML`, () => {
			const html = readFileSync(join(DIST, fileForPath(page) ?? ''), 'utf8');
			const config = JSON.parse(
				parse(html).querySelector('place-map')?.getAttribute('data-config') ?? '{}',
			) as { layers?: { url: string }[] };
			expect(config.layers?.length).toBeGreaterThan(0);
			for (const { url } of config.layers ?? []) {
				const file = fileForPath(url);
				expect(file, `${url} is built`).toBeDefined();
				const collection = JSON.parse(readFileSync(join(DIST, file ?? ''), 'utf8')) as {
					type: string;
					features: unknown[];
				};
				expect(collection.type).toBe('FeatureCollection');
				expect(html).not.toContain('"FeatureCollection"');
				const gzipped = gzipSync(readFileSync(join(DIST, file ?? ''))).length;
				console.log(`${url}: ${collection.features.length} places, ${gzipped} B gzipped`);
			}
		});
	}
});
