/**
 * How the agenda words dates, times and prices for visitors, in each language: plain functions
 * taking the translation function, tested directly.
 */
import type { IsoDate } from '../calendar/dates';
import {
	closedWeekdays,
	isLongRun,
	missingDates,
	occurrenceInstants,
	runsOf,
	type AgendaSlot,
	type Occurrence,
} from '../calendar/occurrences';
import { formatTime } from '../i18n/format';
import { intlTag, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import type { Weekday } from '../opening-hours';
import { ruleInWords } from './recurrence';
import { dateTimeFormat, listFormat, numberFormat } from '../i18n/intl';

/** Text in the page's language, or the French one marked as such when the feed has no English. */
export function localText(
	text: { fr: string; en?: string | undefined },
	locale: Locale,
): { text: string; lang?: 'fr' } {
	if (locale === 'fr') return { text: text.fr };
	return text.en !== undefined ? { text: text.en } : { text: text.fr, lang: 'fr' };
}

/**
 * A date as a heading or a line: "samedi 3 avril" / "Saturday 3 April", with the year when it is
 * not this year's ("samedi 3 avril 2027").
 */
export function formatDay(date: IsoDate, locale: Locale, today: IsoDate): string {
	const withYear = date.slice(0, 4) !== today.slice(0, 4);
	const formatted = dateTimeFormat(intlTag(locale), {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(withYear ? { year: 'numeric' } : {}),
		timeZone: 'UTC',
	}).format(new Date(`${date}T00:00:00Z`));
	// British usage has no comma after the weekday ("Sunday 28 March 2027").
	return locale === 'fr' ? formatted.replace(/ 1 /, ' 1er ') : formatted.replace(',', '');
}

/** "samedi 3 avril" → "Samedi 3 avril": a date that starts a heading or a line. */
export const capitalise = (text: string): string =>
	text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A short date for compact lines: "3 avril" / "3 April", with the year when not this year's. */
export function formatShortDay(date: IsoDate, locale: Locale, today: IsoDate): string {
	const withYear = date.slice(0, 4) !== today.slice(0, 4);
	const formatted = dateTimeFormat(intlTag(locale), {
		day: 'numeric',
		month: 'long',
		...(withYear ? { year: 'numeric' } : {}),
		timeZone: 'UTC',
	}).format(new Date(`${date}T00:00:00Z`));
	return locale === 'fr' ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** "10 h – 12 h 30", "à partir de 19 h 30" / "10am – 12.30pm", "from 7.30pm"; "" without times. */
export function timeRange(
	times: { start?: string | undefined; end?: string | undefined },
	locale: Locale,
	t: Translate,
): string {
	if (!times.start) return '';
	const start = formatTime(times.start, locale);
	return times.end
		? t('events.time.range', { start, end: formatTime(times.end, locale) })
		: t('events.time.from', { time: start });
}

/** A list of words joined as a sentence: "lundi et mardi" / "Mondays and Tuesdays". */
export function joinWords(words: readonly string[], locale: Locale): string {
	return listFormat(intlTag(locale), { type: 'conjunction' }).format(words);
}

/** Weekday names for "closed on …": "lundi" / "Mondays". */
export function weekdayNames(days: readonly Weekday[], locale: Locale): string {
	// 2024-01-01 was a Monday.
	const names = days.map((day) => {
		const index = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].indexOf(day);
		const name = dateTimeFormat(intlTag(locale), {
			weekday: 'long',
			timeZone: 'UTC',
		}).format(new Date(Date.UTC(2024, 0, 1 + index)));
		return locale === 'en' ? `${name}s` : name;
	});
	return joinWords(names, locale);
}

/**
 * The "when" line of an agenda line: its times, and "until …" for a long run or the rule of a
 * weekly series ("Tous les mardis matin, de juin à septembre").
 */
export function slotWhen(
	slot: Pick<AgendaSlot, 'running' | 'last' | 'start' | 'end' | 'rule'>,
	locale: Locale,
	t: Translate,
	today: IsoDate,
): { times: string; until?: string } {
	const times = timeRange(slot, locale, t);
	if (slot.rule) return { times, until: ruleInWords(slot.rule, locale, t) };
	return slot.running
		? { times, until: t('events.until', { date: formatDay(slot.last, locale, today) }) }
		: { times };
}

/** "5 €", "10 à 15 €" / "€5", "€10 to €15"; "Gratuit" / "Free"; undefined when unknown. */
export function priceText(
	event: {
		free: boolean;
		price?: { from?: number | undefined; to?: number | undefined } | undefined;
	},
	locale: Locale,
	t: Translate,
): string | undefined {
	if (event.free) return t('events.badge.free');
	const money = (amount: number) =>
		numberFormat(intlTag(locale), {
			style: 'currency',
			currency: 'EUR',
			maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
		}).format(amount);
	const { from, to } = event.price ?? {};
	if (from !== undefined && to !== undefined && to !== from)
		return t('events.price.range', { from: money(from), to: money(to) });
	if (from !== undefined) return money(from);
	if (to !== undefined) return t('events.price.upTo', { price: money(to) });
	return undefined;
}

/** One line of an event's dates, with the instant it ends (the browser hides it then). */
export interface DateLine {
	text: string;
	/** The times, when the line has some. */
	times: string;
	endsAt: number;
	/** ISO date of the line's first day, for <time datetime>. */
	date: IsoDate;
}

/** At most this many exceptions are listed by date ("except 25 December"). */
const MAX_LISTED_EXCEPTIONS = 6;

/**
 * An event's upcoming dates as lines for its page: a long run as "from … to …" with the days it
 * is closed, the other occurrences one per line.
 */
export function dateLines(
	occurrences: readonly Occurrence[],
	now: number,
	locale: Locale,
	t: Translate,
	today: IsoDate,
): DateLine[] {
	const upcoming = occurrences.filter((occurrence) => occurrenceInstants(occurrence).end > now);
	return runsOf(upcoming).flatMap((run): DateLine[] => {
		const times = timeRange(run, locale, t);
		if (!isLongRun(run))
			return run.dates.map((date) => ({
				text: formatDay(date, locale, today),
				times,
				endsAt: occurrenceInstants({ date, start: run.start, end: run.end }).end,
				date,
			}));
		const closed = closedWeekdays(run);
		const missing = missingDates(run);
		let text = t('events.fromTo', {
			from: formatDay(run.first, locale, today),
			to: formatDay(run.last, locale, today),
		});
		if (closed.length > 0)
			text += ` (${t('events.closedOn', { days: weekdayNames(closed, locale) })})`;
		else if (missing.length > 0 && missing.length <= MAX_LISTED_EXCEPTIONS)
			text += ` (${t('events.except', {
				dates: joinWords(
					missing.map((date) => formatShortDay(date, locale, today)),
					locale,
				),
			})})`;
		return [
			{
				text,
				times,
				endsAt: occurrenceInstants({ date: run.last, start: run.start, end: run.end }).end,
				date: run.first,
			},
		];
	});
}

/** A fortnight's dates: "du 1er au 15 décembre 2026" / "1–15 December 2026". */
export function periodText(from: IsoDate, to: IsoDate, locale: Locale): string {
	const day = (date: IsoDate) => {
		const value = Number(date.slice(8, 10));
		return locale === 'fr' && value === 1 ? '1er' : String(value);
	};
	const monthYear = dateTimeFormat(intlTag(locale), {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(`${to}T00:00:00Z`));
	if (from.slice(0, 7) !== to.slice(0, 7))
		return dateTimeFormat(intlTag(locale), {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		}).formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
	return locale === 'fr'
		? `du ${day(from)} au ${day(to)} ${monthYear}`
		: `${day(from)}–${day(to)} ${monthYear}`;
}

/** A page's meta description must be 50 to 160 characters (tests/site checks every page). */
const DESCRIPTION_LENGTH = { min: 50, max: 160 } as const;

/** Cuts a text at a word boundary to at most `max` characters, with "…" when cut. */
function clamp(text: string, max: number): string {
	if (text.length <= max) return text;
	return `${text.slice(0, max - 1).replace(/[\s,;:.–-]+\S*$/, '')}…`;
}

/**
 * An event page's meta description: its summary, or — too short, as a feed's summary may be —
 * the longer form naming the place and the date; cut at a word when too long.
 */
export function metaDescription(summary: string, longer: string): string {
	if (summary.length >= DESCRIPTION_LENGTH.min && summary.length <= DESCRIPTION_LENGTH.max)
		return summary;
	return clamp(summary.length < DESCRIPTION_LENGTH.min ? longer : summary, DESCRIPTION_LENGTH.max);
}
