/**
 * getStaticPaths of the provider pages (src/routes/providers.astro, injected for each category's
 * list in each language): the list, its facet pages and each provider's page, with what each page
 * shows computed once per build (facet values, neighbours, the office that serves it).
 *
 * Every path carries a `cacheKey`, a digest of everything its page shows, so that with Astro's
 * incremental build a rebuild after one changed object renders only the pages that show it.
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
import { createHash } from 'node:crypto';
import type { CollectionEntry } from 'astro:content';
import {
	facetPages,
	matches,
	type FacetDefinition,
	type FacetItem,
	type FacetPage,
} from '../facets/filters';
import { GridIndex } from '../geo/grid';
import { distanceInMetres } from '../geo/distance';
import type { Locale } from '../i18n/locales';
import { getHikes, getOffices, getProviders, getSectors, getVillages } from '../queries';
import { PROVIDER_CATEGORIES, type ProviderCategory } from '../datatourisme/vocabulary';
import { paginate, pageParam } from '../lists/paging';
import { MAIN_FACETS, providerFacets, providerFacetValues } from './facets';
import { listOrder } from './order';
import { labelName } from './present';
import { useTranslations } from '../i18n/ui';

type Provider = CollectionEntry<'providers'>;

/** The path segment of facet pages, by language (`/hebergements/filtre/type-rental/`). */
const FILTER_SEGMENT: Record<Locale, string> = { fr: 'filtre', en: 'filter' };

/** How many neighbours a provider's page lists (at most two of each category), and how far it looks. */
const NEARBY_COUNT = 6;
const NEARBY_PER_CATEGORY = 2;
const NEARBY_RADII = [2_000, 6_000, 15_000, 40_000];
const NEARBY_HIKES = 4;
const NEARBY_HIKE_METRES = 12_000;

const digest = (value: unknown) =>
	createHash('sha1').update(JSON.stringify(value)).digest('base64url');

/**
 * A category's list: its providers in the lists' default order (./order.ts), their filter values,
 * its facets and facet pages.
 */
export interface ProviderList {
	category: ProviderCategory;
	providers: Provider[];
	items: FacetItem[];
	facets: FacetDefinition[];
	pages: FacetPage[];
	/** Changes whenever the filter island's data (every member's name, place, values) changes. */
	itemsDigest: string;
}

export interface Neighbour<T> {
	entry: T;
	metres: number;
}

/** What a provider's page shows besides the provider itself. */
export interface ProviderDetail {
	provider: Provider;
	village: CollectionEntry<'villages'>;
	sector: CollectionEntry<'sectors'> | undefined;
	office: CollectionEntry<'offices'> | undefined;
	nearby: Neighbour<Provider>[];
	hikes: Neighbour<CollectionEntry<'hikes'>>[];
}

interface SiteModel {
	lists: Map<ProviderCategory, ProviderList>;
	details: Map<string, ProviderDetail>;
	/** A digest of each provider's data, by id: what its page and its cards show. */
	memberDigests: Map<string, string>;
	/** Changes whenever the shared parts of every page change (offices in the footer, villages). */
	siteDigest: string;
}

let site: Promise<SiteModel> | undefined;

async function buildSite(): Promise<SiteModel> {
	const [providers, villages, sectors, offices, hikes] = await Promise.all([
		getProviders(),
		getVillages(),
		getSectors(),
		getOffices(),
		getHikes(),
	]);
	const villageById = new Map(villages.map((village) => [village.id, village]));
	const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));
	const sectorOf = (villageId: string) => villageById.get(villageId)?.data.sector.id ?? '';
	const siteDigest = digest([villages, sectors, offices, new Date().getFullYear()]);

	const lists = new Map<ProviderCategory, ProviderList>();
	for (const category of PROVIDER_CATEGORIES) {
		const members = listOrder(
			providers.filter((provider) => provider.data.category === category),
			(provider) => provider.data,
		);
		const items = members.map((provider) => ({
			id: provider.id,
			name: provider.data.name,
			lat: provider.data.location.lat,
			lon: provider.data.location.lon,
			values: providerFacetValues(
				provider.data,
				provider.data.village.id,
				sectorOf(provider.data.village.id),
			),
		}));
		const facets = providerFacets(category, {
			sectors: sectors.map((sector) => sector.id),
			villages: villages.map((village) => village.id),
			items: items.map((item) => item.values),
		});
		lists.set(category, {
			category,
			providers: members,
			items,
			facets,
			pages: facetPages(
				items.map((item) => item.values),
				facets,
				MAIN_FACETS,
			),
			itemsDigest: digest(items),
		});
	}
	const memberDigests = new Map(providers.map((provider) => [provider.id, digest(provider.data)]));

	const index = new GridIndex(providers, (provider) => provider.data.location);
	const details = new Map<string, ProviderDetail>();
	for (const provider of providers) {
		const from = provider.data.location;
		let nearby: Neighbour<Provider>[] = [];
		for (const radius of NEARBY_RADII) {
			const perCategory = new Map<string, number>();
			nearby = index
				.nearest(
					from,
					NEARBY_COUNT * PROVIDER_CATEGORIES.length,
					radius,
					(other) => other.id === provider.id,
				)
				.filter(({ item }) => {
					const seen = perCategory.get(item.data.category) ?? 0;
					perCategory.set(item.data.category, seen + 1);
					return seen < NEARBY_PER_CATEGORY;
				})
				.slice(0, NEARBY_COUNT)
				.map(({ item, metres }) => ({ entry: item, metres }));
			if (nearby.length === NEARBY_COUNT) break;
		}
		const village = villageById.get(provider.data.village.id);
		if (!village)
			throw new Error(`Provider ${provider.id}: unknown village ${provider.data.village.id}`);
		const sector = sectorById.get(village.data.sector.id);
		details.set(provider.id, {
			provider,
			village,
			sector,
			office: servingOffice(from, village.data.sector.id, offices, villageById),
			nearby,
			hikes: hikes
				.map((hike) => ({ entry: hike, metres: distanceInMetres(from, hike.data.start) }))
				.filter((hike) => hike.metres <= NEARBY_HIKE_METRES)
				.sort((a, b) => a.metres - b.metres)
				.slice(0, NEARBY_HIKES),
		});
	}
	return { lists, details, memberDigests, siteDigest };
}

/** The office of the provider's sector nearest to it (any office when its sector has none). */
function servingOffice(
	from: { lat: number; lon: number },
	sectorId: string,
	offices: CollectionEntry<'offices'>[],
	villages: Map<string, CollectionEntry<'villages'>>,
): CollectionEntry<'offices'> | undefined {
	const inSector = offices.filter(
		(office) => villages.get(office.data.village.id)?.data.sector.id === sectorId,
	);
	return (inSector.length > 0 ? inSector : offices)
		.map((office) => ({ office, metres: distanceInMetres(from, office.data.location) }))
		.sort((a, b) => a.metres - b.metres)[0]?.office;
}

/** The site model, computed once per build. */
export function providerSite(): Promise<SiteModel> {
	site ??= buildSite();
	return site;
}

export async function providerList(category: ProviderCategory): Promise<ProviderList> {
	const list = (await providerSite()).lists.get(category);
	if (!list) throw new Error(`No list for ${category}`);
	return list;
}

/** A page of a list: its number (from 1) and the number of pages of its list or facet. */
export interface ListPageNumber {
	number: number;
	count: number;
}

export type ProviderPageProps =
	| {
			view: 'list';
			category: ProviderCategory;
			facet: FacetPage | undefined;
			page: ListPageNumber;
	  }
	| { view: 'detail'; detail: ProviderDetail };

/** Each list's pages, by facet id ('' for the whole list): computed once, read by every page. */
const pagesOfLists = new WeakMap<ProviderList, Map<string, string[][]>>();

/** The ids of the members a list page shows: its facet's members, cut into pages. */
export function membersOfPages(list: ProviderList, facet: FacetPage | undefined): string[][] {
	let byFacet = pagesOfLists.get(list);
	if (!byFacet) pagesOfLists.set(list, (byFacet = new Map<string, string[][]>()));
	let pages = byFacet.get(facet?.id ?? '');
	if (!pages) {
		pages = paginate(
			list.items
				.filter((item) => !facet || matches(item.values, facet.state, list.facets))
				.map((item) => item.id),
		);
		byFacet.set(facet?.id ?? '', pages);
	}
	return pages;
}

/** Each list's members by id: computed once, read by every page of the list. */
const membersById = new WeakMap<ProviderList, Map<string, Provider>>();

/** A list's member by id (a list page shows a page of members by their ids). */
export function memberOfList(list: ProviderList, id: string): Provider | undefined {
	let byId = membersById.get(list);
	if (!byId)
		membersById.set(
			list,
			(byId = new Map(list.providers.map((provider) => [provider.id, provider]))),
		);
	return byId.get(id);
}

/** Each list's label names by code, per language: what its label filter shows. */
const labelNamesOfLists = new WeakMap<ProviderList, Map<Locale, Map<string, string>>>();

/** The names of the labels a list's members hold, by code, in a language. */
export function labelNamesOf(list: ProviderList, locale: Locale): Map<string, string> {
	let byLocale = labelNamesOfLists.get(list);
	if (!byLocale) labelNamesOfLists.set(list, (byLocale = new Map<Locale, Map<string, string>>()));
	let names = byLocale.get(locale);
	if (!names) {
		const t = useTranslations(locale);
		names = new Map(
			list.providers.flatMap((provider) =>
				provider.data.labels.map((label) => [label.code, labelName(label, t, locale)] as const),
			),
		);
		byLocale.set(locale, names);
	}
	return names;
}

/**
 * The paths of a category's pages in one language: `[...path]` is empty for the list,
 * `filtre/<facet>` for a facet page, the provider's id for its page.
 */
export async function providerPaths(category: ProviderCategory, locale: Locale) {
	const model = await providerSite();
	const list = await providerList(category);
	const member = (id: string) => model.memberDigests.get(id) ?? '';
	// A list page shows the cards of its page's members and the filter values of every member
	// (its filters): the whole list, or a facet's members, cut into numbered pages.
	const listPaths = [undefined, ...list.pages].flatMap((facet) => {
		const pages = membersOfPages(list, facet);
		return pages.map((ids, index) => {
			const page = { number: index + 1, count: pages.length };
			const path = [facet && `${FILTER_SEGMENT[locale]}/${facet.id}`, pageParam(page.number)]
				.filter(Boolean)
				.join('/');
			return {
				params: { path: path || undefined },
				props: { view: 'list', category, facet, page } satisfies ProviderPageProps,
				cacheKey: digest([
					model.siteDigest,
					list.itemsDigest,
					facet?.id ?? '',
					page,
					ids.map(member),
				]),
			};
		});
	});
	// A provider's page shows its own data and its neighbours' cards.
	const detailPaths = list.providers.map((provider) => {
		const detail = model.details.get(provider.id) as ProviderDetail;
		return {
			params: { path: provider.id },
			props: { view: 'detail', detail } satisfies ProviderPageProps,
			cacheKey: digest([
				model.siteDigest,
				member(provider.id),
				detail.office?.id,
				detail.nearby.map(({ entry, metres }) => [member(entry.id), Math.round(metres / 10)]),
				detail.hikes.map(({ entry, metres }) => [
					entry.id,
					entry.data.title,
					Math.round(metres / 10),
				]),
			]),
		};
	});
	return [...listPaths, ...detailPaths];
}
