/**
 * What the templates of sample businesses share: the context a template writes about, its shape,
 * and the helpers for seasons, prices and labels that several kinds use.
 */
import type { Bilingual, SampleProvider, SampleSeason, Term } from '../build';
import { AMENITIES, grade, HANDICAP, LABELS } from '../catalogue';
import type { Random } from '../random';

/** What a template writes about: the village, a lieu-dit, the sector's landscape. */
export interface TemplateContext {
	village: string;
	/** The village in French phrases: "à Vialas" / "au Pompidou", "près de…", "de…" / "du…". */
	fr: { at: string; near: string; of: string };
	hamlet: string;
	setting: Bilingual;
	/** Guests it takes (accommodation). */
	capacity: number;
	/** Rooms (hotel, chambres d'hôtes) or pitches (campsite), when the text counts them. */
	rooms: number;
	pitches: number;
	/** The variant of the kind its name gave (a campsite: classified, aire naturelle, on a farm). */
	variant: string;
	year: number;
}

/** What `size` gives: guests, and the rooms or pitches the text speaks of. */
export interface Size {
	capacity: number;
	rooms?: number;
	pitches?: number;
}

type Price = SampleProvider['prices'][number];

export interface Template {
	key: string;
	types: string[];
	name(random: Random, context: TemplateContext): string;
	texts(random: Random, context: TemplateContext): { summary: Bilingual; description: Bilingual };
	/** The range of the first draw of a capacity (kept so that the sample's names and ids stay put). */
	capacity?: [number, number];
	/** The size within the kind's legal limits (scripts/feed/sample/limits.ts). */
	size?(random: Random, context: TemplateContext): Size;
	/** The variant a name stands for ("Aire naturelle …" → natural). */
	variantOf?(name: string): string;
	prices(random: Random, context: TemplateContext): Price[];
	seasons(random: Random, context: TemplateContext): { seasons: SampleSeason[]; text: Bilingual };
	amenities: (keyof typeof AMENITIES)[];
	labels(random: Random, context: TemplateContext): Term[];
	themes?: Term[];
	/** Probability that pets are welcome; undefined when the question does not arise. */
	pets?: number;
	/** Probability that the place has a booking page. */
	booking?: number;
}

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS_FR = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre',
];
export const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
export const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const pad = (value: number) => String(value).padStart(2, '0');

/** A season from the first day of a month to the last day of another, in the given year. */
export function season(
	year: number,
	from: number,
	to: number,
	hours?: SampleSeason['hours'],
): { season: SampleSeason; text: Bilingual } {
	const of = (month: string) => (/^[aeiou]/.test(month) ? `d'${month}` : `de ${month}`);
	const text =
		from === 1 && to === 12
			? { fr: "Ouvert toute l'année.", en: 'Open all year round.' }
			: {
					fr: `Ouvert ${of(MONTHS_FR[from - 1] ?? '')} à ${MONTHS_FR[to - 1] ?? ''}.`,
					en: `Open from ${MONTHS_EN[from - 1] ?? ''} to ${MONTHS_EN[to - 1] ?? ''}.`,
				};
	return {
		season: {
			from: `${year}-${pad(from)}-01`,
			through: `${year}-${pad(to)}-${pad(LAST_DAY[to - 1] ?? 30)}`,
			...(hours ? { hours } : {}),
		},
		text,
	};
}

export const allYear = (year: number) => {
	const { season: only, text } = season(year, 1, 12);
	return { seasons: [only], text };
};

export const between = (
	random: Random,
	year: number,
	starts: number[],
	ends: number[],
	hours?: SampleSeason['hours'],
) => {
	const { season: only, text } = season(year, random.pick(starts), random.pick(ends), hours);
	return { seasons: [only], text };
};

/** Rounded to a multiple of 5. */
export const round5 = (value: number) => Math.round(value / 5) * 5;

export const price = (
	min: number,
	max: number | undefined,
	per: Term,
	label: Bilingual,
): Price => ({
	min,
	max,
	per,
	label,
});

/** A label with a grade, sometimes. */
export function accommodationLabels(random: Random, farm = false): Term[] {
	const labels: Term[] = [];
	const roll = random.next();
	if (roll < 0.4) labels.push(LABELS.gitesDeFrance, grade(random.int(2, 4), 'epis'));
	else if (roll < 0.58) labels.push(LABELS.clevacances, grade(random.int(2, 4), 'cles'));
	if (farm || random.chance(0.08)) labels.push(LABELS.accueilPaysan);
	if (random.chance(0.18)) labels.push(LABELS.espritParc);
	if (random.chance(0.1)) labels.push(...random.some(HANDICAP, random.int(1, 4)));
	return labels;
}

export function businessLabels(
	random: Random,
	options: { stars?: boolean; parc?: number; quality?: number; handicap?: number },
): Term[] {
	const labels: Term[] = [];
	if (options.stars) labels.push(grade(random.int(1, 4), 'etoiles'));
	if (random.chance(options.quality ?? 0.2)) labels.push(LABELS.qualiteTourisme);
	if (random.chance(options.parc ?? 0.15)) labels.push(LABELS.espritParc);
	if (random.chance(options.handicap ?? 0.1))
		labels.push(...random.some(HANDICAP, random.int(1, 4)));
	return labels;
}

export const lunchAndDinner = (days: string[]): SampleSeason['hours'] => [
	{ days, opens: '12:00', closes: '14:00' },
	{ days, opens: '19:00', closes: '21:30' },
];
