import en from '../../../content/i18n/en.ts';
import fr from '../../../content/i18n/fr.ts';
import { interpolate } from './interpolate.ts';
import type { Locale } from './locales.ts';

export { interpolate };

export type UiKey = keyof typeof fr;

/**
 * What follows `Prefix` in the keys that start with it: `KeyTail<'shop.season.'>` is
 * 'spring' | 'summer' | …; a template such as `shop.season.${season}` with `season` of that type is
 * a key, and a code without its text is a type error.
 */
export type KeyTail<
	Prefix extends string,
	Key extends string = UiKey,
> = Key extends `${Prefix}${infer Tail}` ? Tail : never;

/**
 * Whether a code read at run time (a stored row, a form field, an outside source) has its text under
 * `prefix`: `hasKey('feedback.field.', name)` narrows `name` so that `feedback.field.${name}` is a key.
 */
export function hasKey<Prefix extends string>(
	prefix: Prefix,
	code: string,
): code is KeyTail<Prefix> {
	return Object.hasOwn(fr, `${prefix}${code}`);
}

/**
 * The key `prefix` + `code` for a code only known at run time whose text must exist (a form's
 * field names, stored choices): checked when called, a code without text is an error naming the
 * missing key. Codes of a known union need no check: `t(`shop.season.${season}`)` is typed.
 */
export function keyUnder(prefix: string, code: string): UiKey {
	const key = `${prefix}${code}`;
	if (!isUiKey(key)) throw new Error(`No text for "${key}" in the dictionaries`);
	return key;
}

/** A whole key only known at run time (a stored problem's key), checked like `keyUnder`. */
export const uiKey = (key: string): UiKey => keyUnder('', key);

/** Whether a string read at run time (a stored problem's key) is a key of the dictionaries. */
export const isUiKey = (key: string): key is UiKey => Object.hasOwn(fr, key);

const dictionaries: Record<Locale, Record<UiKey, string>> = { fr, en };

/** The translation function of a language: `t('office.title', { name })`. */
export function useTranslations(locale: Locale) {
	const dictionary = dictionaries[locale];
	// Most texts have no placeholder: they are returned as they are, without a pass of the regex
	// (here rather than in `interpolate`, which browser scripts carry).
	return (key: UiKey, values?: Record<string, string | number>) => {
		const template = dictionary[key];
		return template.includes('{{') ? interpolate(template, values, locale) : template;
	};
}

export type Translate = ReturnType<typeof useTranslations>;

/**
 * The texts of a language whose keys `keep` chooses, as they are (placeholders unfilled): what a
 * page hands to its browser script, which fills them itself.
 */
export function textsWhere(locale: Locale, keep: (key: string) => boolean): Record<string, string> {
	return Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => keep(key)));
}
