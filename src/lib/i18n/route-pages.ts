/**
 * The router's table: which entrypoint of src/routes/ serves each route of ROUTES (routes.ts),
 * read by the routes integration (src/integrations/routes.ts) at build time and by the
 * entrypoints to know their route and language. Server-only: routes.ts, which the browser's
 * scripts import, keeps the paths alone.
 */
import { LOCALES, type Locale } from './locales.ts';
import { ROUTES, type RouteName } from './routes.ts';

/**
 * What serves each route: its entrypoint in src/routes/ (one per kind of page, shared by both
 * languages), which the routes integration (src/integrations/routes.ts) injects under the route's
 * path in each language. `param` names the `{id}` parameter (`id` unless given); `suffix` is added
 * to the path (a rest parameter that also serves the route's facet and entry pages, or a file
 * beside the page); `onDemand` pages are rendered by the server on each request. Routes that share
 * the path of another (`itinerary`) or that a `suffix` serves (`stayFilter`, `stayEntry`) have no
 * entry of their own.
 */
export interface RoutePage {
	route: RouteName;
	entrypoint: string;
	param?: string;
	suffix?: string;
	onDemand?: true;
}

const providers = (route: RouteName): RoutePage[] => [
	{ route, entrypoint: 'providers.astro', suffix: '[...path]' },
	{ route, entrypoint: 'provider-list-index.ts', suffix: 'index.json' },
];

export const ROUTE_PAGES: readonly RoutePage[] = [
	{ route: 'home', entrypoint: 'home.astro' },
	{ route: 'offices', entrypoint: 'offices.astro' },
	{ route: 'office', entrypoint: 'office.astro', param: 'office' },
	{ route: 'about', entrypoint: 'about.astro' },
	{ route: 'practical', entrypoint: 'editorial.astro' },
	{ route: 'shop', entrypoint: 'shop.astro' },
	{ route: 'brochures', entrypoint: 'brochures.astro' },
	{ route: 'brochurePdf', entrypoint: 'brochure-pdf.ts' },
	{ route: 'brochureRequest', entrypoint: 'feedback.astro', onDemand: true },
	{ route: 'pro', entrypoint: 'pro.astro' },
	{ route: 'partnershipGuidePdf', entrypoint: 'partnership-guide-pdf.ts' },
	{ route: 'legalNotice', entrypoint: 'legal-notice.astro' },
	{ route: 'privacy', entrypoint: 'editorial.astro' },
	{ route: 'accessibility', entrypoint: 'editorial.astro' },
	{ route: 'credits', entrypoint: 'editorial.astro' },
	{ route: 'quality', entrypoint: 'editorial.astro' },
	{ route: 'discover', entrypoint: 'discover.astro' },
	{ route: 'sector', entrypoint: 'sector.astro', param: 'sector' },
	{ route: 'villages', entrypoint: 'villages.astro' },
	{ route: 'village', entrypoint: 'village.astro', param: 'village' },
	{ route: 'theme', entrypoint: 'theme.astro', param: 'theme' },
	{ route: 'experiences', entrypoint: 'experiences.astro' },
	{ route: 'experience', entrypoint: 'experience.astro', param: 'experience' },
	{ route: 'contact', entrypoint: 'contact.astro' },
	{ route: 'suggestion', entrypoint: 'feedback.astro', onDemand: true },
	{ route: 'complaint', entrypoint: 'feedback.astro', onDemand: true },
	{ route: 'questionnaire', entrypoint: 'feedback.astro', onDemand: true },
	{ route: 'feedbackApi', entrypoint: 'api/feedback.ts', onDemand: true },
	{ route: 'newsletter', entrypoint: 'newsletter.astro', onDemand: true },
	{ route: 'newsletterConfirm', entrypoint: 'newsletter-confirm.astro', onDemand: true },
	{
		route: 'newsletterUnsubscribe',
		entrypoint: 'newsletter-unsubscribe.astro',
		onDemand: true,
	},
	{ route: 'map', entrypoint: 'map.astro' },
	{ route: 'map', entrypoint: 'map-layer.ts', suffix: '[layer].geojson' },
	{ route: 'mapBase', entrypoint: 'map-base.ts' },
	{ route: 'search', entrypoint: 'search.astro' },
	{ route: 'hikes', entrypoint: 'hikes.astro' },
	{ route: 'hikesFacet', entrypoint: 'hikes-facet.astro', param: 'facet' },
	{ route: 'hike', entrypoint: 'hike.astro' },
	{ route: 'hikeGpx', entrypoint: 'hike-gpx.ts' },
	{ route: 'hikeKml', entrypoint: 'hike-kml.ts' },
	{ route: 'hikeGeoJson', entrypoint: 'hike-geojson.ts' },
	{ route: 'hikeTrack', entrypoint: 'hike-track.ts' },
	...providers('stay'),
	...providers('eat'),
	...providers('activities'),
	...providers('producers'),
	...providers('shops'),
	{ route: 'events', entrypoint: 'events.astro' },
	{ route: 'eventsFilter', entrypoint: 'events-facet.astro', param: 'facet' },
	{ route: 'event', entrypoint: 'event.astro' },
	{ route: 'eventIcs', entrypoint: 'event-ics.ts' },
	{ route: 'eventsCalendar', entrypoint: 'events-calendar.ts' },
	{ route: 'programmes', entrypoint: 'programmes.astro' },
	{ route: 'programme', entrypoint: 'programme.astro' },
	{ route: 'myStay', entrypoint: 'my-stay.astro' },
	{ route: 'myStayData', entrypoint: 'my-stay-data.ts' },
	{ route: 'notFound', entrypoint: 'not-found.astro' },
	{ route: 'offline', entrypoint: 'offline.astro' },
	{ route: 'savedHikes', entrypoint: 'saved-hikes.astro' },
	{ route: 'manifest', entrypoint: 'manifest.ts' },
	{ route: 'staff', entrypoint: 'staff/inbox.astro', onDemand: true },
	{ route: 'staffSignIn', entrypoint: 'staff/sign-in.astro', onDemand: true },
	{ route: 'staffSignOut', entrypoint: 'staff/sign-out.ts', onDemand: true },
	{
		route: 'staffSubmission',
		entrypoint: 'staff/submission.astro',
		param: 'reference',
		onDemand: true,
	},
	{ route: 'staffExport', entrypoint: 'staff/export-csv.ts', onDemand: true },
	{ route: 'staffSynthesis', entrypoint: 'staff/synthesis.astro', onDemand: true },
	{ route: 'staffSynthesisPdf', entrypoint: 'staff/synthesis-pdf.ts', onDemand: true },
	{ route: 'staffRetention', entrypoint: 'staff/retention.astro', onDemand: true },
	{ route: 'staffEntry', entrypoint: 'staff/entry.astro', onDemand: true },
	{ route: 'staffBrochures', entrypoint: 'staff/brochures.astro', onDemand: true },
	{ route: 'staffBrochuresExport', entrypoint: 'staff/brochures-csv.ts', onDemand: true },
	{ route: 'staffNewsletterExport', entrypoint: 'staff/newsletter-csv.ts', onDemand: true },
	{ route: 'staffAccounts', entrypoint: 'staff/accounts.astro', onDemand: true },
	{ route: 'staffTemplates', entrypoint: 'staff/templates.astro', onDemand: true },
	{ route: 'staffSetPassword', entrypoint: 'staff/set-password.astro', onDemand: true },
	{ route: 'staffPasswordReset', entrypoint: 'staff/password-reset.astro', onDemand: true },
];

/**
 * Routes rendered on demand by the server, absent from the static files: the link checker
 * accepts links to them, the end-to-end tests visit them.
 */
export const ON_DEMAND_ROUTES: readonly RouteName[] = ROUTE_PAGES.filter(
	(page) => page.onDemand,
).map((page) => page.route);

/**
 * The route pattern of a page in a language (`/en/offices/[office]`), as Astro writes it: `{id}`
 * becomes the entry's parameter, and no trailing slash (trailingSlash: 'always' adds it to the
 * URLs). The French 404 page's file, `/404.html`, is what Astro writes for the pattern `/404`.
 */
export function routePattern(page: RoutePage, locale: Locale): string {
	const id = `[${page.param ?? 'id'}]`;
	const path = `${ROUTES[page.route][locale].replace('{id}', id)}${page.suffix ?? ''}`;
	if (path === '/') return path;
	return path === '/404.html' ? '/404' : path.replace(/\/$/, '');
}

/** The page served under a route pattern, and its language. */
export interface PageAt {
	page: RoutePage;
	route: RouteName;
	locale: Locale;
}

/**
 * The page and language of a route pattern: what an entrypoint is serving (`Astro.routePattern`,
 * and `routePattern` in getStaticPaths). A path the same in both languages is French.
 */
export function pageAt(pattern: string): PageAt {
	for (const page of ROUTE_PAGES)
		for (const locale of LOCALES)
			if (routePattern(page, locale) === pattern) return { page, route: page.route, locale };
	throw new Error(`No route of src/lib/i18n/routes.ts has the pattern "${pattern}"`);
}
