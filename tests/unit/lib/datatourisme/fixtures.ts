/**
 * The real DATAtourisme objects of tests/fixtures/datatourisme/ (see its README for provenance),
 * and ways to vary them: move one into a village of the territory, break one field.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Node } from '../../../../src/lib/datatourisme/jsonld';
import type {
	FeedMapping,
	MappedProvider,
	MappingContext,
	Problem,
} from '../../../../src/lib/datatourisme/map-provider';
import type { VillageRecord } from '../../../../src/lib/datatourisme/villages';

const folder = fileURLToPath(new URL('../../../fixtures/datatourisme/', import.meta.url));

export const FIXTURES = {
	/** A gîte for 6 in Cabannes (Bouches-du-Rhône): RentalAccommodation, Gîtes de France 2 épis. */
	gite: '58-004729f1-24e7-3d50-875a-eb24f0f15a43.json',
	/** A crêperie in Sainte-Mère-Église (Manche). */
	restaurant: '30-0049c43b-5087-3c44-87ef-349d316fc2b8.json',
	/** An outdoor activity provider in Argentat-sur-Dordogne (Corrèze). */
	activity: '23-005424b9-231a-3735-b357-b13d2e2f661a.json',
	/** An exhibition in Saumur (Maine-et-Loire), 537 dates. */
	event: '49-00037bcf-28e4-3322-b72f-377587204703.json',
} as const;

/** A fresh copy of a real object. */
export function realObject(name: keyof typeof FIXTURES): Node {
	return JSON.parse(readFileSync(`${folder}${FIXTURES[name]}`, 'utf8')) as Node;
}

/** Villages of the territory, as content/villages/ has them. */
export const VIALAS: VillageRecord = {
	id: 'vialas',
	name: 'Vialas',
	insee: '48194',
	location: { lat: 44.33314, lon: 3.89624 },
};
export const PONT_DE_MONTVERT: VillageRecord = {
	id: 'le-pont-de-montvert',
	name: 'Le Pont-de-Montvert',
	insee: '48116',
	communeNouvelle: 'Pont de Montvert - Sud Mont Lozère',
	location: { lat: 44.36316, lon: 3.74555 },
};
/** A historical commune merged into Pont de Montvert - Sud Mont Lozère in 2016. */
export const FRAISSINET: VillageRecord = {
	id: 'fraissinet-de-lozere',
	name: 'Fraissinet-de-Lozère',
	insee: '48066',
	communeNouvelle: 'Pont de Montvert - Sud Mont Lozère',
	location: { lat: 44.37528, lon: 3.70139 },
};
export const TERRITORY_VILLAGES = [VIALAS, PONT_DE_MONTVERT, FRAISSINET];

/** The site's rules: the territory box and its villages. */
export const SITE_RULES: MappingContext = { villages: TERRITORY_VILLAGES };

/**
 * The communes of the real objects as if they were villages, and no territory box: the mapping
 * of every field can be checked on the real objects, which are all outside Lozère.
 */
export const WITHOUT_TERRITORY_RULE: MappingContext = {
	villages: [
		{ id: 'cabannes', name: 'Cabannes', insee: '13018', location: { lat: 43.86, lon: 4.95 } },
		{
			id: 'sainte-mere-eglise',
			name: 'Sainte-Mère-Église',
			insee: '50523',
			location: { lat: 49.41, lon: -1.32 },
		},
		{
			id: 'argentat-sur-dordogne',
			name: 'Argentat-sur-Dordogne',
			insee: '19010',
			location: { lat: 45.09, lon: 1.94 },
		},
		{ id: 'saumur', name: 'Saumur', insee: '49328', location: { lat: 47.26, lon: -0.08 } },
	],
	isInTerritory: () => true,
};

/** The place node of an object (`isLocatedAt[0]`). */
export const placeOf = (object: Node) => (object['isLocatedAt'] as Node[])[0] as Node;

/** Moves an object to a point and commune, as a member in that village would be published. */
export function moveTo(
	object: Node,
	point: { lat: string; lon: string },
	commune: { insee: string; name: string; postalCode: string },
) {
	const place = placeOf(object);
	place['schema:geo'] = {
		'schema:latitude': point.lat,
		'schema:longitude': point.lon,
		'@type': ['schema:GeoCoordinates'],
	};
	const address = (place['schema:address'] as Node[])[0] as Node;
	address['schema:addressLocality'] = commune.name;
	address['schema:postalCode'] = commune.postalCode;
	address['hasAddressCity'] = {
		'@id': `kb:${commune.insee}`,
		insee: commune.insee,
		'rdfs:label': { fr: [commune.name] },
	};
	return object;
}

/** The real gîte, moved to a hamlet of Vialas. */
export function giteInVialas(): Node {
	return moveTo(
		realObject('gite'),
		{ lat: '44.3401', lon: '3.8862' },
		{ insee: '48194', name: 'Vialas', postalCode: '48220' },
	);
}

/** The entry of a mapping that must succeed. */
export function loaded(mapping: FeedMapping<MappedProvider>): MappedProvider & { id: string } {
	if (!mapping.ok)
		throw new Error(`expected the object to load, got ${JSON.stringify(mapping.problems)}`);
	return { ...mapping.data, id: mapping.id };
}

/** The problems of a mapping that must fail. */
export function rejected(mapping: FeedMapping<MappedProvider>): Problem[] {
	if (mapping.ok) throw new Error(`expected the object to be rejected, it loaded as ${mapping.id}`);
	return mapping.problems;
}
