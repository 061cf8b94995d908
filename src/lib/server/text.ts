/**
 * The server's one translator: the site's typed dictionaries (src/lib/i18n/ui.ts) for text it
 * writes outside a page (mail, refusals), and the dates mail shows. Imported with their
 * extensions so that the commands run this with Node alone.
 */
import fr from '../../../content/i18n/fr.ts';
import { dateTimeFormat } from '../i18n/intl.ts';
import { intlTag, type Locale } from '../i18n/locales.ts';
import { useTranslations, type Translate, type UiKey } from '../i18n/ui.ts';

export type { Translate };

/** `t(key, values)` in a language; a missing value is an error, never shown. */
export const translator = (locale: Locale): Translate => useTranslations(locale);

/** Whether `key` is a text of the dictionaries. */
export const isUiKey = (key: string): key is UiKey => Object.hasOwn(fr, key);

/**
 * A key that arrives as data (a refusal's message, a choice's label), checked where it is used:
 * an unknown key is an error, never shown.
 */
export function uiKey(key: string): UiKey {
	if (!isUiKey(key)) throw new Error(`No text "${key}"`);
	return key;
}

/** "26 novembre 2026" / "26 November 2026", in the office's time zone. */
export const longDate = (date: Date, locale: Locale) =>
	dateTimeFormat(intlTag(locale), {
		dateStyle: 'long',
		timeZone: 'Europe/Paris',
	}).format(date);

export const dateTime = (date: Date, locale: Locale) =>
	dateTimeFormat(intlTag(locale), {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'Europe/Paris',
	}).format(date);
