/** The site's languages: French at /, English at /en/. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** BCP 47 tags for `lang`, `hreflang` and Open Graph. */
export const LANGUAGE_TAGS: Record<Locale, { html: string; og: string }> = {
	fr: { html: 'fr', og: 'fr_FR' },
	en: { html: 'en', og: 'en_GB' },
};

export const otherLocale = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tags for `Intl` formats (dates, numbers): French of France, British English. */
export const INTL_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
