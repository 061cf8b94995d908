/**
 * The router: injects every route of the table (src/lib/i18n/routes.ts, ROUTE_PAGES) under its
 * path in each language, served by its entrypoint in src/routes/. A path the same in both
 * languages (the staff back office, the forms' health check) is injected once. src/pages/ keeps only
 * what has no place in the table (robots.txt).
 */
import type { AstroIntegration, InjectedRoute } from 'astro';
import { LOCALES } from '../lib/i18n/locales.ts';
import { ROUTE_PAGES, routePattern } from '../lib/i18n/route-pages.ts';

/** The routes to inject, one per distinct pattern. */
export function injectedRoutes(): InjectedRoute[] {
	const routes = new Map<string, InjectedRoute>();
	for (const page of ROUTE_PAGES)
		for (const locale of LOCALES) {
			const pattern = routePattern(page, locale);
			if (routes.has(pattern)) continue;
			routes.set(pattern, {
				pattern,
				entrypoint: new URL(`../routes/${page.entrypoint}`, import.meta.url),
				prerender: !page.onDemand,
			});
		}
	return [...routes.values()];
}

export function routes(): AstroIntegration {
	return {
		name: 'routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				for (const route of injectedRoutes()) injectRoute(route);
			},
		},
	};
}
