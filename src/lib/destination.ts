/**
 * The rules of the destination pages (sectors, villages, themes, experiences), as plain functions
 * over the entries' data: which entries a theme page curates, which events are still to come,
 * how long a heritage walk is. The views only lay out what these return.
 */
import { distanceInMetres } from './geo/distance';
import type { GeoPoint } from './geo/territory';

/** A reference as Astro's `reference()` resolves it, or a bare id. */
type Ref = { id: string } | string;

const idOf = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

/** Whether an entry's `themes` list names the theme. */
export function hasTheme(data: { themes?: readonly Ref[] }, themeId: string): boolean {
	return (data.themes ?? []).some((ref) => idOf(ref) === themeId);
}

/** The parts of each collection the theme pages look at. */
export interface ThemeCandidates<E, S, V, H, P, Ev> {
	experiences: (E & { data: { themes: readonly Ref[] } })[];
	sectors: (S & { data: { themes: readonly Ref[] } })[];
	villages: (V & { data: { themes: readonly Ref[] } })[];
	hikes: (H & { data: { themes: readonly Ref[]; familyFriendly?: boolean } })[];
	providers: (P & { data: { category: string } })[];
	events: (Ev & { data: { category: string; familyFriendly?: boolean } })[];
}

/**
 * Beyond the entries tagged with a theme, what each theme also gathers from collections that
 * have no theme tags: family-friendly hikes and events for Famille; producers, restaurants and
 * markets for Gastronomie; guided walks for Randonnée.
 */
export const THEME_RULES: Record<
	string,
	{ familyFriendly?: boolean; providerCategories?: string[]; eventCategories?: string[] }
> = {
	famille: { familyFriendly: true },
	gastronomie: { providerCategories: ['producer', 'restaurant'], eventCategories: ['market'] },
	randonnee: { eventCategories: ['guided-walk'] },
};

/** The entries of every collection that a theme page lists, collection by collection. */
export function curateTheme<E, S, V, H, P, Ev>(
	themeId: string,
	candidates: ThemeCandidates<E, S, V, H, P, Ev>,
): ThemeCandidates<E, S, V, H, P, Ev> {
	const rules = THEME_RULES[themeId] ?? {};
	return {
		experiences: candidates.experiences.filter((entry) => hasTheme(entry.data, themeId)),
		sectors: candidates.sectors.filter((entry) => hasTheme(entry.data, themeId)),
		villages: candidates.villages.filter((entry) => hasTheme(entry.data, themeId)),
		hikes: candidates.hikes.filter(
			(entry) =>
				hasTheme(entry.data, themeId) ||
				(rules.familyFriendly === true && entry.data.familyFriendly === true),
		),
		providers: candidates.providers.filter(
			(entry) => rules.providerCategories?.includes(entry.data.category) ?? false,
		),
		events: candidates.events.filter(
			(entry) =>
				(rules.eventCategories?.includes(entry.data.category) ?? false) ||
				(rules.familyFriendly === true && entry.data.familyFriendly === true),
		),
	};
}

/**
 * The entries an experience refers to in a collection that is not a folder of YAML files (the
 * providers of the feed): an unknown id fails the build, naming the file and the field.
 */
export function resolveReferences<T extends { id: string }>(
	entries: T[],
	refs: { id: string }[],
	where: { file: string; field: string },
): T[] {
	return refs.map((ref) => {
		const entry = entries.find((candidate) => candidate.id === ref.id);
		if (!entry)
			throw new Error(`${where.file}: ${where.field}: "${ref.id}" is not in the collection`);
		return entry;
	});
}

/** The feed references already warned about, so each is named once per build, not per page. */
const warnedFeedReferences = new Set<string>();

/**
 * The entries of a feed collection (the members of the DATAtourisme feed) that editorial content
 * names, in the order it names them. The feed changes every day: a member that closed, was
 * renamed or was skipped is left out, with a warning naming the file and the id, and the build
 * goes on.
 */
export function resolveFeedReferences<T extends { id: string }>(
	entries: T[],
	refs: { id: string }[],
	where: { file: string; field: string },
	warn: (message: string) => void = (message) => console.warn(message),
): T[] {
	return refs.flatMap((ref) => {
		const entry = entries.find((candidate) => candidate.id === ref.id);
		if (entry) return [entry];
		const key = `${where.file}\n${where.field}\n${ref.id}`;
		if (!warnedFeedReferences.has(key)) {
			warnedFeedReferences.add(key);
			warn(
				`${where.file}: ${where.field}: "${ref.id}" is not in the feed (closed, renamed or skipped): the link is left out`,
			);
		}
		return [];
	});
}

/** Today's date in the territory's time zone, "YYYY-MM-DD" (the site is rebuilt daily). */
export function todayInParis(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Paris',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(now);
}

/** Length of a walk through its stops, stop to stop in straight lines, in metres. */
export function walkLengthMetres(steps: readonly { location: GeoPoint }[]): number {
	return steps.reduce(
		(total, step, index) =>
			index === 0 ? 0 : total + distanceInMetres(steps[index - 1]!.location, step.location),
		0,
	);
}

// Made on first use, not when the module loads: browser scripts import this module (for
// `todayInParis`) and must not carry a collator they never use.
let frenchNames: Intl.Collator | undefined;

/** Alphabetical order of names as a French reader expects it, accents and case ignored. */
export function byName<T extends { data: { name: string } }>(a: T, b: T): number {
	frenchNames ??= new Intl.Collator('fr', { sensitivity: 'base' });
	return frenchNames.compare(a.data.name, b.data.name);
}
