/**
 * Which village of the territory a feed object is in. The feed names the commune by its current
 * INSEE code (`hasAddressCity.insee`) and the post office's locality; the site's villages are the
 * historical communes, some of them merged into a commune nouvelle since 2016 (Le Pont-de-Montvert
 * is in Pont de Montvert - Sud Mont Lozère, INSEE 48116).
 */
import { distanceInMetres } from '../geo/distance';
import type { GeoPoint } from '../geo/territory';

/** What the loader knows of a village (content/villages/<id>.yaml). */
export interface VillageRecord {
	/** File name, the village's id. */
	id: string;
	name: string;
	/** INSEE code of the commune (historical code for a merged commune). */
	insee: string;
	/** Name of the commune nouvelle it belongs to, if merged. */
	communeNouvelle?: string | undefined;
	location: GeoPoint;
}

/** The commune as a feed object states it. */
export interface FeedCity {
	insee?: string | undefined;
	/** `rdfs:label` of `hasAddressCity`, or the address locality. */
	names: string[];
}

/** Lower case, no accents, no punctuation: "Pont-de-Montvert – Sud Mont Lozère" → "pont de montvert sud mont lozere". */
export function normaliseName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/\b(le|la|les|l)\b/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/**
 * The village of a feed object: among the villages whose INSEE code or commune nouvelle is the
 * object's commune, the one named like its locality, else the one whose centre is nearest.
 * Undefined when the commune is not one of the territory's villages.
 */
export function villageFor(
	city: FeedCity,
	point: GeoPoint,
	villages: VillageRecord[],
): VillageRecord | undefined {
	const names = new Set(city.names.map(normaliseName));
	const candidates = villages.filter(
		(village) =>
			(city.insee !== undefined && village.insee === city.insee) ||
			(village.communeNouvelle !== undefined &&
				names.has(normaliseName(village.communeNouvelle))) ||
			names.has(normaliseName(village.name)),
	);
	const named = candidates.find((village) => names.has(normaliseName(village.name)));
	if (named) return named;
	return candidates
		.map((village) => ({ village, metres: distanceInMetres(point, village.location) }))
		.sort((a, b) => a.metres - b.metres)[0]?.village;
}
