/**
 * Absolute addresses for structured data and canonical links: JSON-LD wants full URLs, and a page
 * only knows its path. The configured site comes first; a dev server without one uses its origin.
 */
import type { Locale } from '../i18n/locales';
import { pathTo, type PageRef } from '../i18n/routes';

/** What a page knows of where it is served (a subset of Astro's global). */
interface ServedAt {
	site: URL | undefined;
	url: URL;
}

export function absoluteUrls({ site, url }: ServedAt, locale: Locale) {
	const base = site ?? new URL(url.origin);
	return {
		/** The site's root URL. */
		site: base,
		/** The full URL of a page of the site, in this page's language. */
		of: (page: PageRef) => new URL(pathTo(page, locale), base).href,
	};
}
