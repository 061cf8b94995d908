/**
 * Which built pages go into the search index, and under which address: the integration that builds
 * the index (src/integrations/search-index.ts) hands Pagefind only these.
 */

/** The attribute that marks the part of a page to index (src/components/search/SearchMeta.astro). */
export const INDEXED_MARKER = 'data-pagefind-body';

/**
 * What Pagefind leaves out of every page's text besides `data-pagefind-ignore` (given to it as
 * `excludeSelectors`): badges and the kind line under a name (the result card shows kind and
 * village already), credits, captions and sources, maps and elevation charts, sample marks.
 * So an excerpt is the page's own text: never "Une journéeSaisons : printemps… Illustration
 * originale de l'office…". The build's digest of a page (`indexedContent`) still counts them:
 * a changed badge re-indexes its part, which is harmless.
 */
export const INDEX_EXCLUDED_SELECTORS = [
	'.badge',
	'.badges',
	'.kind',
	'figcaption',
	'.credit',
	'.source',
	'place-map',
	'.static-map',
	'[data-elevation-profile]',
	'[data-elevation-table]',
	'.sample',
	'.sample-mark',
	'.sample-note',
	'.sample-notice',
	'.sample-mark-note',
];

/**
 * A built page's address from its path under the site's folder, with `/` or `\` separators:
 * `a/b/index.html` is `/a/b/`, `index.html` is `/`, `404.html` is `/404.html`.
 */
export function pageUrl(file: string): string {
	return `/${file.replaceAll('\\', '/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Whether a built page is indexed. Once any page carries the marker, Pagefind indexes only the
 * marked ones; testing the marker first spares it parsing the others. A page read as bytes is
 * tested without decoding it (the list pages of a large site weigh megabytes).
 */
export function isIndexedPage(html: string | Buffer): boolean {
	return html.includes(INDEXED_MARKER);
}

/** The page's language, from its `<html lang>`, lower-cased, as Pagefind reads it. */
export function pageLanguage(html: string): string {
	return /<html[^>]*\slang="([^"]+)"/i.exec(html.slice(0, 2_048))?.[1]?.toLowerCase() ?? 'unknown';
}

/** Elements that have no closing tag. */
const VOID_ELEMENTS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/**
 * Where the element whose opening tag starts at `start` ends (just after its closing tag), counting
 * nested elements of the same name; `undefined` when it does not close.
 */
function elementEnd(html: string, start: number): number | undefined {
	const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, start + 64))?.[1]?.toLowerCase();
	if (!name) return undefined;
	const tagEnd = html.indexOf('>', start);
	if (tagEnd < 0) return undefined;
	if (VOID_ELEMENTS.has(name) || html[tagEnd - 1] === '/') return tagEnd + 1;
	const tags = new RegExp(`<(/?)${name}(?=[\\s>/])`, 'gi');
	tags.lastIndex = tagEnd + 1;
	let depth = 1;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[1] === '/' ? -1 : 1;
		if (depth === 0) {
			const end = html.indexOf('>', tag.index);
			return end < 0 ? undefined : end + 1;
		}
	}
	return undefined;
}

/** The elements carrying `attribute` within `html`, outermost first, as [start, end) pairs. */
function elementsWith(html: string, attribute: string): [number, number][] | undefined {
	const found: [number, number][] = [];
	for (let at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + 1)) {
		const start = html.lastIndexOf('<', at);
		const previous = found.at(-1);
		if (previous && start < previous[1]) continue;
		const end = elementEnd(html, start);
		if (end === undefined) return undefined;
		found.push([start, end]);
	}
	return found;
}

/** Attributes whose elements Pagefind reads wherever they are on the page. */
const KEY_ATTRIBUTES = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];

/**
 * What of a built page the search index reads: its `<html>` tag (the language), its title, the
 * elements marked with `data-pagefind-body` without what they mark `data-pagefind-ignore` (the
 * breadcrumb, the nearby members' cards, the office's box), and the filters, metadata and sort
 * keys wherever they are (inside an ignored region, or beside the marked element, as
 * SearchMeta.astro puts them), in the page's order. A page whose elements do not close is taken
 * whole.
 *
 * Pagefind is handed this rather than the page (a member's page is mostly header, menus,
 * neighbours' cards and footer, which it would parse to leave out), and it indexes the same words,
 * filters and metadata. Its digest tells whether a page's entry in the index changed: a member's
 * page whose neighbour changed its description, or a list page whose cards changed, keeps its
 * entry, and the part of the index that holds it is not built again.
 */
export function indexedContent(html: string): string {
	const bodies = elementsWith(html, INDEXED_MARKER);
	if (!bodies) return html;
	const htmlTag = /<html[^>]*>/i.exec(html.slice(0, 2_048))?.[0] ?? '';
	const title = /<title[^>]*>[^<]*<\/title>/i.exec(html)?.[0] ?? '';
	/** Pieces of the page kept, each at its place in the page. */
	const kept: { at: number; text: string }[] = [];
	const inBody = (at: number) => bodies.some(([start, end]) => at >= start && at < end);
	for (const key of KEY_ATTRIBUTES) {
		const elements = elementsWith(html, key);
		if (!elements) return html;
		for (const [start, end] of elements) {
			if (!inBody(start)) kept.push({ at: start, text: html.slice(start, end) });
		}
	}
	for (const [start, end] of bodies) {
		const body = html.slice(start, end);
		const ignored = elementsWith(body, 'data-pagefind-ignore');
		if (!ignored) return html;
		let from = 0;
		for (const [ignoredStart, ignoredEnd] of ignored) {
			kept.push({ at: start + from, text: body.slice(from, ignoredStart) });
			const region = body.slice(ignoredStart, ignoredEnd);
			for (const key of KEY_ATTRIBUTES) {
				const elements = elementsWith(region, key);
				if (!elements) return html;
				for (const [keyStart, keyEnd] of elements) {
					kept.push({ at: start + ignoredStart + keyStart, text: region.slice(keyStart, keyEnd) });
				}
			}
			from = ignoredEnd;
		}
		kept.push({ at: start + from, text: body.slice(from) });
	}
	kept.sort((a, b) => a.at - b.at);
	return [htmlTag, title, ...kept.map((piece) => piece.text)].join('\n');
}
