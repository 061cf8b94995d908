/**
 * The Parc national des Cévennes' regulation areas ("zones sensibles" in its Geotrek): sections of
 * GR trails where bivouac is forbidden, paths where mountain bikes are banned, discouraged or must
 * be carried, canyons that are closed or regulated. The park publishes them as open data; the
 * copy in content/park-regulations/ keeps the areas of our territory (see its README).
 *
 * Bivouac is forbidden everywhere in the park's core except along GR and GRP trails; the areas
 * here are the extra bans along those trails, and the other practices' rules.
 * @see https://www.cevennes-parcnational.fr/fr/le-parc-national-des-cevennes/la-reglementation-du-coeur
 */
import {
	lineIntersectsMultiPolygon,
	type MultiPolygonCoordinates,
	type Position,
} from '../geo/intersects';

/** The practice a rule concerns. */
export const REGULATED_PRACTICES = ['walking', 'mountain-bike', 'canyoning'] as const;
export type RegulatedPractice = (typeof REGULATED_PRACTICES)[number];

/** Each rule as the park writes it ("Rules"), with our code and the practice it concerns. */
export const PARK_RULES = {
	'Bivouac interdit': { code: 'bivouac-forbidden', practice: 'walking' },
	'Accès piéton réglementé': { code: 'restricted-access', practice: 'walking' },
	'VTT interdit': { code: 'mountain-bike-forbidden', practice: 'mountain-bike' },
	'VTT déconseillé': { code: 'mountain-bike-discouraged', practice: 'mountain-bike' },
	'VTT porté': { code: 'mountain-bike-carried', practice: 'mountain-bike' },
	'Canyoning interdit': { code: 'canyoning-forbidden', practice: 'canyoning' },
	'Canyoning réglementé': { code: 'canyoning-regulated', practice: 'canyoning' },
} as const satisfies Record<string, { code: string; practice: RegulatedPractice }>;

export type ParkRuleCode = (typeof PARK_RULES)[keyof typeof PARK_RULES]['code'];

const MONTHS = [
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

/** The properties of an area as the park publishes them (the ones we copy). */
export interface ParkAreaProperties {
	id: number;
	City: string;
	District: string;
	'Name fr': string;
	Period: string | null;
	'Sport practices': string;
	Rules: string;
	'URL fr': string | null;
	'Description fr': string | null;
}

export interface ParkAreaFeature {
	type: 'Feature';
	properties: ParkAreaProperties;
	geometry:
		| { type: 'MultiPolygon'; coordinates: MultiPolygonCoordinates }
		| { type: 'Polygon'; coordinates: MultiPolygonCoordinates[number] };
}

/** One regulated area, ready to show a visitor. */
export interface ParkArea {
	/** The park's id of the area. */
	id: number;
	/** The place, as the park names it ("Mont Lozère", "Mas Camargues"). */
	name: string;
	/** For bans along a GR: the trail section ("GR®70 - Portion du Sommet de Finiels"). */
	section?: string | undefined;
	/** Communes it lies in. */
	cities: string;
	/** The rules, each with the practice it concerns. */
	rules: { code: ParkRuleCode; practice: RegulatedPractice }[];
	/** Months (1–12) the rules apply; all twelve for all year. */
	months: number[];
	/** The park's page or decree on the rule. */
	url?: string | undefined;
}

/** Reads one area, refusing a rule or a month we do not know, so the site never shows it wrong. */
export function parkAreaOf(feature: ParkAreaFeature): ParkArea {
	const properties = feature.properties;
	const where = `park area ${properties.id} (${properties['Name fr']})`;
	const rules = properties.Rules.split(',').map((text) => {
		const rule = PARK_RULES[text.trim() as keyof typeof PARK_RULES];
		if (!rule)
			throw new Error(
				`${where}: unknown rule "${text.trim()}" (add it to PARK_RULES and the dictionaries)`,
			);
		return { code: rule.code, practice: rule.practice };
	});
	const months = (properties.Period ?? MONTHS.join(', '))
		.split(',')
		.map((month) => month.trim())
		.filter(Boolean)
		.map((month) => {
			const index = MONTHS.indexOf(month);
			if (index < 0) throw new Error(`${where}: unknown month "${month}"`);
			return index + 1;
		});
	const firstLine = (properties['Description fr'] ?? '').split('\n')[0]?.trim() ?? '';
	return {
		id: properties.id,
		name: properties['Name fr'],
		section: /^GRP?®?\s?\d*/.test(firstLine) && firstLine.length < 120 ? firstLine : undefined,
		cities: properties.City,
		rules,
		months,
		url: properties['URL fr'] ?? undefined,
	};
}

export function multiPolygonOf(feature: ParkAreaFeature): MultiPolygonCoordinates {
	return feature.geometry.type === 'Polygon'
		? [feature.geometry.coordinates]
		: feature.geometry.coordinates;
}

/** The areas a track crosses, in the park's id order. */
export function areasCrossedBy(
	line: readonly Position[],
	features: readonly ParkAreaFeature[],
): ParkArea[] {
	return features
		.filter((feature) => lineIntersectsMultiPolygon(line, multiPolygonOf(feature)))
		.map(parkAreaOf)
		.sort((a, b) => a.id - b.id);
}
