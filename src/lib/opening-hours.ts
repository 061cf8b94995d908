/**
 * Seasonal opening hours of the information offices, and the "open now / opens at …" status
 * computed from them in Europe/Paris wall-clock time, whatever the visitor's own time zone.
 * Plain data in, plain data out: the build renders the tables and the browser the status.
 */

import { wallClockFormat } from './calendar/paris-time';
import { WEEKDAYS, type Weekday } from './calendar/weekdays';

export { WEEKDAYS, type Weekday };

/** "HH:MM", 24-hour clock. */
export type ClockTime = string;
/** "MM-DD", a day of the year. */
export type MonthDay = string;

export interface OpeningRange {
	days: Weekday[];
	opens: ClockTime;
	closes: ClockTime;
}

export interface Season {
	/** First day of the season, inclusive ("MM-DD"). */
	from: MonthDay;
	/** Last day of the season, inclusive ("MM-DD"); before `from` when the season spans New Year. */
	to: MonthDay;
	hours: OpeningRange[];
}

export type OpeningStatus =
	| { open: true; closes: ClockTime }
	| {
			open: false;
			next: { date: string; weekday: Weekday; opens: ClockTime; daysAhead: number } | null;
	  };

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const minutesOf = (time: ClockTime): number => {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	return hours * 60 + minutes;
};

/** Whether a season covers a day of the year, seasons spanning New Year included. */
export function seasonCovers(season: Season, monthDay: MonthDay): boolean {
	return season.from <= season.to
		? monthDay >= season.from && monthDay <= season.to
		: monthDay >= season.from || monthDay <= season.to;
}

/** The days of the year (in a leap year) that two seasons share, as a count. */
export function overlappingDays(a: Season, b: Season): number {
	let shared = 0;
	for (const monthDay of everyMonthDay()) {
		if (seasonCovers(a, monthDay) && seasonCovers(b, monthDay)) shared++;
	}
	return shared;
}

function* everyMonthDay(): Generator<MonthDay> {
	const day = new Date(Date.UTC(2024, 0, 1));
	while (day.getUTCFullYear() === 2024) {
		yield day.toISOString().slice(5, 10);
		day.setUTCDate(day.getUTCDate() + 1);
	}
}

export interface WallClock {
	/** "YYYY-MM-DD" in the office's time zone. */
	date: string;
	weekday: Weekday;
	/** Minutes since midnight. */
	minutes: number;
}

/** The wall-clock date and time at `instant` in `timeZone` (default Europe/Paris). */
export function wallClock(instant: Date, timeZone = 'Europe/Paris'): WallClock {
	const parts = Object.fromEntries(
		wallClockFormat(timeZone)
			.formatToParts(instant)
			.map((part) => [part.type, part.value]),
	);
	const date = `${parts.year}-${parts.month}-${parts.day}`;
	return {
		date,
		weekday: weekdayOf(date),
		minutes: Number(parts.hour) * 60 + Number(parts.minute),
	};
}

/** The weekday of a calendar date "YYYY-MM-DD". */
export function weekdayOf(date: string): Weekday {
	const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
	return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

function addDays(date: string, days: number): string {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + days);
	return day.toISOString().slice(0, 10);
}

/** The opening ranges of one calendar date, in order. */
export function rangesOn(seasons: Season[], date: string): OpeningRange[] {
	const season = seasons.find((candidate) => seasonCovers(candidate, date.slice(5)));
	if (!season) return [];
	const weekday = weekdayOf(date);
	return season.hours
		.filter((range) => range.days.includes(weekday))
		.sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
}

/** Open now, and until when; or closed, and when it next opens (within a year). */
export function openingStatus(seasons: Season[], now: WallClock): OpeningStatus {
	const current = rangesOn(seasons, now.date).find(
		(range) => minutesOf(range.opens) <= now.minutes && now.minutes < minutesOf(range.closes),
	);
	if (current) return { open: true, closes: current.closes };
	for (let daysAhead = 0; daysAhead <= 366; daysAhead++) {
		const date = addDays(now.date, daysAhead);
		const next = rangesOn(seasons, date).find(
			(range) => daysAhead > 0 || minutesOf(range.opens) > now.minutes,
		);
		if (next)
			return {
				open: false,
				next: { date, weekday: weekdayOf(date), opens: next.opens, daysAhead },
			};
	}
	return { open: false, next: null };
}

export interface WeekRow {
	/** Consecutive weekdays sharing the same hours. */
	days: Weekday[];
	/** Their ranges, in order; empty when closed. */
	ranges: { opens: ClockTime; closes: ClockTime }[];
}

/** A season's week as display rows: consecutive days with identical hours grouped. */
export function weekRows(season: Season): WeekRow[] {
	const rows: WeekRow[] = [];
	for (const weekday of WEEKDAYS) {
		const ranges = season.hours
			.filter((range) => range.days.includes(weekday))
			.map(({ opens, closes }) => ({ opens, closes }))
			.sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
		const previous = rows.at(-1);
		if (previous && JSON.stringify(previous.ranges) === JSON.stringify(ranges)) {
			previous.days.push(weekday);
		} else {
			rows.push({ days: [weekday], ranges });
		}
	}
	return rows;
}
