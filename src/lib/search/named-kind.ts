/**
 * A query that names a kind of page ("randonnée", "hike", "gîte", "restaurant", "marché",
 * "market") lists the pages of that kind first: the search page runs it a second time filtered
 * to that kind (src/components/search/SiteSearch.tsx) and puts those results ahead of the
 * others, each group in Pagefind's order. The words are those a visitor types, in either
 * language, singular or plural, accents and capitals folded; the page gives them to the island as
 * data (its props), so that they weigh nothing in its script.
 */
import type { SearchKind } from './kinds';
import { sortKey } from './text';

/** The words that name each kind (folded: no accents, lower case; singular, see `singular`). */
export const KIND_WORDS: Readonly<Partial<Record<SearchKind, readonly string[]>>> = {
	hike: ['randonnee', 'rando', 'hike', 'hiking'],
	accommodation: ['gite', 'hebergement', 'hotel', 'camping', 'campsite', 'accommodation'],
	restaurant: ['restaurant', 'resto'],
	event: ['marche', 'market', 'evenement', 'event', 'concert', 'fete', 'festival'],
	producer: ['producteur', 'producer'],
	shop: ['commerce', 'shop'],
	activity: ['activite', 'activity'],
};

/** A folded word's singular, as far as these words need: "activities" → "activity", "gites" → "gite". */
export const singular = (word: string) => word.replace(/ies$/, 'y').replace(/s$/, '');

/** A kind with the words that name it: the search page passes them to its island as data. */
export interface NamedKind {
	value: SearchKind;
	words?: readonly string[] | undefined;
}

/** The kind a query names, its first word naming one ("gîte Vialas" → accommodation). */
export function namedKind(query: string, kinds: readonly NamedKind[]): SearchKind | undefined {
	for (const word of sortKey(query).split(/[^a-z0-9]+/)) {
		const kind = kinds.find((candidate) => candidate.words?.includes(singular(word)));
		if (kind) return kind.value;
	}
	return undefined;
}

/** The results of the kind first, then the others, each in its own order, none twice. */
export function kindFirst<T extends { id: string }>(ofKind: readonly T[], all: readonly T[]): T[] {
	const first = new Set(ofKind.map((result) => result.id));
	return [...ofKind, ...all.filter((result) => !first.has(result.id))];
}
