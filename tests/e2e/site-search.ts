/**
 * What the site search's end-to-end tests share: the search page's address, and opening a search
 * and reading its results and announced count as a visitor sees them.
 */
import { expect, type Page } from '@playwright/test';
import { pathTo, type Locale } from '../tools/site-content';

export const searchPath = (locale: Locale, query = '') =>
	`${pathTo({ route: 'search' }, locale)}${query ? `?${query}` : ''}`;
export const status = (page: Page) => page.locator('.search-status');
export const resultLinks = (page: Page) => page.locator('.search-results h2 a');
/** The paths of the result cards, in order (Pagefind gives each page's path as its URL). */
export const resultPaths = async (page: Page) =>
	(
		await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))
	).filter((href): href is string => href !== null);

/** Opens the search page on `query` (URL-encoded for the caller) and waits for its results. */
export async function search(page: Page, locale: Locale, query: string): Promise<string[]> {
	await page.goto(searchPath(locale, new URLSearchParams({ q: query }).toString()));
	await expect(status(page)).not.toBeEmpty();
	return resultPaths(page);
}

/** Every result of a search, pressing "more" until none is left. */
export async function searchAll(page: Page, locale: Locale, query: string): Promise<string[]> {
	await search(page, locale, query);
	return allResults(page);
}

/** Every result of the current search, pressing "more" until none is left. */
export async function allResults(page: Page): Promise<string[]> {
	const more = page.locator('.search-more button');
	while (await more.isVisible()) {
		const count = await resultLinks(page).count();
		await more.click();
		await expect(resultLinks(page)).not.toHaveCount(count);
	}
	return resultPaths(page);
}

/** The number an announced count starts with ("13 résultats…"), 0 for "Aucun…". */
export const announced = async (page: Page) =>
	Number(/^\d+/.exec(await status(page).innerText())?.[0] ?? 0);
