/**
 * A query that names a kind of page ("randonnée", "hike", "gîte", "restaurant", "marché",
 * "market") lists the pages of that kind first: the search page runs it a second time filtered
 * to that kind (src/components/search/SiteSearch.tsx) and puts those results ahead of the
 * others, each group in Pagefind's order. The words are those a visitor types, in either
 * language, singular or plural, accents and capitals folded.
 */
import type { SearchKind } from './kinds';
import { sortKey } from './text';

/** The words that name each kind (folded: no accents, lower case). */
export const KIND_WORDS: Readonly<Partial<Record<SearchKind, readonly string[]>>> = {
	hike: ['randonnee', 'randonnees', 'rando', 'randos', 'hike', 'hikes', 'hiking'],
	accommodation: [
		'gite',
		'gites',
		'hebergement',
		'hebergements',
		'hotel',
		'hotels',
		'camping',
		'campings',
		'campsite',
		'campsites',
		'accommodation',
	],
	restaurant: ['restaurant', 'restaurants', 'resto', 'restos'],
	event: [
		'marche',
		'marches',
		'market',
		'markets',
		'evenement',
		'evenements',
		'event',
		'events',
		'concert',
		'concerts',
		'fete',
		'fetes',
		'festival',
		'festivals',
	],
	producer: ['producteur', 'producteurs', 'producer', 'producers'],
	shop: ['commerce', 'commerces', 'shop', 'shops'],
	activity: ['activite', 'activites', 'activity', 'activities'],
};

const KIND_OF_WORD = new Map(
	Object.entries(KIND_WORDS).flatMap(([kind, words]) =>
		words.map((word) => [word, kind as SearchKind] as const),
	),
);

/** The kind a query names, its first word naming one ("gîte Vialas" → accommodation). */
export function namedKind(query: string): SearchKind | undefined {
	for (const word of sortKey(query).split(/[^a-z0-9]+/)) {
		const kind = KIND_OF_WORD.get(word);
		if (kind) return kind;
	}
	return undefined;
}

/** The results of the kind first, then the others, each in its own order, none twice. */
export function kindFirst<T extends { id: string }>(ofKind: readonly T[], all: readonly T[]): T[] {
	const first = new Set(ofKind.map((result) => result.id));
	return [...ofKind, ...all.filter((result) => !first.has(result.id))];
}
