/**
 * The shop page's logic: products grouped by the manual's shelves, and where and when each one
 * is on sale. Plain TypeScript, tested in tests/unit/lib/shop.test.ts.
 */
import { intlTag, type Locale } from './i18n/locales';
import { numberFormat } from './i18n/intl';

export type ShopSeason = 'spring' | 'summer' | 'autumn' | 'winter';

const SEASON_ORDER: readonly ShopSeason[] = ['spring', 'summer', 'autumn', 'winter'];

/** What the page needs of a product. */
export interface ShopItem {
	id: string;
	category: string;
	title: string;
	stock: readonly { office: string; seasons: readonly ShopSeason[] }[];
}

/**
 * Products by shelf, shelves in the manual's order (`categories`), products by title within a
 * shelf; a shelf without a product is left out, so the page never shows an empty heading.
 */
export function groupByCategory<T extends ShopItem>(
	items: readonly T[],
	categories: readonly string[],
	locale: Locale,
): { category: string; items: T[] }[] {
	return categories
		.map((category) => ({
			category,
			items: items
				.filter((item) => item.category === category)
				.sort((a, b) => a.title.localeCompare(b.title, locale)),
		}))
		.filter((group) => group.items.length > 0);
}

/** The seasons in calendar order; `'all-year'` when the product is there in all four. */
export function seasonsOf(seasons: readonly ShopSeason[]): 'all-year' | ShopSeason[] {
	const set = new Set(seasons);
	if (SEASON_ORDER.every((season) => set.has(season))) return 'all-year';
	return SEASON_ORDER.filter((season) => set.has(season));
}

/**
 * The stock lines of a product in the order of the offices (`officeOrder`: their ids as the
 * site lists them), so that every product names the offices in the same order.
 */
export function stockInOfficeOrder<S extends { office: string }>(
	stock: readonly S[],
	officeOrder: readonly string[],
): S[] {
	return [...stock].sort((a, b) => officeOrder.indexOf(a.office) - officeOrder.indexOf(b.office));
}

/** A price in euros as people read it: "13,90 €" in French, "€13.90" in English. */
export function formatPrice(euros: number, locale: Locale): string {
	return numberFormat(intlTag(locale), {
		style: 'currency',
		currency: 'EUR',
	}).format(euros);
}
