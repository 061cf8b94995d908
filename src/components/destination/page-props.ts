/**
 * What every place page's view takes (sector, village, theme, experience, office, itinerary): its
 * entry, under the name of one of its kind, and the language to draw it in.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { Locale } from '../../lib/i18n/locales';

export type EntryPageProps<Name extends string, Collection extends CollectionKey> = {
	[key in Name]: CollectionEntry<Collection>;
} & { locale: Locale };
