/**
 * The dictionaries for text the function writes outside a page (mail), in either language.
 * Imported with their extensions so that the commands run this with Node alone.
 */
import en from '../../../content/i18n/en.ts';
import fr from '../../../content/i18n/fr.ts';
import { DEPARTEMENTS } from './choices.ts';
import type { FeedbackLocale } from './repository.ts';

const DICTIONARIES: Record<FeedbackLocale, Record<string, string>> = { fr, en };

export type Translator = (key: string, values?: Record<string, string | number>) => string;

/** `t(key, values)` in a language; an unknown key or a missing value is an error, never shown. */
export function translator(locale: FeedbackLocale): Translator {
	const dictionary = DICTIONARIES[locale];
	return (key, values = {}) => {
		const template = dictionary[key];
		if (template === undefined) throw new Error(`No text "${key}" in ${locale}`);
		return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
			const value = values[name];
			if (value === undefined) throw new Error(`Missing value for {{${name}}} in "${key}"`);
			return String(value);
		});
	};
}

/** The dictionary prefix of each choice field's labels. */
export const CHOICE_LABELS: Record<string, string> = {
	topic: 'feedback.topic.',
	subject: 'feedback.subject.',
	heardFrom: 'feedback.heardFrom.',
	groupType: 'feedback.group.',
	recommend: 'feedback.recommend.',
};

/** A stored answer as a person reads it: labels for choices, names for countries. */
export function answerText(
	field: string,
	value: unknown,
	locale: FeedbackLocale,
	t: Translator,
): string {
	if (typeof value !== 'string' && typeof value !== 'number') return '—';
	const shown = String(value);
	if (shown === '') return '—';
	const prefix = CHOICE_LABELS[field];
	if (prefix) return t(`${prefix}${shown}`);
	if (field === 'country')
		return new Intl.DisplayNames([locale], { type: 'region' }).of(shown) ?? shown;
	if (field === 'departement') return `${DEPARTEMENTS[shown] ?? ''} (${shown})`;
	if (field === 'consent' || field.startsWith('brochure-')) return t('feedback.yes');
	if (field === 'language')
		return new Intl.DisplayNames([locale], { type: 'language' }).of(shown) ?? shown;
	return shown;
}

/** "26 novembre 2026" / "26 November 2026", in the office's time zone. */
export const longDate = (date: Date, locale: FeedbackLocale) =>
	new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		dateStyle: 'long',
		timeZone: 'Europe/Paris',
	}).format(date);

export const dateTime = (date: Date, locale: FeedbackLocale) =>
	new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'Europe/Paris',
	}).format(date);
