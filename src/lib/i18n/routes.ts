import type { Locale } from './locales';

/**
 * Every kind of page and its address in each language. The router (route-pages.ts, which names
 * each route's entrypoint), the language switch, hreflang alternates and the navigation all build
 * URLs from this one table.
 * `{id}` stands for the entry's id.
 */
export const ROUTES = {
	home: { fr: '/', en: '/en/' },
	offices: { fr: '/bureaux/', en: '/en/offices/' },
	office: { fr: '/bureaux/{id}/', en: '/en/offices/{id}/' },
	about: { fr: '/office-de-tourisme/', en: '/en/about-us/' },
	// The office's services: practical information, shop, brochures and their PDFs, the
	// partners' space and its guide, and the legal and trust pages linked from the footer.
	practical: { fr: '/infos-pratiques/', en: '/en/practical-information/' },
	shop: { fr: '/boutique/', en: '/en/shop/' },
	brochures: { fr: '/brochures/', en: '/en/brochures/' },
	brochurePdf: { fr: '/brochures/{id}.pdf', en: '/en/brochures/{id}.pdf' },
	// The paper-brochure request form (a feedback form, src/lib/feedback/): rendered on demand.
	brochureRequest: { fr: '/brochures/demande/', en: '/en/brochures/request/' },
	pro: { fr: '/espace-pro/', en: '/en/partners/' },
	partnershipGuidePdf: {
		fr: '/espace-pro/guide-du-partenariat.pdf',
		en: '/en/partners/partnership-guide.pdf',
	},
	legalNotice: { fr: '/mentions-legales/', en: '/en/legal-notice/' },
	privacy: { fr: '/confidentialite/', en: '/en/privacy/' },
	accessibility: { fr: '/accessibilite/', en: '/en/accessibility/' },
	credits: { fr: '/credits/', en: '/en/credits/' },
	quality: {
		fr: '/office-de-tourisme/engagements-qualite/',
		en: '/en/about-us/quality-commitments/',
	},
	discover: { fr: '/decouvrir/', en: '/en/discover/' },
	sector: { fr: '/decouvrir/{id}/', en: '/en/discover/{id}/' },
	villages: { fr: '/decouvrir/villages/', en: '/en/discover/villages/' },
	village: { fr: '/decouvrir/villages/{id}/', en: '/en/discover/villages/{id}/' },
	theme: { fr: '/decouvrir/envies/{id}/', en: '/en/discover/themes/{id}/' },
	experiences: { fr: '/decouvrir/experiences/', en: '/en/discover/experiences/' },
	experience: { fr: '/decouvrir/experiences/{id}/', en: '/en/discover/experiences/{id}/' },
	contact: { fr: '/contact/', en: '/en/contact/' },
	// The feedback forms (src/lib/feedback/): rendered on demand, they take plain form posts too
	// (through the feedback action, src/actions/feedback.ts).
	suggestion: { fr: '/contact/suggestion/', en: '/en/contact/suggestion/' },
	complaint: { fr: '/contact/reclamation/', en: '/en/contact/complaint/' },
	questionnaire: { fr: '/contact/questionnaire/', en: '/en/contact/satisfaction-survey/' },
	// The feedback function's health check, for monitoring; the same in both languages.
	feedbackApi: { fr: '/api/feedback/', en: '/api/feedback/' },
	// The events newsletter (src/lib/newsletter/): sign-up (its form posts through the action
	// src/actions/newsletter.ts), and the pages its mail links to (the confirmation of a sign-up,
	// unsubscribing), all rendered on demand.
	newsletter: { fr: '/lettre-d-information/', en: '/en/newsletter/' },
	newsletterConfirm: {
		fr: '/lettre-d-information/confirmation/',
		en: '/en/newsletter/confirm/',
	},
	newsletterUnsubscribe: {
		fr: '/lettre-d-information/desinscription/',
		en: '/en/newsletter/unsubscribe/',
	},
	map: { fr: '/carte/', en: '/en/map/' },
	// The map's own background when its tiles fail (src/lib/map/base-map.ts); one file for both.
	mapBase: { fr: '/carte/fond-de-carte.geojson', en: '/carte/fond-de-carte.geojson' },
	// The site search (src/components/views/SearchView.astro); the header's form sends `q` to it.
	search: { fr: '/recherche/', en: '/en/search/' },
	hikes: { fr: '/randonnees/', en: '/en/hikes/' },
	hikesFacet: { fr: '/randonnees/filtre/{id}/', en: '/en/hikes/filter/{id}/' },
	hike: { fr: '/randonnees/{id}/', en: '/en/hikes/{id}/' },
	itinerary: { fr: '/randonnees/{id}/', en: '/en/hikes/{id}/' },
	hikeGpx: { fr: '/randonnees/{id}.gpx', en: '/en/hikes/{id}.gpx' },
	hikeKml: { fr: '/randonnees/{id}.kml', en: '/en/hikes/{id}.kml' },
	hikeGeoJson: { fr: '/randonnees/{id}.geojson', en: '/en/hikes/{id}.geojson' },
	// The bare track (a GeoJSON LineString) that the shared map draws; the same in both languages.
	hikeTrack: { fr: '/randonnees/{id}.track.geojson', en: '/randonnees/{id}.track.geojson' },
	// Provider lists by category, their facet pages (no JavaScript) and each provider's page.
	stay: { fr: '/hebergements/', en: '/en/where-to-stay/' },
	stayFilter: { fr: '/hebergements/filtre/{id}/', en: '/en/where-to-stay/filter/{id}/' },
	stayEntry: { fr: '/hebergements/{id}/', en: '/en/where-to-stay/{id}/' },
	eat: { fr: '/restaurants/', en: '/en/where-to-eat/' },
	eatFilter: { fr: '/restaurants/filtre/{id}/', en: '/en/where-to-eat/filter/{id}/' },
	eatEntry: { fr: '/restaurants/{id}/', en: '/en/where-to-eat/{id}/' },
	activities: { fr: '/activites/', en: '/en/things-to-do/' },
	activitiesFilter: { fr: '/activites/filtre/{id}/', en: '/en/things-to-do/filter/{id}/' },
	activitiesEntry: { fr: '/activites/{id}/', en: '/en/things-to-do/{id}/' },
	producers: { fr: '/producteurs/', en: '/en/local-producers/' },
	producersFilter: { fr: '/producteurs/filtre/{id}/', en: '/en/local-producers/filter/{id}/' },
	producersEntry: { fr: '/producteurs/{id}/', en: '/en/local-producers/{id}/' },
	shops: { fr: '/commerces/', en: '/en/shops/' },
	shopsFilter: { fr: '/commerces/filtre/{id}/', en: '/en/shops/filter/{id}/' },
	shopsEntry: { fr: '/commerces/{id}/', en: '/en/shops/{id}/' },
	// The agenda (src/lib/events/): the list, its facet pages (no JavaScript), each event's page
	// and its .ics file, the calendar feeds (the whole area and each sector, by id), and the
	// printable fortnightly programmes ("<first day of the fortnight>-<area>").
	events: { fr: '/agenda/', en: '/en/whats-on/' },
	eventsFilter: { fr: '/agenda/filtre/{id}/', en: '/en/whats-on/filter/{id}/' },
	event: { fr: '/agenda/{id}/', en: '/en/whats-on/{id}/' },
	eventIcs: { fr: '/agenda/{id}.ics', en: '/en/whats-on/{id}.ics' },
	eventsCalendar: { fr: '/agenda/calendriers/{id}.ics', en: '/en/whats-on/calendars/{id}.ics' },
	programmes: { fr: '/agenda/programmes/', en: '/en/whats-on/programmes/' },
	programme: { fr: '/agenda/programmes/{id}/', en: '/en/whats-on/programmes/{id}/' },
	// "My stay": the visitor's list, kept on the device, and the catalogue it reads.
	myStay: { fr: '/mon-sejour/', en: '/en/my-stay/' },
	myStayData: { fr: '/mon-sejour/elements.json', en: '/en/my-stay/items.json' },
	notFound: { fr: '/404.html', en: '/en/404/' },
	// Offline use: the page the service worker shows for a page never visited, the
	// hikes saved on this device, and the web app manifest of each language.
	offline: { fr: '/hors-ligne/', en: '/en/offline/' },
	savedHikes: { fr: '/hors-ligne/randonnees/', en: '/en/offline/hikes/' },
	manifest: { fr: '/manifest.webmanifest', en: '/en/manifest.webmanifest' },
	// The staff back office (src/lib/staff/): on demand, behind a session, French only (the same
	// path in both columns), never indexed. `{id}` of staffSubmission is a submission's reference.
	staff: { fr: '/staff/', en: '/staff/' },
	staffSignIn: { fr: '/staff/connexion/', en: '/staff/connexion/' },
	staffSignOut: { fr: '/staff/deconnexion/', en: '/staff/deconnexion/' },
	staffSubmission: { fr: '/staff/messages/{id}/', en: '/staff/messages/{id}/' },
	staffExport: { fr: '/staff/export.csv', en: '/staff/export.csv' },
	staffSynthesis: { fr: '/staff/synthese/', en: '/staff/synthese/' },
	staffSynthesisPdf: { fr: '/staff/synthese.pdf', en: '/staff/synthese.pdf' },
	staffRetention: { fr: '/staff/conservation/', en: '/staff/conservation/' },
	staffEntry: { fr: '/staff/saisie/', en: '/staff/saisie/' },
	staffBrochures: { fr: '/staff/brochures/', en: '/staff/brochures/' },
	staffBrochuresExport: { fr: '/staff/brochures.csv', en: '/staff/brochures.csv' },
	staffNewsletterExport: { fr: '/staff/newsletter.csv', en: '/staff/newsletter.csv' },
	// Accounts (administrators), and the two pages open without a session: setting a password
	// from an invitation or reset link, and asking for a reset link.
	staffAccounts: { fr: '/staff/comptes/', en: '/staff/comptes/' },
	staffTemplates: { fr: '/staff/modeles/', en: '/staff/modeles/' },
	staffSetPassword: { fr: '/staff/mot-de-passe/', en: '/staff/mot-de-passe/' },
	staffPasswordReset: { fr: '/staff/mot-de-passe-oublie/', en: '/staff/mot-de-passe-oublie/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RouteName = keyof typeof ROUTES;

/**
 * Lists cut into numbered pages (src/lib/lists/paging.ts): page 2 and after of such a route's
 * page is its path followed by `page/<number>/` (`/hebergements/filtre/type-hotel/page/2/`).
 */
export const PAGED_ROUTES: readonly RouteName[] = [
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
];

/** A page of the site, in a language-independent form. */
export interface PageRef {
	route: RouteName;
	id?: string;
	/** The page's number in a list cut into pages (PAGED_ROUTES); 1, or none, for the first. */
	page?: number;
}

/** The path of a page in a language, e.g. `pathTo({ route: 'office', id: 'vialas' }, 'en')`. */
export function pathTo(page: PageRef, locale: Locale): string {
	const pattern: string = ROUTES[page.route][locale];
	let path = pattern;
	if (pattern.includes('{id}')) {
		if (!page.id) throw new Error(`Route "${page.route}" needs an id`);
		path = pattern.replace('{id}', page.id);
	}
	if (page.page !== undefined && page.page > 1) {
		if (!PAGED_ROUTES.includes(page.route))
			throw new Error(`Route "${page.route}" has no numbered pages`);
		path = `${path}page/${page.page}/`;
	}
	return path;
}

/** The language of a path: English under /en/, French elsewhere. */
export function localeOfPath(pathname: string): Locale {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'fr';
}
