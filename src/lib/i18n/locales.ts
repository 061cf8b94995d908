/** The site's languages: French at /, English at /en/. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/**
 * Every language tag of the site, in one place: BCP 47 tags for `lang` and `hreflang`, Open Graph's
 * locales, and the regional tags of `Intl` formats and of documents' language (PDF, JSON-LD).
 */
export const LANGUAGE_TAGS = {
	fr: { html: 'fr', og: 'fr_FR', intl: 'fr-FR' },
	en: { html: 'en', og: 'en_GB', intl: 'en-GB' },
} as const satisfies Record<Locale, { html: string; og: string; intl: string }>;

/** The regional tag of a language for `Intl` formats and documents: 'fr-FR', 'en-GB'. */
export const intlTag = (locale: Locale): string => LANGUAGE_TAGS[locale].intl;

/** The back office's language: staff pages, summaries and their PDF are in French only. */
export const STAFF_TAG = LANGUAGE_TAGS.fr.intl;

export const otherLocale = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
