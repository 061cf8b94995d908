import en from '../../../content/i18n/en.ts';
import fr from '../../../content/i18n/fr.ts';
import { contractPrepositions } from './french.ts';
import type { Locale } from './locales.ts';

export type UiKey = keyof typeof fr;

const dictionaries: Record<Locale, Record<UiKey, string>> = { fr, en };

/**
 * Fills `{{name}}` placeholders; a placeholder without a value is an error, never shown raw. In
 * French, "de" and "à" just before a placeholder join its value as French does ("de" + "Le
 * Pont-de-Montvert" → "du Pont-de-Montvert": src/lib/i18n/french.ts).
 */
export function interpolate(
	template: string,
	values: Record<string, string | number> = {},
	locale: Locale = 'en',
): string {
	const fill = (name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`Missing value for {{${name}}} in "${template}"`);
		return String(value);
	};
	return locale === 'fr'
		? contractPrepositions(template, fill)
		: template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => fill(name));
}

/** The translation function of a language: `t('office.title', { name })`. */
export function useTranslations(locale: Locale) {
	const dictionary = dictionaries[locale];
	return (key: UiKey, values?: Record<string, string | number>) =>
		interpolate(dictionary[key], values, locale);
}

export type Translate = ReturnType<typeof useTranslations>;
