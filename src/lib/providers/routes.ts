/** The pages of each provider category: its list, its facet pages, each provider's page. */
import type { PageRef, RouteName } from '../i18n/routes';
import type { ProviderCategory } from '../datatourisme/vocabulary';

/** The list route of each category; its facet pages and entries are `<list>Filter`, `<list>Entry`. */
const LIST_ROUTES = {
	accommodation: 'stay',
	restaurant: 'eat',
	activity: 'activities',
	producer: 'producers',
	shop: 'shops',
} as const satisfies Record<ProviderCategory, RouteName>;

type ListRoute = (typeof LIST_ROUTES)[ProviderCategory];

/** A category's routes, named after its list route (all three in the table of routes.ts). */
const categoryRoutes = <L extends ListRoute>(list: L) => ({
	list,
	filter: `${list}Filter` as const satisfies RouteName,
	entry: `${list}Entry` as const satisfies RouteName,
});

export const CATEGORY_ROUTES = {
	accommodation: categoryRoutes(LIST_ROUTES.accommodation),
	restaurant: categoryRoutes(LIST_ROUTES.restaurant),
	activity: categoryRoutes(LIST_ROUTES.activity),
	producer: categoryRoutes(LIST_ROUTES.producer),
	shop: categoryRoutes(LIST_ROUTES.shop),
} satisfies Record<ProviderCategory, { list: RouteName; filter: RouteName; entry: RouteName }>;

/** The category whose list is at a route (the providers' entrypoint serves the five lists). */
export function categoryOfList(route: RouteName): ProviderCategory {
	const found = (Object.keys(LIST_ROUTES) as ProviderCategory[]).find(
		(category) => LIST_ROUTES[category] === route,
	);
	if (!found) throw new Error(`Route "${route}" is no provider category's list`);
	return found;
}

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
