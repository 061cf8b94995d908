/**
 * How the page words an event's line in the list: its times, "until …" for a long run, and its
 * later dates. The templates come from the dictionaries with `{placeholders}` left in.
 */
import { formatShortDay, formatDay, capitalise, joinWords } from '../events/present';
import { formatTime } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { StaySlot } from './catalogue';

export interface SlotTemplates {
	/** "{start} – {end}". */
	range: string;
	/** "from {time}". */
	from: string;
	/** "until {date}". */
	until: string;
	/** "Also on: {dates}". */
	otherDates: string;
}

/** At most this many later dates are listed; an ellipsis says there are more. */
export const LISTED_LATER_DATES = 4;

const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

/** A day heading: "Samedi 5 décembre" / "Saturday 5 December". */
export const dayHeading = (day: string, locale: Locale, today: string): string =>
	capitalise(formatDay(day, locale, today));

/** The parts of an event's line: times, "until …" and its later dates ("" when none). */
export function slotParts(
	slot: StaySlot,
	later: readonly StaySlot[],
	locale: Locale,
	templates: SlotTemplates,
	today: string,
): { times: string; until: string; others: string } {
	const times = slot.s
		? slot.e
			? fill(templates.range, {
					start: formatTime(slot.s, locale),
					end: formatTime(slot.e, locale),
				})
			: fill(templates.from, { time: formatTime(slot.s, locale) })
		: '';
	const until = slot.l ? fill(templates.until, { date: formatDay(slot.l, locale, today) }) : '';
	const listed = later
		.slice(0, LISTED_LATER_DATES)
		.map((line) => formatShortDay(line.f, locale, today));
	const dates =
		later.length > LISTED_LATER_DATES ? `${listed.join(', ')}…` : joinWords(listed, locale);
	return { times, until, others: listed.length > 0 ? fill(templates.otherDates, { dates }) : '' };
}
