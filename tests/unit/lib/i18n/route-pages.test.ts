/**
 * The router (src/lib/i18n/route-pages.ts, src/integrations/routes.ts): every address of the
 * table is served in both languages, by an entrypoint that exists, and each entrypoint can tell
 * its route and language from the pattern it serves.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { injectedRoutes } from '../../../../src/integrations/routes';
import { LOCALES } from '../../../../src/lib/i18n/locales';
import {
	ON_DEMAND_ROUTES,
	pageAt,
	ROUTE_PAGES,
	routePattern,
} from '../../../../src/lib/i18n/route-pages';
import { PAGED_ROUTES, pathTo, ROUTES, type RouteName } from '../../../../src/lib/i18n/routes';
import { CATEGORY_ROUTES, categoryOfList } from '../../../../src/lib/providers/routes';
import type { ProviderCategory } from '../../../../src/lib/datatourisme/vocabulary';

const routes = injectedRoutes();

/** Astro's reading of a pattern: `[name]` is one segment (or part of one), `/[...name]` any rest. */
const matcherOf = (pattern: string) =>
	new RegExp(
		`^${pattern
			.split(/(\/\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
			.map((part) =>
				part.startsWith('/[...')
					? '(?:/.*)?'
					: part.startsWith('[')
						? '[^/]+'
						: part.replace(/[.*+?^${}()|\\]/g, '\\$&'),
			)
			.join('')}$`,
	);

/** The file Astro writes for an address: `/404.html` is its page `/404`; no trailing slash. */
const patternPath = (path: string) =>
	path === '/' ? path : path.replace(/\.html$/, '').replace(/\/$/, '');

describe('the injected routes', () => {
	it('serve every address of the table, in both languages, pages 2 and after too', () => {
		const matchers = routes.map((route) => matcherOf(route.pattern));
		for (const route of Object.keys(ROUTES) as RouteName[])
			for (const locale of LOCALES) {
				const pages = PAGED_ROUTES.includes(route) ? [1, 2] : [1];
				for (const page of pages) {
					const path = patternPath(pathTo({ route, id: 'some-entry', page }, locale));
					expect(
						matchers.some((matcher) => matcher.test(path)),
						`${route} (${locale}): ${path}`,
					).toBe(true);
				}
			}
	});

	it('come from entrypoints that exist, each injected once per distinct address', () => {
		const patterns = routes.map((route) => route.pattern);
		expect(new Set(patterns).size).toBe(patterns.length);
		for (const route of routes)
			expect(existsSync(fileURLToPath(route.entrypoint)), String(route.entrypoint)).toBe(true);
	});

	it('leave no entrypoint of src/routes/ unused', () => {
		const folder = fileURLToPath(new URL('../../../../src/routes/', import.meta.url));
		const files = readdirSync(folder, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => `${entry.parentPath}/${entry.name}`.slice(folder.length).replace(/^\//, ''));
		const used = new Set(ROUTE_PAGES.map((page) => page.entrypoint));
		expect(files.filter((file) => !used.has(file))).toEqual([]);
	});

	it('render on demand exactly the on-demand routes (the forms, their endpoints, /staff/)', () => {
		for (const page of ROUTE_PAGES)
			for (const locale of LOCALES) {
				const injected = routes.find((route) => route.pattern === routePattern(page, locale));
				expect(injected?.prerender, page.route).toBe(!ON_DEMAND_ROUTES.includes(page.route));
			}
		expect(ON_DEMAND_ROUTES).toEqual(
			expect.arrayContaining(['suggestion', 'feedbackApi', 'staff']),
		);
		expect(ON_DEMAND_ROUTES).not.toContain('contact');
	});

	it('keep Astro’s own patterns: the 404 pages, the root, no trailing slash', () => {
		const patterns = routes.map((route) => route.pattern);
		expect(patterns).toEqual(
			expect.arrayContaining(['/', '/en', '/404', '/en/404', '/en/where-to-stay/[...path]']),
		);
		expect(patterns).toContain('/bureaux/[office]');
		expect(patterns).toContain('/randonnees/[id].track.geojson');
		expect(patterns.filter((pattern) => pattern !== '/' && pattern.endsWith('/'))).toEqual([]);
	});
});

describe('pageAt', () => {
	it('tells an entrypoint its route and language from the pattern it serves', () => {
		expect(pageAt('/en/where-to-stay/[...path]')).toMatchObject({ route: 'stay', locale: 'en' });
		expect(pageAt('/hebergements/index.json')).toMatchObject({ route: 'stay', locale: 'fr' });
		expect(pageAt('/en/about-us/quality-commitments')).toMatchObject({
			route: 'quality',
			locale: 'en',
		});
		expect(pageAt('/contact/reclamation')).toMatchObject({ route: 'complaint', locale: 'fr' });
		expect(pageAt('/en')).toMatchObject({ route: 'home', locale: 'en' });
	});

	it('finds every injected pattern, and refuses one of no route', () => {
		for (const route of routes) expect(pageAt(route.pattern).page.entrypoint).toBeTruthy();
		expect(() => pageAt('/nowhere')).toThrow(/No route .* "\/nowhere"/);
	});
});

describe('the provider categories', () => {
	it('name their list, facet and entry routes after the list, and are found from it', () => {
		for (const [category, { list, filter, entry }] of Object.entries(CATEGORY_ROUTES)) {
			expect(ROUTES[filter].fr).toBe(`${ROUTES[list].fr}filtre/{id}/`);
			expect(ROUTES[entry].en).toBe(`${ROUTES[list].en}{id}/`);
			expect(categoryOfList(list)).toBe(category as ProviderCategory);
		}
		expect(() => categoryOfList('hikes')).toThrow(/no provider category/);
	});
});
