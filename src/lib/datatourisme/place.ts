/**
 * Where an object is: its coordinates, address and commune, and whether they make it a place of
 * the territory; with its identity and name, what every mapped object needs.
 */
import { isInTerritory, TERRITORY_BOUNDS, type GeoPoint } from '../geo/territory';
import {
	booleanOf,
	feedText,
	firstNode,
	firstString,
	numberOf,
	stringsOf,
	textIn,
	type Node,
} from './jsonld';
import type { MappingContext, Problem } from './mapping';
import { villageFor, type VillageRecord } from './villages';

/** The object's place: `isLocatedAt`, the first one. */
export const placeOf = (object: Node) => firstNode(object, 'isLocatedAt');

/** Coordinates of an object, or the problem with them. */
export function locationOf(object: Node): { point?: GeoPoint; problem?: Problem } {
	const geo = firstNode(placeOf(object), 'schema:geo');
	if (!geo) return { problem: { field: 'isLocatedAt.schema:geo', reason: 'no coordinates' } };
	const lat = numberOf(geo['schema:latitude']);
	const lon = numberOf(geo['schema:longitude']);
	for (const [name, value] of [
		['schema:latitude', lat],
		['schema:longitude', lon],
	] as const) {
		if (value === undefined) {
			return { problem: { field: `isLocatedAt.schema:geo.${name}`, reason: 'missing' } };
		}
		if (Number.isNaN(value)) {
			return {
				problem: {
					field: `isLocatedAt.schema:geo.${name}`,
					reason: `"${firstString(geo[name]) ?? ''}" is not a number`,
				},
			};
		}
	}
	return { point: { lat: lat as number, lon: lon as number } };
}

/** The address and the commune an object states. */
export function addressOf(object: Node) {
	const address = firstNode(placeOf(object), 'schema:address');
	const city = firstNode(address, 'hasAddressCity');
	const cityName = textIn(city?.['rdfs:label'], 'fr');
	const locality = firstString(address?.['schema:addressLocality']) ?? cityName;
	const postalCode = firstString(address?.['schema:postalCode']);
	return {
		street: stringsOf(address?.['schema:streetAddress']),
		postalCode: postalCode && /^\d{5}$/.test(postalCode) ? postalCode : undefined,
		locality,
		city: {
			insee: firstString(city?.['insee']),
			names: [locality, cityName].filter((name): name is string => name !== undefined),
		},
	};
}

/** A boolean of the place, or of the object itself. */
export function flagOf(object: Node, property: string): boolean | undefined {
	return booleanOf(placeOf(object)?.[property] ?? object[property]);
}

/** Everything every mapped object needs: identity, name, place and village. */
export function readCommon(object: Node, context: MappingContext, position: string) {
	const problems: Problem[] = [];
	const sourceId =
		typeof object['@id'] === 'string' && object['@id'].trim() !== ''
			? object['@id'].trim()
			: undefined;
	if (!sourceId)
		problems.push({
			field: '@id',
			reason: 'missing: every object needs its DATAtourisme identifier',
		});
	const label = feedText(object['rdfs:label']);
	if (!label) problems.push({ field: 'rdfs:label.fr', reason: 'no French name' });
	const { point, problem } = locationOf(object);
	if (problem) problems.push(problem);
	const address = addressOf(object);
	let village: VillageRecord | undefined;
	if (point) {
		const inTerritory = context.isInTerritory ?? isInTerritory;
		if (!inTerritory(point)) {
			problems.push({
				field: 'isLocatedAt.schema:geo',
				reason: `${point.lat}, ${point.lon} is outside the territory (latitude ${TERRITORY_BOUNDS.south}–${TERRITORY_BOUNDS.north}, longitude ${TERRITORY_BOUNDS.west}–${TERRITORY_BOUNDS.east})`,
			});
		}
		village = villageFor(address.city, point, context.villages);
		if (!village) {
			const commune = address.city.names[0] ?? 'no commune named';
			problems.push({
				field: 'isLocatedAt.schema:address.hasAddressCity',
				reason: `${commune}${address.city.insee ? ` (INSEE ${address.city.insee})` : ''} is not a village of the territory (content/villages/)`,
			});
		}
	}
	return { problems, sourceId: sourceId ?? position, label, point, address, village };
}
