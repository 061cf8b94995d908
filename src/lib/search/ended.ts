/**
 * Dated pages (events) carry the day their last occurrence ends (`ends`, "YYYY-MM-DD"). The index
 * is rebuilt with the site every day; between two builds the search page leaves out every page
 * whose `ends` is before today in the territory's time zone.
 */

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a value is a day written "YYYY-MM-DD". */
export const isDay = (value: string): boolean => DAY.test(value);

/**
 * Of the `ends` values found in the index, those already over on `today` ("YYYY-MM-DD"): a page
 * ending today is still shown all day.
 */
export function endedDays(values: Iterable<string>, today: string): string[] {
	return [...values].filter((value) => isDay(value) && value < today);
}

/** Whether a page whose last day is `ends` is over on `today`; a page without one never is. */
export const hasEnded = (ends: string | undefined, today: string): boolean =>
	ends !== undefined && isDay(ends) && ends < today;
