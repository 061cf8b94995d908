import type { ClockTime, MonthDay } from '../opening-hours';
import { intlTag, type Locale } from './locales';
import { dateTimeFormat, numberFormat } from './intl';

/** "07-01" → "1er juillet" / "1 July". */
export function formatMonthDay(monthDay: MonthDay, locale: Locale): string {
	const [month = 1, day = 1] = monthDay.split('-').map(Number);
	const date = new Date(Date.UTC(2024, month - 1, day));
	const formatted = dateTimeFormat(intlTag(locale), {
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC',
	}).format(date);
	return locale === 'fr' && day === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** "14:30" → "14 h 30" (French typography) / "2.30pm" (British usage). */
export function formatTime(time: ClockTime, locale: Locale): string {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	const mm = String(minutes).padStart(2, '0');
	if (locale === 'fr') return minutes ? `${hours} h ${mm}` : `${hours} h`;
	const suffix = hours < 12 ? 'am' : 'pm';
	const twelve = hours % 12 === 0 ? 12 : hours % 12;
	return minutes ? `${twelve}.${mm}${suffix}` : `${twelve}${suffix}`;
}

/** 15258 → "15 258" / "15,258". */
export function formatNumber(value: number, locale: Locale): string {
	return numberFormat(intlTag(locale)).format(value);
}

/** A long date "2026-11-26" → "jeudi 26 novembre" / "Thursday 26 November". */
export function formatLongDate(date: string, locale: Locale): string {
	const formatted = dateTimeFormat(intlTag(locale), {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC',
	}).format(new Date(`${date}T00:00:00Z`));
	return locale === 'fr' ? formatted.replace(/ 1 /, ' 1er ') : formatted;
}

/**
 * A distance for a visitor: "850 m" under a kilometre (to 10 m), "4,2 km" / "4.2 km" under
 * 10 km, whole kilometres beyond.
 */
export function formatDistance(metres: number, locale: Locale): string {
	const tag = intlTag(locale);
	if (metres < 995) {
		const rounded = Math.max(10, Math.round(metres / 10) * 10);
		return numberFormat(tag, { style: 'unit', unit: 'meter' }).format(rounded);
	}
	const kilometres = metres / 1000;
	return numberFormat(tag, {
		style: 'unit',
		unit: 'kilometer',
		maximumFractionDigits: kilometres < 9.95 ? 1 : 0,
	}).format(kilometres);
}
