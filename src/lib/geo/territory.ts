/**
 * The area that the site's content may sit in: the Communauté de communes des Cévennes au
 * Mont Lozère, widened to the ends of the Chemin de Stevenson stages that cross it
 * (Le Bleymard to the north, Florac to the west, Saint-Jean-du-Gard to the south).
 * A coordinate outside this box is a typing error, not a place we promote.
 */
export const TERRITORY_BOUNDS = {
	south: 44.05,
	north: 44.55,
	west: 3.5,
	east: 4.05,
} as const;

export interface GeoPoint {
	/** Latitude in decimal degrees (WGS84). */
	lat: number;
	/** Longitude in decimal degrees (WGS84). */
	lon: number;
}

export function isInTerritory(point: GeoPoint): boolean {
	return (
		point.lat >= TERRITORY_BOUNDS.south &&
		point.lat <= TERRITORY_BOUNDS.north &&
		point.lon >= TERRITORY_BOUNDS.west &&
		point.lon <= TERRITORY_BOUNDS.east
	);
}
