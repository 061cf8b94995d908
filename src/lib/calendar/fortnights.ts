/**
 * The fortnights of the events programme ("programme d'animation", sent every fortnight): the 1st
 * to the 15th and the 16th to the end of each month, so that a fortnight is named by its dates
 * and never straddles two months. A fortnight's id is its first day: "2026-12-16".
 */
import { addDays, endOfMonth, isIsoDate, type IsoDate } from './dates';

export interface Fortnight {
	/** Its first day, also its id. */
	id: IsoDate;
	from: IsoDate;
	to: IsoDate;
}

/** The fortnight a date falls in. */
export function fortnightOf(date: IsoDate): Fortnight {
	const month = date.slice(0, 8);
	const day = Number(date.slice(8, 10));
	const from = day <= 15 ? `${month}01` : `${month}16`;
	const to = day <= 15 ? `${month}15` : endOfMonth(date);
	return { id: from, from, to };
}

/** `count` fortnights, starting with the one `date` falls in. */
export function fortnightsFrom(date: IsoDate, count: number): Fortnight[] {
	const fortnights: Fortnight[] = [];
	let current = fortnightOf(date);
	while (fortnights.length < count) {
		fortnights.push(current);
		current = fortnightOf(addDays(current.to, 1));
	}
	return fortnights;
}

/** The fortnight an id names, or undefined when it is not the first day of one. */
export function fortnightById(id: string): Fortnight | undefined {
	if (!isIsoDate(id)) return undefined;
	const fortnight = fortnightOf(id);
	return fortnight.id === id ? fortnight : undefined;
}
