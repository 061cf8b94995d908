/** How hike figures read in each language. */
import { intlTag, type Locale } from '../i18n/locales';
import { dateTimeFormat, numberFormat } from '../i18n/intl';

/** 20761 → "20,8 km" / "20.8 km" (one decimal: walkers compare hikes to the hundred metres). */
export function formatLength(metres: number, locale: Locale): string {
	return numberFormat(intlTag(locale), {
		style: 'unit',
		unit: 'kilometer',
		minimumFractionDigits: 1,
		maximumFractionDigits: 1,
	}).format(metres / 1000);
}

/** 1705 → "1 705 m" / "1,705 m". */
export function formatMetres(metres: number, locale: Locale): string {
	return numberFormat(intlTag(locale), { style: 'unit', unit: 'meter' }).format(Math.round(metres));
}

/** 285 → "4 h 45" / "4 hr 45 min"; 60 → "1 h" / "1 hr"; 45 → "45 min". */
export function formatDuration(minutes: number, locale: Locale): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${rest} min`;
	if (locale === 'fr') return rest ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h`;
	return rest ? `${hours} hr ${rest} min` : `${hours} hr`;
}

/** An ISO 8601 duration for JSON-LD: 285 → "PT4H45M". */
export function isoDuration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

/** File sizes for download links: 10918 → "11 ko" / "11 kB". */
export function formatFileSize(bytes: number, locale: Locale): string {
	const kilobytes = Math.max(1, Math.round(bytes / 1000));
	return `${numberFormat(intlTag(locale)).format(kilobytes)} ${locale === 'fr' ? 'ko' : 'kB'}`;
}

/** Months (1–12) as words: [6, 7, 8] → "juin, juillet, août" / "June, July, August". */
export function formatMonths(months: readonly number[], locale: Locale): string {
	const formatter = dateTimeFormat(intlTag(locale), { month: 'long', timeZone: 'UTC' });
	return months.map((month) => formatter.format(new Date(Date.UTC(2024, month - 1, 1)))).join(', ');
}
