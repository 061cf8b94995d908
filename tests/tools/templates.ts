/**
 * Every page template of the site, once: the list the quality gates read. Lighthouse and axe visit
 * each template's example page in both languages; the byte budgets and the structured-data check
 * scan every page of dist/ and find its template by its path (the route table,
 * src/lib/i18n/routes.ts), so a template's budget applies to all its pages.
 *
 * Adding a kind of page: add its routes to ROUTES, then one entry here (its routes, an example
 * page, its JavaScript budget, and whether Lighthouse measures it). A built page whose path matches
 * no template's route fails the byte-budget gate, naming the path, until it has one.
 *
 * Runs under Node directly too (bench): erasable syntax only.
 */
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import {
	PAGED_ROUTES,
	pathTo,
	ROUTES,
	type PageRef,
	type RouteName,
} from '../../src/lib/i18n/routes.ts';

/**
 * How much JavaScript (gzipped, everything the page can load: see tests/tools/page-weight.ts) the
 * template's features justify:
 * - `none`: 0 kB — reading pages. The one allowance every page has is inline script up to 1 kB
 *   gzipped (JS_INLINE_ALLOWANCE: the service worker's registration in BaseLayout);
 * - `list`: 15 kB — a list filtered in the browser (a Preact island), or a small custom element
 *   (the offices' open-now status, a form's validation);
 * - `map`: 60 kB — a page with a Leaflet map (Leaflet and clustering load once the map is on screen).
 */
export type JsBudget = 'none' | 'list' | 'map';

export const JS_BUDGET_BYTES: Record<JsBudget, number> = { none: 0, list: 15_000, map: 60_000 };
/** Inline script every page may carry on top of its budget: the service worker registration. */
export const JS_INLINE_ALLOWANCE = 1_000;
/** The header's menu script (Escape, click outside), on every page on top of its budget. */
export const JS_MENU_ALLOWANCE = 1_000;
/** CSS (gzipped: linked stylesheets and inline styles) of any page. */
export const CSS_BUDGET_BYTES = 20_000;
/** HTML (gzipped) of any page. */
export const HTML_BUDGET_BYTES = 60_000;
/** HTML and CSS together (gzipped) of the home page, images apart: its first screen comes at once. */
export const HOME_BUDGET_BYTES = 14_000;

export interface Template {
	/** What the page is, in reports: "hike detail". */
	name: string;
	/** The routes whose pages are this template; the first is the example's. */
	routes: RouteName[];
	/** The example page's id for a route with `{id}`; without it, the first such page built. */
	id?: string;
	js: JsBudget;
	/** Whether the Lighthouse gate measures its example page (in both languages). */
	lighthouse: boolean;
	/** Rendered by the server on each request: no file in dist/ (Lighthouse and axe still visit it). */
	onDemand?: boolean;
	/**
	 * Kept out of search engines on purpose (`noindex`: the offline pages): Lighthouse's SEO
	 * category, which fails any page that asks not to be indexed, is not required of it.
	 */
	noindex?: boolean;
}

export const TEMPLATES: Template[] = [
	{ name: 'home', routes: ['home'], js: 'none', lighthouse: true },
	{ name: 'office list', routes: ['offices'], js: 'list', lighthouse: false },
	{ name: 'office', routes: ['office'], id: 'le-pont-de-montvert', js: 'map', lighthouse: true },
	{ name: 'about the office', routes: ['about'], js: 'none', lighthouse: false },
	{
		name: 'legal and editorial page',
		routes: ['legalNotice', 'privacy', 'accessibility', 'credits', 'quality', 'practical'],
		js: 'none',
		lighthouse: true,
	},
	{ name: 'shop', routes: ['shop'], js: 'none', lighthouse: false },
	{ name: 'discover', routes: ['discover'], js: 'none', lighthouse: false },
	{ name: 'sector', routes: ['sector'], id: 'mont-lozere', js: 'none', lighthouse: false },
	{ name: 'village list', routes: ['villages'], js: 'none', lighthouse: false },
	{ name: 'village', routes: ['village'], id: 'vialas', js: 'none', lighthouse: false },
	{ name: 'theme', routes: ['theme'], id: 'famille', js: 'none', lighthouse: false },
	{ name: 'experience list', routes: ['experiences'], js: 'none', lighthouse: false },
	{
		name: 'experience',
		routes: ['experience'],
		id: 'sommet-de-finiels',
		js: 'none',
		lighthouse: false,
	},
	{ name: 'contact', routes: ['contact'], js: 'none', lighthouse: false },
	{ name: 'form', routes: ['suggestion'], js: 'list', lighthouse: true, onDemand: true },
	{ name: 'complaint form', routes: ['complaint'], js: 'list', lighthouse: false, onDemand: true },
	{
		name: 'questionnaire',
		routes: ['questionnaire'],
		js: 'list',
		lighthouse: false,
		onDemand: true,
	},
	{
		name: 'brochure request form',
		routes: ['brochureRequest'],
		js: 'list',
		lighthouse: false,
		onDemand: true,
	},
	{
		name: 'newsletter sign-up',
		routes: ['newsletter'],
		js: 'list',
		lighthouse: false,
		onDemand: true,
	},
	{ name: 'map', routes: ['map'], js: 'map', lighthouse: true },
	{ name: 'search', routes: ['search'], js: 'list', lighthouse: true },
	{ name: 'hike list', routes: ['hikes', 'hikesFacet'], js: 'list', lighthouse: true },
	{
		name: 'hike',
		routes: ['hike'],
		id: 'gr70-le-pont-de-montvert-florac',
		js: 'map',
		lighthouse: true,
	},
	{
		name: 'itinerary',
		routes: ['itinerary'],
		id: 'chemin-de-stevenson',
		js: 'map',
		lighthouse: false,
	},
	{
		name: 'accommodation list',
		routes: [
			'stay',
			'stayFilter',
			'eat',
			'eatFilter',
			'activities',
			'activitiesFilter',
			'producers',
			'producersFilter',
			'shops',
			'shopsFilter',
		],
		js: 'list',
		lighthouse: true,
	},
	{
		name: 'accommodation',
		routes: ['stayEntry', 'eatEntry', 'activitiesEntry', 'producersEntry', 'shopsEntry'],
		js: 'map',
		lighthouse: true,
	},
	{ name: 'agenda', routes: ['events', 'eventsFilter'], js: 'list', lighthouse: true },
	{ name: 'event', routes: ['event'], js: 'map', lighthouse: true },
	{ name: 'programme list', routes: ['programmes'], js: 'none', lighthouse: false },
	{ name: 'programme', routes: ['programme'], js: 'none', lighthouse: false },
	{ name: 'brochures', routes: ['brochures'], js: 'none', lighthouse: false },
	{ name: 'partners’ space', routes: ['pro'], js: 'none', lighthouse: false },
	{ name: 'my stay', routes: ['myStay'], js: 'map', lighthouse: false, noindex: true },
	{ name: 'offline', routes: ['offline'], js: 'none', lighthouse: false, noindex: true },
	{ name: 'saved hikes', routes: ['savedHikes'], js: 'list', lighthouse: false, noindex: true },
	{ name: 'not found', routes: ['notFound'], js: 'none', lighthouse: false },
];

/** A route's path as a pattern: `{id}` is one path segment; a list's later pages end in `page/<n>/`. */
function routePattern(route: RouteName, locale: Locale): RegExp {
	const path: string = ROUTES[route][locale];
	const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{id\\}', '([^/]+)');
	const pages = PAGED_ROUTES.includes(route) ? '(?:page/[1-9]\\d*/)?' : '';
	return new RegExp(`^${escaped}${pages}$`);
}

/** The template of a URL path, and its route; literal routes win over `{id}` ones. */
export function templateOfPath(
	path: string,
): { template: Template; route: RouteName; id: string | undefined } | undefined {
	const candidates = TEMPLATES.flatMap((template) =>
		template.routes.flatMap((route) =>
			LOCALES.flatMap((locale) => {
				const match = routePattern(route, locale).exec(path);
				if (!match) return [];
				return [{ template, route, id: match[1], literal: match[1] === undefined }];
			}),
		),
	);
	const best = candidates.find((candidate) => candidate.literal) ?? candidates[0];
	return best && { template: best.template, route: best.route, id: best.id };
}

/**
 * The example page of a template in a language. Without an `id` for a route with `{id}`, the first
 * page of that route among `builtPaths` (the pages of dist/, sorted).
 */
export function examplePath(template: Template, locale: Locale, builtPaths: string[] = []): string {
	const route = template.routes[0];
	if (!route) throw new Error(`Template "${template.name}" has no route`);
	const pattern: string = ROUTES[route][locale];
	if (!pattern.includes('{id}')) return pathTo({ route }, locale);
	if (template.id) return pathTo({ route, id: template.id }, locale);
	const id = builtPaths
		.map((path) => routePattern(route, locale).exec(path)?.[1])
		.find((found): found is string => Boolean(found));
	if (!id)
		throw new Error(
			`Template "${template.name}": no page of route ${route} in the built site to take as its example`,
		);
	return pathTo({ route, id } satisfies PageRef, locale);
}
