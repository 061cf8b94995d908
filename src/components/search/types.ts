/**
 * The search island's types: its props (what SearchView.astro passes, all text in the page's
 * language) and the outcome of a search. Types only: they add nothing to the island's script.
 */
import type { SearchKind } from '../../lib/search/kinds';
import type { PagefindResult } from '../../lib/search/pagefind';
import type { ResultCard } from '../../lib/search/results';
import type { SearchState } from '../../lib/search/state';

export interface Option {
	value: string;
	label: string;
}

export interface Props {
	/** This page's path in its language: where the state is written. */
	searchPath: string;
	/** Stands for the build (src/lib/search/build.ts): Pagefind's cache tag. */
	indexTag: string;
	/** The kinds, with the words that name each (../../lib/search/named-kind.ts). */
	kinds: (Option & { value: SearchKind; words?: readonly string[] | undefined })[];
	sectors: Option[];
	/** Villages, each with its sector (the list groups them by sector). */
	villages: (Option & { sector: string })[];
	/** The site's sections, offered when the index cannot load. */
	listings: { href: string; label: string }[];
	text: {
		label: string;
		field: string;
		submit: string;
		placeholder: string;
		filters: string;
		kind: string;
		sector: string;
		village: string;
		anySector: string;
		anyVillage: string;
		reset: string;
		hint: string;
		/** Counts with a query, then with filters only: zero, one, other ({{count}}, {{query}}). */
		count: [string, string, string];
		countFiltered: [string, string, string];
		empty: string;
		results: string;
		/** With a {{count}} placeholder. */
		more: string;
		error: string;
		listings: string;
	};
}

export type Outcome =
	| { status: 'idle' }
	| { status: 'error' }
	| {
			status: 'done';
			state: SearchState;
			results: PagefindResult[];
			/** How many results' data is loaded, and of those how many were dropped (ended). */
			loaded: number;
			dropped: number;
			cards: ResultCard[];
			kindCounts: Record<string, number>;
	  };
