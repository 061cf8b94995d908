/**
 * Calendar dates as the office writes them, "YYYY-MM-DD", with no time zone: a date is a day on
 * the wall calendar of the territory. Arithmetic goes through UTC midnight, where every day has 24
 * hours, so a daylight-saving change never shifts a date.
 */
import { WEEKDAYS, type Weekday } from './weekdays';

export type IsoDate = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const utcMidnight = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);

/** Whether a string is a real calendar date "YYYY-MM-DD" (no 30 February). */
export function isIsoDate(value: string): boolean {
	const match = DATE_PATTERN.exec(value);
	if (!match) return false;
	const time = utcMidnight(value);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The date `days` after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
	return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Every date from `from` to `to`, both included; empty when `to` is earlier. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
	const days: IsoDate[] = [];
	for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
	return days;
}

/** The weekday of a date: "mo" … "su". */
export function weekdayOf(date: IsoDate): Weekday {
	const sundayFirst = new Date(utcMidnight(date)).getUTCDay();
	return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
	const [year = 0, month = 1] = date.split('-').map(Number);
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** "2026-12-24" → "2026-12". */
export const monthOf = (date: IsoDate): string => date.slice(0, 7);

/** The later of two dates. */
export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The earlier of two dates. */
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
