/**
 * Real pages of a long list (`/hebergements/`, `/hebergements/page/2/`…), so that every page of a
 * list stays small at any number of members and works without JavaScript: how a list is cut, the
 * path of each page, and the page numbers its navigation shows.
 */

/** Cards on a list page: a few phone screens, and well within the HTML budget at any size. */
export const PAGE_SIZE = 24;

/** The path segment before a page's number, the same in both languages (`/en/hikes/page/2/`). */
export const PAGE_SEGMENT = 'page';

/** The items cut into pages of `size`; always at least one page, empty for an empty list. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
	if (!Number.isInteger(size) || size < 1)
		throw new Error(`Page size must be a positive integer: ${size}`);
	const pages: T[][] = [];
	for (let start = 0; start < items.length; start += size)
		pages.push(items.slice(start, start + size));
	return pages.length > 0 ? pages : [[]];
}

/** The path of page `number` (from 1) of the list at `listPath` (ending with a slash). */
export function pagePath(listPath: string, number: number): string {
	return number <= 1 ? listPath : `${listPath}${PAGE_SEGMENT}/${number}/`;
}

/** The `[...path]` parameter of a page after the list's own part (`page/2`), none for page 1. */
export function pageParam(number: number): string | undefined {
	return number <= 1 ? undefined : `${PAGE_SEGMENT}/${number}`;
}

/** A link of a list's page navigation: a page number, or a gap ("…") between distant numbers. */
export type PageLink = { number: number; current: boolean } | { gap: true };

/**
 * The page numbers a navigation shows: the first and the last, and `around` pages either side of
 * the current one, with a gap where numbers are left out (1 … 4 5 6 … 20).
 */
export function pageLinks(current: number, total: number, around = 1): PageLink[] {
	const shown = new Set([1, total]);
	for (let number = current - around; number <= current + around; number++)
		if (number >= 1 && number <= total) shown.add(number);
	const links: PageLink[] = [];
	let previous = 0;
	for (const number of [...shown].sort((a, b) => a - b)) {
		// A gap of one page shows that page rather than an ellipsis standing for it.
		if (number - previous === 2) links.push({ number: previous + 1, current: false });
		else if (number - previous > 2) links.push({ gap: true });
		links.push({ number, current: number === current });
		previous = number;
	}
	return links;
}
