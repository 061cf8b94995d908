/** The pages of each provider category: its list, its facet pages, each provider's page. */
import type { PageRef, RouteName } from '../i18n/routes';
import type { ProviderCategory } from '../datatourisme/vocabulary';

export const CATEGORY_ROUTES = {
	accommodation: { list: 'stay', filter: 'stayFilter', entry: 'stayEntry' },
	restaurant: { list: 'eat', filter: 'eatFilter', entry: 'eatEntry' },
	activity: { list: 'activities', filter: 'activitiesFilter', entry: 'activitiesEntry' },
	producer: { list: 'producers', filter: 'producersFilter', entry: 'producersEntry' },
	shop: { list: 'shops', filter: 'shopsFilter', entry: 'shopsEntry' },
} as const satisfies Record<
	ProviderCategory,
	{ list: RouteName; filter: RouteName; entry: RouteName }
>;

/** The page of a provider. */
export const providerPage = (category: ProviderCategory, id: string): PageRef => ({
	route: CATEGORY_ROUTES[category].entry,
	id,
});

/** A category's list, or one of its facet pages. */
export const listPage = (category: ProviderCategory, facetId?: string): PageRef =>
	facetId
		? { route: CATEGORY_ROUTES[category].filter, id: facetId }
		: { route: CATEGORY_ROUTES[category].list };
