/**
 * How the search page ranks results, on top of Pagefind's defaults (headings weigh more than body
 * text, the title 5×, accents folded with exact matches first: `diacriticSimilarity`).
 * @see https://pagefind.app/docs/ranking/
 */
export const SEARCH_RANKING = {
	metaWeights: {
		/**
		 * An office's `place` is the village it serves (src/components/search/SearchMeta.astro):
		 * a village's name finds its office first, ahead of every business named after the village.
		 */
		place: 10,
	},
} as const;

/** Results whose data (title, excerpt, picture) is loaded at a time: the first page, then "more". */
export const RESULTS_PER_PAGE = 10;

/** Words of context around the matches in each excerpt. */
export const EXCERPT_LENGTH = 26;
