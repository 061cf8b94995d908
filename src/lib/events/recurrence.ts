/**
 * Weekly events (a market, a guided walk every Tuesday) found in an event's dates and worded as a
 * rule: "Tous les mardis matin, de juin à septembre" / "Every Tuesday morning, June to
 * September". The agenda lists such an event once with its rule rather than once per date. The
 * rule is read from the occurrences, not from the YAML's rules, so that the feed's events (dates
 * only) are grouped too. Month and weekday names come from Intl.
 */
import { daysBetween, weekdayOf, type IsoDate } from '../calendar/dates';
import type { Occurrence } from '../calendar/occurrences';
import { intlTag, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import type { Weekday } from '../opening-hours';
import { dateTimeFormat, listFormat } from '../i18n/intl';

/** Dates on the same weekdays at the same times, week after week. */
export interface WeeklyRule {
	/** In the week's order, Monday first. */
	weekdays: Weekday[];
	start?: string | undefined;
	end?: string | undefined;
	/** The first and last dates of the series. */
	first: IsoDate;
	last: IsoDate;
}

/** A series needs at least this many dates to be worded as a rule. */
export const MIN_WEEKLY_DATES = 4;

/** At most this many days from one date of a series to the next (one week skipped: a holiday). */
const MAX_WEEKLY_STEP = 14;

/** A series this long or longer runs "all year round". */
const ALL_YEAR_DAYS = 350;

const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

const timesKey = (times: { start?: string | undefined; end?: string | undefined }) =>
	`${times.start ?? ''}-${times.end ?? ''}`;

/**
 * The weekly series among occurrences: for each weekday and times, the dates that follow one
 * another by one week (or two, a week off), at least MIN_WEEKLY_DATES of them. Series at the
 * same times over about the same period (a market on Tuesdays and Fridays) make one rule.
 */
export function weeklyRules(occurrences: readonly Occurrence[]): WeeklyRule[] {
	const chains = new Map<string, IsoDate[][]>();
	const sorted = [...occurrences].sort((a, b) => a.date.localeCompare(b.date));
	for (const occurrence of sorted) {
		const key = `${weekdayOf(occurrence.date)} ${timesKey(occurrence)}`;
		const list = chains.get(key) ?? [];
		const chain = list.at(-1);
		const last = chain?.at(-1);
		if (chain && last !== undefined && daysBetween(last, occurrence.date) <= MAX_WEEKLY_STEP) {
			if (last !== occurrence.date) chain.push(occurrence.date);
		} else list.push([occurrence.date]);
		chains.set(key, list);
	}
	const single: WeeklyRule[] = [];
	for (const [key, list] of chains) {
		const [weekday, times] = key.split(' ') as [Weekday, string];
		const [start, end] = times.split('-');
		for (const dates of list) {
			if (dates.length < MIN_WEEKLY_DATES) continue;
			single.push({
				weekdays: [weekday],
				...(start ? { start } : {}),
				...(end ? { end } : {}),
				first: dates[0] as IsoDate,
				last: dates.at(-1) as IsoDate,
			});
		}
	}
	const merged: WeeklyRule[] = [];
	for (const rule of single.sort((a, b) => a.first.localeCompare(b.first))) {
		const twin = merged.find(
			(other) =>
				timesKey(other) === timesKey(rule) &&
				Math.abs(daysBetween(other.first, rule.first)) < 7 &&
				Math.abs(daysBetween(other.last, rule.last)) < 7,
		);
		if (!twin) {
			merged.push({ ...rule, weekdays: [...rule.weekdays] });
			continue;
		}
		twin.weekdays = WEEK.filter((day) => twin.weekdays.includes(day) || rule.weekdays[0] === day);
		if (rule.first < twin.first) twin.first = rule.first;
		if (rule.last > twin.last) twin.last = rule.last;
	}
	return merged;
}

/** Whether an occurrence is one of a rule's dates. */
export const followsRule = (rule: WeeklyRule, occurrence: Occurrence): boolean =>
	occurrence.date >= rule.first &&
	occurrence.date <= rule.last &&
	rule.weekdays.includes(weekdayOf(occurrence.date)) &&
	timesKey(occurrence) === timesKey(rule);

/** The part of the day of a start and end time: morning, afternoon, evening, or none (all day). */
export function partOfDay(times: {
	start?: string | undefined;
	end?: string | undefined;
}): 'morning' | 'afternoon' | 'evening' | undefined {
	if (!times.start) return undefined;
	const hour = Number(times.start.slice(0, 2));
	const endHour = times.end
		? Number(times.end.slice(0, 2)) + Number(times.end.slice(3, 5)) / 60
		: 0;
	if (hour < 12) return times.end && endHour <= 14 ? 'morning' : undefined;
	if (hour < 18) return times.end && endHour > 19 ? undefined : 'afternoon';
	return 'evening';
}

const monthName = (date: IsoDate, locale: Locale, withYear: boolean) =>
	dateTimeFormat(intlTag(locale), {
		month: 'long',
		...(withYear ? { year: 'numeric' } : {}),
		timeZone: 'UTC',
	}).format(new Date(`${date}T00:00:00Z`));

/** The weekday's name for a rule: "mardis" / "Tuesday". */
function dayName(day: Weekday, locale: Locale): string {
	// 2024-01-01 was a Monday.
	const name = dateTimeFormat(intlTag(locale), {
		weekday: 'long',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(2024, 0, 1 + WEEK.indexOf(day))));
	return locale === 'fr' ? `${name}s` : name;
}

/** The months of a rule: "de juin à septembre", "en juillet", "toute l’année" / "June to September"… */
export function rulePeriod(rule: WeeklyRule, locale: Locale, t: Translate): string {
	if (daysBetween(rule.first, rule.last) >= ALL_YEAR_DAYS) return t('events.rule.allYear');
	const sameYear = rule.first.slice(0, 4) === rule.last.slice(0, 4);
	if (rule.first.slice(0, 7) === rule.last.slice(0, 7))
		return t('events.rule.month', { month: monthName(rule.first, locale, false) });
	const from = monthName(rule.first, locale, !sameYear);
	const to = monthName(rule.last, locale, !sameYear);
	// The French dictionary elides "de" before a vowel itself: "d’avril à juin".
	return t('events.rule.months', { from, to });
}

/** The rule in words: "Tous les mardis matin, de juin à septembre" / "Every Tuesday morning, June to September". */
export function ruleInWords(rule: WeeklyRule, locale: Locale, t: Translate): string {
	const part = partOfDay(rule);
	return t('events.rule.sentence', {
		days: listFormat(intlTag(locale), { type: 'conjunction' }).format(
			rule.weekdays.map((day) => dayName(day, locale)),
		),
		part: part ? ` ${t(`events.rule.part.${part}`)}` : '',
		period: rulePeriod(rule, locale, t),
	});
}
