/** Sizes and dates of what is stored on the device, as the offline pages show them. */
import { intlTag, type Locale } from '../i18n/locales';
import { dateTimeFormat, numberFormat } from '../i18n/intl';

/** 950 kB, 1.9 MB (decimal units, as phones show storage); "ko"/"Mo" in French. */
export function formatBytes(bytes: number, locale: Locale): string {
	const megabytes = bytes / 1_000_000;
	if (megabytes < 1) {
		const kilobytes = Math.max(1, Math.round(bytes / 1000));
		return `${numberFormat(intlTag(locale)).format(kilobytes)} ${locale === 'fr' ? 'ko' : 'kB'}`;
	}
	const figure = numberFormat(intlTag(locale), { maximumFractionDigits: 1 }).format(megabytes);
	return `${figure} ${locale === 'fr' ? 'Mo' : 'MB'}`;
}

/** 26 November 2026 / 26 novembre 2026, in the device's time zone. */
export function formatSavedDate(iso: string, locale: Locale): string {
	return dateTimeFormat(intlTag(locale), { dateStyle: 'long' }).format(new Date(iso));
}

/** Zoom levels as a range when they follow each other: [12, 13, 14] → "12–14". */
export function formatZooms(zooms: readonly number[]): string {
	if (zooms.length === 0) return '–';
	const sorted = [...zooms].sort((a, b) => a - b);
	const consecutive = sorted.every((zoom, index) => index === 0 || zoom === sorted[index - 1]! + 1);
	return consecutive && sorted.length > 1 ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(', ');
}

/** Fills `{name}` placeholders left in a message by the page (the map's client text does the same). */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		values[name] === undefined ? match : String(values[name]),
	);
}
