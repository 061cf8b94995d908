/**
 * What the four feedback forms' parts share: the values and errors they show, and the texts and
 * choices they build from the dictionaries (field labels, "(optional)", lists of options, the
 * country list with the frequent countries first).
 */
import { COUNTRIES, FREQUENT_COUNTRIES } from './choices';
import type { Locale } from '../i18n/locales';
import { keyUnder, useTranslations } from '../i18n/ui';

/** What the page passes to each form's part: the values to show and the error of each field. */
export interface FeedbackFormParts {
	locale: Locale;
	values: Record<string, string>;
	errors: Record<string, string | undefined>;
}

export interface Option {
	value: string;
	label: string;
}

/** Sorts labels as the language sorts them, ignoring case and accents. */
export function byLabel(locale: Locale) {
	return (a: { label: string }, b: { label: string }) =>
		a.label.localeCompare(b.label, locale, { sensitivity: 'base' });
}

/** The texts of a feedback form in one language. */
export function feedbackFormText(locale: Locale) {
	const t = useTranslations(locale);
	return {
		t,
		/** A field's label: `feedback.field.<name>`. */
		label: (field: string) => t(keyUnder('feedback.field.', field)),
		optional: t('feedback.optional'),
		choose: t('feedback.choose'),
		/** A fixed list of choices, each labelled by `<prefix><value>`. */
		options: (prefix: string, list: readonly string[]): Option[] =>
			list.map((value) => ({ value, label: t(keyUnder(prefix, value)) })),
	};
}

/** The country list: the frequent countries first, in their order, then all others by name. */
export function countryGroups(locale: Locale): { label: string; options: Option[] }[] {
	const t = useTranslations(locale);
	const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
	const option = (code: string) => ({ value: code, label: regionNames.of(code) ?? code });
	return [
		{ label: t('feedback.countriesFrequent'), options: FREQUENT_COUNTRIES.map(option) },
		{
			label: t('feedback.countriesAll'),
			options: COUNTRIES.filter((code) => !FREQUENT_COUNTRIES.includes(code))
				.map(option)
				.sort(byLabel(locale)),
		},
	];
}

/** A 1–5 rating's choices; an optional rating starts with "no answer". */
export function ratingOptions(
	locale: Locale,
	required: boolean,
): (Option & { accessibleLabel?: string })[] {
	const t = useTranslations(locale);
	return [
		...(required ? [] : [{ value: '', label: t('feedback.rating.none') }]),
		...['1', '2', '3', '4', '5'].map((value) => ({
			value,
			label: value,
			accessibleLabel: t('feedback.rating.value', { value }),
		})),
	];
}
