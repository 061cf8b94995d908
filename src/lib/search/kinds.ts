/**
 * What the search index calls each kind of page: a result card shows it, the search page filters
 * by it (`kind` in the URL, `search.kind.*` in the dictionaries). Provider categories keep their
 * own names; every editorial page (villages, sectors, themes, experiences, the office's own pages)
 * is a `page`.
 */
import type { ProviderCategory } from '../datatourisme/vocabulary';

export const SEARCH_KINDS = [
	'office',
	'accommodation',
	'restaurant',
	'activity',
	'producer',
	'shop',
	'hike',
	'event',
	'page',
] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The kind of a provider's page: its category. */
export const kindOfCategory = (category: ProviderCategory): SearchKind => category;

export function isSearchKind(value: unknown): value is SearchKind {
	return typeof value === 'string' && (SEARCH_KINDS as readonly string[]).includes(value);
}
