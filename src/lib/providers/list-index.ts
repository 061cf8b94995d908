/**
 * A provider list's index, in one language (`/hebergements/index.json`): every member's card and
 * filter values. The list's pages each hold one page of cards; once a visitor filters or sorts,
 * the filter island fetches this index and draws the matching cards of every page.
 */
import type { APIRoute } from 'astro';
import type { FacetItem } from '../facets/filters';
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import { useTranslations } from '../i18n/ui';
import { getVillages } from '../queries';
import type { ProviderCategory } from '../datatourisme/vocabulary';
import { providerCardModel, type ProviderCardModel } from './card';
import { providerList } from './pages';
import { listPage } from './routes';

/** A member in the index: its card and its filter values, in the list's default order. */
export type ListIndexItem = FacetItem & ProviderCardModel;

export interface ListIndex {
	items: ListIndexItem[];
}

/** Where a list's index is, beside the list: `/hebergements/index.json`. */
export const listIndexPath = (category: ProviderCategory, locale: Locale): string =>
	`${pathTo(listPage(category), locale)}index.json`;

/** Coordinates to about a metre: enough to sort by distance, a third of the digits. */
const round = (value: number | undefined) =>
	value === undefined ? undefined : Math.round(value * 1e5) / 1e5;

export async function listIndex(category: ProviderCategory, locale: Locale): Promise<ListIndex> {
	const [list, villages] = await Promise.all([providerList(category), getVillages()]);
	const t = useTranslations(locale);
	const villageName = new Map(villages.map((village) => [village.id, village.data.name]));
	const itemOf = new Map(list.items.map((item) => [item.id, item]));
	return {
		items: list.providers.map((provider) => {
			const item = itemOf.get(provider.id);
			return {
				id: provider.id,
				...providerCardModel(
					provider.id,
					provider.data,
					villageName.get(provider.data.village.id) ?? '',
					t,
					locale,
				),
				lat: round(item?.lat),
				lon: round(item?.lon),
				values: item?.values ?? {},
			};
		}),
	};
}

/** The index's endpoint, for a category's `index.json.ts` in each language. */
export const listIndexEndpoint =
	(category: ProviderCategory, locale: Locale): APIRoute =>
	async () =>
		Response.json(await listIndex(category, locale));
