/**
 * Cards for the entries of collections the destination pages list without owning them: hikes,
 * providers and events. Their pages come with their own issues; a card links to its page as soon
 * as the route exists in ROUTES, and is a plain card until then.
 */
import { formatLongDate } from './i18n/format';
import type { Locale } from './i18n/locales';
import { pathTo, ROUTES, type RouteName } from './i18n/routes';
import { useTranslations } from './i18n/ui';

export interface Teaser {
	id: string;
	title: string;
	text: string;
	/** Set when the text is not in the page's language. */
	textLang?: Locale;
	href?: string;
	meta?: string;
	/** The sample mark ("Exemple"), shown on the card of a sample entry. */
	mark?: string;
}

/** The card's mark when the entry is sample data. */
const markOf = (data: { sample?: boolean | undefined }, locale: Locale) =>
	data.sample ? { mark: useTranslations(locale)('sample.mark') } : {};

/** The path of an entry's page under the first of `routes` that exists, or undefined. */
export function optionalPath(
	routes: readonly string[],
	id: string,
	locale: Locale,
): string | undefined {
	const route = routes.find((name): name is RouteName => Object.hasOwn(ROUTES, name));
	return route ? pathTo({ route, id }, locale) : undefined;
}

type Translated = { fr: string; en: string };

export function hikeTeaser(
	hike: {
		id: string;
		data: { title: Translated; summary: Translated; sample?: boolean | undefined };
	},
	locale: Locale,
): Teaser {
	const href = optionalPath(['hike'], hike.id, locale);
	return {
		id: hike.id,
		title: hike.data.title[locale],
		text: hike.data.summary[locale],
		...(href ? { href } : {}),
		...markOf(hike.data, locale),
	};
}

/** The route of a provider's page, by category (the providers issue's "where to stay", "where to eat"…). */
const PROVIDER_ROUTES: Record<string, string> = {
	accommodation: 'stayEntry',
	restaurant: 'eatEntry',
	activity: 'activitiesEntry',
	producer: 'producersEntry',
	shop: 'shopsEntry',
};

/** The list page of each provider category, where the full selection is. */
export const PROVIDER_LISTS: Partial<Record<string, RouteName>> = {
	accommodation: 'stay',
	restaurant: 'eat',
	activity: 'activities',
	producer: 'producers',
	shop: 'shops',
};

type FeedText = { fr: string; en?: string | undefined };

/**
 * Providers' texts come from the tourism database: French always, English when they wrote it.
 * The card reads the feed's `summary`, or the `description` of the first provider schema.
 */
export function providerTeaser(
	provider: {
		id: string;
		data: {
			name: string;
			category: string;
			summary?: FeedText | undefined;
			description?: FeedText | undefined;
			sample?: boolean | undefined;
		};
	},
	locale: Locale,
	villageName?: string,
): Teaser {
	const text = provider.data.summary ?? provider.data.description ?? { fr: '' };
	const english = locale === 'en' ? text.en : undefined;
	const href = optionalPath(
		[PROVIDER_ROUTES[provider.data.category] ?? 'provider'],
		provider.id,
		locale,
	);
	return {
		id: provider.id,
		title: provider.data.name,
		text: english ?? text.fr,
		...(locale === 'en' && english === undefined ? { textLang: 'fr' as const } : {}),
		...(href ? { href } : {}),
		...(villageName ? { meta: villageName } : {}),
		...markOf(provider.data, locale),
	};
}

export function eventTeaser(
	event: {
		id: string;
		next: string;
		data: { title: FeedText; summary: FeedText; sample?: boolean | undefined };
	},
	locale: Locale,
	villageName?: string,
): Teaser {
	const href = optionalPath(['event'], event.id, locale);
	const date = formatLongDate(event.next, locale);
	// Events from the feed may have no English: the card then shows the French, marked as such.
	const text = locale === 'en' ? event.data.summary.en : event.data.summary.fr;
	return {
		id: event.id,
		title: (locale === 'en' ? event.data.title.en : undefined) ?? event.data.title.fr,
		text: text ?? event.data.summary.fr,
		...(text === undefined ? { textLang: 'fr' as const } : {}),
		meta: villageName ? `${date} · ${villageName}` : date,
		...(href ? { href } : {}),
		...markOf(event.data, locale),
	};
}
