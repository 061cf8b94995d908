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

/** Where the photo of the page a pick leads to comes from, when that page can have one. */
export type PickPhotoSource =
	| { from: 'office'; collection: 'sectors' | 'villages' | 'themes' | 'experiences'; id: string }
	| { from: 'hike'; id: string }
	| { from: 'member'; id: string };

const OFFICE_PHOTO_ROUTES = {
	sector: 'sectors',
	village: 'villages',
	theme: 'themes',
	experience: 'experiences',
} as const;
const MEMBER_ROUTES = new Set([
	'stayEntry',
	'eatEntry',
	'activitiesEntry',
	'producersEntry',
	'shopsEntry',
]);

/**
 * The photo a pick's page may have: the office's photo of a sector, village, theme or experience,
 * a hike's photo from its source, a member's from the feed; none for a list or another page.
 */
export function pickPhotoSource(link: {
	route: string;
	id?: string | undefined;
}): PickPhotoSource | undefined {
	const { route, id } = link;
	if (!id) return undefined;
	if (route in OFFICE_PHOTO_ROUTES)
		return {
			from: 'office',
			collection: OFFICE_PHOTO_ROUTES[route as keyof typeof OFFICE_PHOTO_ROUTES],
			id,
		};
	if (route === 'hike') return { from: 'hike', id };
	if (MEMBER_ROUTES.has(route)) return { from: 'member', id };
	return undefined;
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
