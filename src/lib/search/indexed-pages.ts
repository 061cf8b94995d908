/**
 * Which built pages go into the search index, and under which address: the integration that builds
 * the index (src/integrations/search-index.ts) hands Pagefind only these.
 */

/** The attribute that marks the part of a page to index (src/components/search/SearchMeta.astro). */
export const INDEXED_MARKER = 'data-pagefind-body';

/**
 * A built page's address from its path under the site's folder, with `/` or `\` separators:
 * `a/b/index.html` is `/a/b/`, `index.html` is `/`, `404.html` is `/404.html`.
 */
export function pageUrl(file: string): string {
	return `/${file.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Whether a built page is indexed. Once any page carries the marker, Pagefind indexes only the
 * marked ones; testing the marker first spares it parsing the others.
 */
export function isIndexedPage(html: string): boolean {
	return html.includes(INDEXED_MARKER);
}
