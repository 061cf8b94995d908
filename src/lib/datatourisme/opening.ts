/** When a place is open: its seasons and weekly hours. */
import { WEEKDAYS, type Weekday } from '../opening-hours';
import { asArray, dateOf, idOf, nodesOf, timeOf, type Node } from './jsonld';
import { placeOf } from './place';
import { localName } from './vocabulary';

export interface OpeningPeriod {
	from: string;
	to: string;
	hours: { days: Weekday[]; opens: string; closes: string }[];
}

/** `schema:dayOfWeek` → "mo"… */
const DAY_CODES: Record<string, Weekday> = {
	Monday: 'mo',
	Tuesday: 'tu',
	Wednesday: 'we',
	Thursday: 'th',
	Friday: 'fr',
	Saturday: 'sa',
	Sunday: 'su',
};

const DAY_MS = 86_400_000;

/**
 * Seasons of opening from `schema:openingHoursSpecification`, as days of the year: the feed's
 * periods carry a year, but a season (1 April – 31 October) is what visitors plan with. A period
 * of a year or more is "all year". Weekly ranges of the same season are merged by opening time.
 */
export function openingPeriodsOf(object: Node): OpeningPeriod[] {
	const seasons = new Map<string, OpeningPeriod>();
	for (const spec of nodesOf(placeOf(object), 'schema:openingHoursSpecification')) {
		const from = dateOf(spec['schema:validFrom']);
		const through = dateOf(spec['schema:validThrough']) ?? from;
		if (!from || !through) continue;
		const span = (Date.parse(`${through}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
		if (!(span >= 0)) continue;
		const season =
			span >= 364 ? { from: '01-01', to: '12-31' } : { from: from.slice(5), to: through.slice(5) };
		const key = `${season.from}/${season.to}`;
		const period = seasons.get(key) ?? { ...season, hours: [] };
		seasons.set(key, period);
		const opens = timeOf(spec['schema:opens']);
		const closes = timeOf(spec['schema:closes']);
		const days = asArray(spec['schema:dayOfWeek'])
			.map((day) => DAY_CODES[localName(idOf(day) ?? '')])
			.filter((day): day is Weekday => day !== undefined);
		if (!opens || !closes || closes <= opens || days.length === 0) continue;
		const range = period.hours.find(
			(candidate) => candidate.opens === opens && candidate.closes === closes,
		);
		if (range)
			range.days = WEEKDAYS.filter((day) => range.days.includes(day) || days.includes(day));
		else period.hours.push({ days: WEEKDAYS.filter((day) => days.includes(day)), opens, closes });
	}
	for (const period of seasons.values())
		period.hours.sort((a, b) => a.opens.localeCompare(b.opens));
	return [...seasons.values()]
		.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
		.slice(0, 12);
}
