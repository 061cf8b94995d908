/**
 * Walking time by the DIN 33466 rule (Deutsches Institut für Normung, "Wanderwege"), the one
 * the Alpine clubs and most French topo-guides' "temps de marche" follow:
 *
 * - horizontal time: 4 km per hour;
 * - vertical time: 300 m of climb per hour plus 500 m of descent per hour;
 * - walking time = the larger of the two + half of the smaller.
 *
 * It is the time of a reasonably fit walker without breaks. The result is rounded to the
 * nearest quarter of an hour, the precision a walker plans with; an entry may give its own
 * time instead (`walkingTimeMinutes`).
 * @see https://de.wikipedia.org/wiki/Marschzeitberechnung#DIN_33466
 */
export const DIN_33466 = {
	kilometresPerHour: 4,
	climbMetresPerHour: 300,
	descentMetresPerHour: 500,
} as const;

export function walkingTimeMinutes(
	lengthMetres: number,
	ascentMetres: number,
	descentMetres: number,
): number {
	const horizontal = lengthMetres / 1000 / DIN_33466.kilometresPerHour;
	const vertical =
		ascentMetres / DIN_33466.climbMetresPerHour + descentMetres / DIN_33466.descentMetresPerHour;
	const hours = Math.max(horizontal, vertical) + Math.min(horizontal, vertical) / 2;
	return Math.max(15, Math.round((hours * 60) / 15) * 15);
}
