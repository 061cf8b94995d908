/**
 * Stands for one build of the site: the search page gives it to Pagefind as `metaCacheTag`
 * (src/lib/search/pagefind.ts). It changes with every build (daily), when the index may have.
 */
export const SEARCH_INDEX_TAG = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
