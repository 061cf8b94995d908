/**
 * The periods a synthesis covers: a whole year, or one of the office's four seasons — defined
 * here and nowhere else, by calendar months in Paris time. Winter runs over the new year: the
 * winter of 2026 is December 2026 to February 2027.
 */
import { parisDayStart } from './filters.ts';

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** Each season's first month (1–12); every season lasts three months. */
export const SEASON_START_MONTH: Readonly<Record<Season, number>> = {
	spring: 3,
	summer: 6,
	autumn: 9,
	winter: 12,
};

/** The French word the URL uses for a season (`?saison=ete`). */
export const SEASON_SLUGS: Readonly<Record<Season, string>> = {
	spring: 'printemps',
	summer: 'ete',
	autumn: 'automne',
	winter: 'hiver',
};

export interface Period {
	year: number;
	/** Absent: the whole calendar year. */
	season?: Season | undefined;
}

const day = (year: number, month: number) =>
	parisDayStart(
		`${year + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`,
	);

/** The instants a period starts and ends (the start of the day after its last), Paris time. */
export function periodBounds(period: Period): { from: Date; before: Date } {
	if (!period.season) return { from: day(period.year, 1), before: day(period.year + 1, 1) };
	const start = SEASON_START_MONTH[period.season];
	return { from: day(period.year, start), before: day(period.year, start + 3) };
}

/** The same season (or year) a year earlier: what each figure is compared with. */
export const previousPeriod = (period: Period): Period => ({ ...period, year: period.year - 1 });

/** The key a period's notes are kept under: "2026" or "2026-summer". */
export const periodKey = (period: Period) =>
	period.season ? `${period.year}-${period.season}` : String(period.year);

/** The period a Paris day falls in, by season. */
export function seasonOf(date: string): Period {
	const [year, month] = date.split('-').map(Number) as [number, number];
	if (month <= 2) return { year: year - 1, season: 'winter' };
	const season = SEASONS.find(
		(name) => month >= SEASON_START_MONTH[name] && month < SEASON_START_MONTH[name] + 3,
	);
	return { year, season: season ?? 'winter' };
}

/**
 * The period asked for in a query (`annee`, `saison`): a year from 2000 to `thisYear` (else this
 * year), and a season by its French word (else the whole year).
 */
export function parsePeriod(params: URLSearchParams, thisYear: number): Period {
	const asked = Number(params.get('annee'));
	const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
	const slug = params.get('saison');
	const season = SEASONS.find((name) => SEASON_SLUGS[name] === slug);
	return season ? { year, season } : { year };
}

/** The query string of a period, for links (the PDF download). */
export const periodSearch = (period: Period) =>
	`?annee=${period.year}${period.season ? `&saison=${SEASON_SLUGS[period.season]}` : ''}`;
