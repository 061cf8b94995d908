/**
 * The dates of an event. The office writes rules — one date, every day from one date to another
 * (an exhibition), or some weekdays between two dates (a weekly market) — which expand here into
 * occurrences: one day each, with optional Europe/Paris wall-clock start and end times.
 *
 * For showing them, consecutive occurrences at the same times group back into runs, so that a
 * summer exhibition is one line "until 15 September" rather than ninety.
 */
import type { WeeklyRule } from '../events/recurrence';
import type { Weekday } from '../opening-hours';
import { addDays, daysBetween, eachDay, weekdayOf, type IsoDate } from './dates';
import { parisToInstant, parisToday } from './paris-time';

/** One day of an event, with optional wall-clock times "HH:MM" (end after start). */
export interface Occurrence {
	date: IsoDate;
	start?: string | undefined;
	end?: string | undefined;
}

/** What the office writes: one date, or a period with optional weekdays. */
export type OccurrenceRule =
	| { date: IsoDate; start?: string | undefined; end?: string | undefined }
	| {
			from: IsoDate;
			to: IsoDate;
			/** Only these weekdays (a weekly market); every day when absent. */
			weekly?: readonly Weekday[] | undefined;
			/** Days without the event (a bank holiday, a closing day). */
			except?: readonly IsoDate[] | undefined;
			start?: string | undefined;
			end?: string | undefined;
	  };

const withTimes = (
	date: IsoDate,
	times: { start?: string | undefined; end?: string | undefined },
) => {
	const occurrence: Occurrence = { date };
	if (times.start) occurrence.start = times.start;
	if (times.end) occurrence.end = times.end;
	return occurrence;
};

/** The occurrences of one rule, in date order. */
export function expandRule(rule: OccurrenceRule): Occurrence[] {
	if ('date' in rule) return [withTimes(rule.date, rule)];
	const except = new Set(rule.except ?? []);
	const weekdays = rule.weekly && rule.weekly.length > 0 ? new Set(rule.weekly) : undefined;
	return eachDay(rule.from, rule.to)
		.filter((date) => !except.has(date) && (!weekdays || weekdays.has(weekdayOf(date))))
		.map((date) => withTimes(date, rule));
}

/** Sorts occurrences by date and start time. */
export const byDateAndTime = (a: Occurrence, b: Occurrence): number =>
	a.date.localeCompare(b.date) || (a.start ?? '').localeCompare(b.start ?? '');

/** Every occurrence of the rules, in order, each date and start time once. */
export function expandRules(rules: readonly OccurrenceRule[]): Occurrence[] {
	const byKey = new Map<string, Occurrence>();
	for (const occurrence of rules.flatMap(expandRule))
		byKey.set(`${occurrence.date} ${occurrence.start ?? ''}`, occurrence);
	return [...byKey.values()].sort(byDateAndTime);
}

/**
 * The instants an occurrence starts and ends: from its start time (midnight without one) to its
 * end time — or, without one, the end of its day, since nobody knows when it finishes.
 */
export function occurrenceInstants(occurrence: Occurrence): { start: number; end: number } {
	return {
		start: parisToInstant(occurrence.date, occurrence.start ?? '00:00'),
		end: occurrence.end
			? parisToInstant(occurrence.date, occurrence.end)
			: parisToInstant(addDays(occurrence.date, 1), '00:00'),
	};
}

/** Whether an occurrence has ended at an instant. */
export const hasEnded = (occurrence: Occurrence, now: number): boolean =>
	occurrenceInstants(occurrence).end <= now;

/** The occurrences that have not ended at an instant. */
export const upcomingOccurrences = (
	occurrences: readonly Occurrence[],
	now: number,
): Occurrence[] => occurrences.filter((occurrence) => !hasEnded(occurrence, now));

/** Consecutive occurrences at the same times: an exhibition, a week of guided walks. */
export interface Run {
	/** The first and last dates. */
	first: IsoDate;
	last: IsoDate;
	start?: string | undefined;
	end?: string | undefined;
	/** Every date of the run, in order (a day off leaves a gap). */
	dates: IsoDate[];
}

/**
 * At most this many days from one date of a run to the next: an exhibition closed on Mondays is
 * still one run, a weekly market is one occurrence a week.
 */
export const RUN_MAX_STEP_DAYS = 2;

/** A run this many days long or longer is shown once, "until …", rather than day by day. */
export const LONG_RUN_DAYS = 7;

/** Groups occurrences (in order) into runs. */
export function runsOf(occurrences: readonly Occurrence[]): Run[] {
	const runs: Run[] = [];
	const open = new Map<string, Run>();
	for (const occurrence of [...occurrences].sort(byDateAndTime)) {
		const times = `${occurrence.start ?? ''}-${occurrence.end ?? ''}`;
		const run = open.get(times);
		if (run && daysBetween(run.last, occurrence.date) <= RUN_MAX_STEP_DAYS) {
			if (run.last !== occurrence.date) run.dates.push(occurrence.date);
			run.last = occurrence.date;
			continue;
		}
		const next: Run = { first: occurrence.date, last: occurrence.date, dates: [occurrence.date] };
		if (occurrence.start) next.start = occurrence.start;
		if (occurrence.end) next.end = occurrence.end;
		open.set(times, next);
		runs.push(next);
	}
	return runs.sort((a, b) =>
		byDateAndTime({ date: a.first, start: a.start }, { date: b.first, start: b.start }),
	);
}

/** Whether a run is long enough to show once with "until …". */
export const isLongRun = (run: Run): boolean =>
	daysBetween(run.first, run.last) + 1 >= LONG_RUN_DAYS;

/** The days between a run's first and last dates that it skips. */
export function missingDates(run: Run): IsoDate[] {
	const present = new Set(run.dates);
	return eachDay(run.first, run.last).filter((date) => !present.has(date));
}

/**
 * The weekdays a run is always closed, when its gaps are exactly those weekdays ("closed on
 * Mondays"); empty when it has no gap or its gaps are irregular.
 */
export function closedWeekdays(run: Run): Weekday[] {
	const missing = missingDates(run);
	if (missing.length === 0) return [];
	const open = new Set(run.dates.map(weekdayOf));
	const closed = new Set(missing.map(weekdayOf));
	if ([...closed].some((day) => open.has(day))) return [];
	// Each closed weekday must be missing every week of the run, not only once.
	const expected = eachDay(run.first, run.last).filter((date) => closed.has(weekdayOf(date)));
	return expected.length === missing.length
		? (['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const).filter((day) => closed.has(day))
		: [];
}

/** A line of the agenda: one occurrence, or a long run shown once. */
export interface AgendaSlot {
	/** Stable within its event: the first date and start time. */
	key: string;
	/** The first and last dates (the same for one occurrence). */
	first: IsoDate;
	last: IsoDate;
	start?: string | undefined;
	end?: string | undefined;
	/** A long run, shown once with "until …". */
	running: boolean;
	/** Its dates that have not ended. */
	dates: IsoDate[];
	/** The instant it ends (the end of its last date). */
	endsAt: number;
	/** The day it is listed under: its first date not ended, on or after the window's start. */
	day: IsoDate;
	/** A weekly series shown once (the agenda): its rule, worded instead of "until …". */
	rule?: WeeklyRule | undefined;
}

/**
 * The agenda lines of an event that have not ended at `now`: each occurrence, except that long
 * runs are one line listed under their next date. With `from`, a line is listed under its first
 * date on or after that day (a programme that starts on the 16th lists a running exhibition
 * under the 16th).
 */
export function agendaSlots(
	occurrences: readonly Occurrence[],
	now: number,
	from: IsoDate = parisToday(now),
): AgendaSlot[] {
	const slots: AgendaSlot[] = [];
	for (const run of runsOf(occurrences)) {
		const times = { start: run.start, end: run.end };
		const live = run.dates.filter((date) => !hasEnded(withTimes(date, times), now));
		if (live.length === 0) continue;
		const long = isLongRun(run);
		const parts = long ? [live] : live.map((date) => [date]);
		for (const dates of parts) {
			const first = dates[0] as IsoDate;
			const last = dates.at(-1) as IsoDate;
			slots.push({
				// A long run keeps its own first date as its key while its first days pass.
				key: `${long ? run.first : first}${run.start ? `T${run.start.replace(':', '')}` : ''}`,
				first,
				last,
				...(run.start ? { start: run.start } : {}),
				...(run.end ? { end: run.end } : {}),
				running: dates.length > 1,
				dates,
				endsAt: occurrenceInstants(withTimes(last, times)).end,
				day: dates.find((date) => date >= from) ?? last,
			});
		}
	}
	return slots.sort(
		(a, b) => a.day.localeCompare(b.day) || (a.start ?? '').localeCompare(b.start ?? ''),
	);
}
