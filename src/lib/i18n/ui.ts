import en from '../../../content/i18n/en';
import fr from '../../../content/i18n/fr';
import type { Locale } from './locales';

export type UiKey = keyof typeof fr;

const dictionaries: Record<Locale, Record<UiKey, string>> = { fr, en };

/** Fills `{{name}}` placeholders; a placeholder without a value is an error, never shown raw. */
export function interpolate(
	template: string,
	values: Record<string, string | number> = {},
): string {
	return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`Missing value for {{${name}}} in "${template}"`);
		return String(value);
	});
}

/** The translation function of a language: `t('office.title', { name })`. */
export function useTranslations(locale: Locale) {
	const dictionary = dictionaries[locale];
	return (key: UiKey, values?: Record<string, string | number>) =>
		interpolate(dictionary[key], values);
}

export type Translate = ReturnType<typeof useTranslations>;
