/**
 * The home page's picks of the season: the office's editorial picks (content/season-picks/)
 * whose months include the month the site is built in. The site is rebuilt daily, so the picks
 * change on the first day of a month; a month without picks leaves the section out.
 */

/** What choosing reads of a pick. */
export interface Pickable {
	months: readonly number[];
	order: number;
}

/** How many picks the home page shows. */
export const PICKS_SHOWN = 3;

/** The month (1–12) of an instant on the office's clock, in Paris. */
export function monthInParis(instant: Date): number {
	const month = new Intl.DateTimeFormat('en', {
		timeZone: 'Europe/Paris',
		month: 'numeric',
	}).format(instant);
	return Number(month);
}

/** The picks of a month, in their order, at most `limit`. */
export function picksOfMonth<T extends { data: Pickable }>(
	picks: readonly T[],
	month: number,
	limit = PICKS_SHOWN,
): T[] {
	return picks
		.filter((pick) => pick.data.months.includes(month))
		.sort((a, b) => a.data.order - b.data.order)
		.slice(0, limit);
}
