/**
 * A provider's data as a visitor reads it, in one language: kinds, labels with their level,
 * prices, seasons, feed text with the French fallback.
 */
import type { Range } from '../facets/filters';
import { formatMonthDay } from '../i18n/format';
import { intlTag, type Locale } from '../i18n/locales';
import { hasKey, type Translate } from '../i18n/ui';
import { KNOWN_LABELS, type ProviderCategory } from '../datatourisme/vocabulary';
import { priceFrom } from './facets';
import { dateTimeFormat, displayNames, numberFormat } from '../i18n/intl';

/** Labels with a name and an explanation in the dictionaries. */
const KNOWN_LABEL_CODES = new Set([...KNOWN_LABELS.map((label) => label.code), 'stars']);
/** Labels whose level is worded in the dictionaries ("3 épis"). */
/** Labels with levels (épis, clés, étoiles): each has its `providers.level.*` texts. */
const LEVELLED = ['gites-de-france', 'clevacances', 'stars'] as const;
const isLevelled = (code: string): code is (typeof LEVELLED)[number] =>
	(LEVELLED as readonly string[]).includes(code);

export interface FeedText {
	fr: string;
	en?: string | undefined;
}

/** Feed text in a language: English falls back on French, marked so the page can say `lang="fr"`. */
export function textIn(text: FeedText, locale: Locale): { text: string; lang: Locale } {
	if (locale === 'en' && text.en) return { text: text.en, lang: 'en' };
	return { text: text.fr, lang: 'fr' };
}

/** Paragraphs of a feed text: blank lines or line breaks separate them. */
export const paragraphs = (text: string): string[] =>
	text
		.split(/\r?\n+/)
		.map((line) => line.trim())
		.filter(Boolean);

/** A kind's name; a kind the site has no name for reads as its code. */
export const kindName = (kind: string, t: Translate) =>
	hasKey('providers.kind.', kind) ? t(`providers.kind.${kind}`) : kind;

export const isKnownLabel = (code: string) => KNOWN_LABEL_CODES.has(code);

/** A label's name: the site's for the labels it knows, the feed's otherwise. */
export function labelName(
	label: { code: string; name: FeedText },
	t: Translate,
	locale: Locale,
): string {
	return isKnownLabel(label.code) && hasKey('providers.label.', label.code)
		? t(`providers.label.${label.code}`)
		: textIn(label.name, locale).text;
}

/** "Gîtes de France, 3 épis"; "Official star rating, 3 stars". */
export function labelText(
	label: { code: string; name: FeedText; level?: number | undefined },
	t: Translate,
	locale: Locale,
): string {
	const name = labelName(label, t, locale);
	const code = label.code;
	if (label.level === undefined || !isLevelled(code)) return name;
	const level =
		label.level === 1
			? t(`providers.level.${code}.one`)
			: t(`providers.level.${code}`, { count: label.level });
	return `${name}, ${level}`;
}

/** An explanation of a label the site knows. */
export const labelInfo = (code: string, t: Translate): string | undefined =>
	isKnownLabel(code) && hasKey('providers.labelInfo.', code)
		? t(`providers.labelInfo.${code}`)
		: undefined;

const priceFormats = new Map<string, Intl.NumberFormat>();

/** 375 → "375 €" / "€375". */
export function formatPrice(amount: number, locale: Locale): string {
	const digits = Number.isInteger(amount) ? 0 : 2;
	const key = `${locale}${digits}`;
	let format = priceFormats.get(key);
	if (!format) {
		format = numberFormat(intlTag(locale), {
			style: 'currency',
			currency: 'EUR',
			maximumFractionDigits: digits,
		});
		priceFormats.set(key, format);
	}
	return format.format(amount);
}

/** A price line: "375 € à 485 € la semaine" / "€375 to €485 a week". */
export function priceText(
	price: { min?: number | undefined; max?: number | undefined; per?: string | undefined },
	t: Translate,
	locale: Locale,
): string {
	const { min, max } = price;
	const amount =
		min !== undefined && max !== undefined && max > min
			? t('provider.priceRange', { min: formatPrice(min, locale), max: formatPrice(max, locale) })
			: formatPrice(min ?? max ?? 0, locale);
	const per = price.per && isPer(price.per) ? ` ${t(`providers.per.${price.per}`)}` : '';
	return `${amount}${per}`;
}

const PER_CODES = ['PerNight', 'PerWeek', 'PerPerson', 'PerDay', 'PerWeekend', 'PerGroup'] as const;
const isPer = (code: string): code is (typeof PER_CODES)[number] =>
	(PER_CODES as readonly string[]).includes(code);

/** "From €60 a night" for cards: the cheapest price line (per night for accommodation). */
export function priceFromText(
	provider: {
		category: ProviderCategory;
		prices: readonly {
			min?: number | undefined;
			max?: number | undefined;
			per?: string | undefined;
		}[];
	},
	t: Translate,
	locale: Locale,
): string | undefined {
	const comparable = (price: (typeof provider.prices)[number]) =>
		priceFrom({ category: provider.category, prices: [price] });
	const cheapest = provider.prices
		.filter((price) => comparable(price) !== undefined)
		.reduce<(typeof provider.prices)[number] | undefined>(
			(best, price) =>
				best === undefined || (comparable(price) ?? 0) < (comparable(best) ?? 0) ? price : best,
			undefined,
		);
	if (!cheapest) return undefined;
	return t('providers.card.priceFrom', {
		price: priceText({ min: cheapest.min ?? cheapest.max, per: cheapest.per }, t, locale),
	});
}

/** A price band of the filters: "under €50", "€50 to €80", "over €120". */
export function rangeText(range: Range, t: Translate): string {
	if (range.min !== undefined && range.max !== undefined)
		return t('providers.price.between', { min: range.min, max: range.max });
	if (range.max !== undefined) return t('providers.price.under', { max: range.max });
	return t('providers.price.over', { min: range.min ?? 0 });
}

/** "1 April to 31 October", or "All year round". */
export function seasonText(
	period: { from: string; to: string },
	t: Translate,
	locale: Locale,
): string {
	if (period.from === '01-01' && period.to === '12-31') return t('provider.allYear');
	return t('provider.season', {
		from: formatMonthDay(period.from, locale),
		to: formatMonthDay(period.to, locale),
	});
}

/** "juillet" / "July". */
export function monthName(month: number, locale: Locale): string {
	return dateTimeFormat(intlTag(locale), {
		month: 'long',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(2024, month - 1, 1)));
}

/** "anglais, néerlandais" / "English, Dutch". */
export function languageNames(codes: readonly string[], locale: Locale): string[] {
	const names = displayNames([intlTag(locale)], { type: 'language' });
	return codes.map((code) => names.of(code) ?? code);
}

/** "le Pont-de-Montvert" in "au Pont-de-Montvert": French contracts "à le". */
export function inVillage(village: string, t: Translate, locale: Locale): string {
	if (locale === 'fr') {
		if (village.startsWith('Le ')) return `au ${village.slice(3)}`;
		if (village.startsWith('Les ')) return `aux ${village.slice(4)}`;
	}
	return t('provider.in', { village });
}

/** Length of a text as written in HTML, where Astro escapes `&`, quotes and angle brackets. */
const htmlLength = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/['"]/g, '&#39;').replace(/[<>]/g, '&lt;').length;

/**
 * The first title that stays within 70 characters as written in the page, counting the site
 * name the layout appends when the title leaves room for it (BaseLayout.astro): search engines
 * cut longer titles, and the HTML gate refuses them.
 */
export function fittingTitle(candidates: readonly string[], siteName: string, max = 70): string {
	const written = (title: string) => {
		const withSiteName = `${title} | ${siteName}`;
		return withSiteName.length > max ? title : withSiteName;
	};
	return candidates.find((title) => htmlLength(written(title)) <= max) ?? candidates.at(-1) ?? '';
}
