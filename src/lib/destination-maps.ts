/**
 * The static maps of the destination pages, composed from content: the territory by sector, one
 * sector, a village plan, a heritage walk. Markers are numbered like the list printed beside
 * each map, which is the map's text equivalent.
 */
import type { Commune } from './geo/communes';
import { boundsOf, padBounds } from './geo/polygon';
import { buildStaticMap, type MapModel, type MapPoint } from './geo/static-map';
import type { GeoPoint } from './geo/territory';

/** Drawing width of every map: at phone width one unit is about one CSS pixel, so text stays readable. */
export const MAP_WIDTH = 360;

export interface VillageOnMap {
	id: string;
	name: string;
	insee: string;
	sector: string;
	location: GeoPoint;
	/** Whether an information office stands in the village. */
	hasOffice: boolean;
}

function communeFor(communes: ReadonlyMap<string, Commune>, insee: string): Commune {
	const commune = communes.get(insee);
	if (!commune)
		throw new Error(`No boundary for INSEE ${insee} in content/reference/communes.geojson`);
	return commune;
}

const villageMarker = (village: VillageOnMap, index: number): MapPoint => ({
	id: village.id,
	point: village.location,
	kind: village.hasOffice ? 'office' : 'village',
	badge: String(index + 1),
	label: village.name,
});

/** The tone of a sector on the territory map: `group-1` for the first sector, and so on. */
export const sectorTone = (sectorIds: readonly string[], sectorId: string) =>
	`group-${sectorIds.indexOf(sectorId) + 1}`;

/** Every commune coloured by sector (in `sectorIds` order); villages numbered in the order given. */
export function territoryMap(
	villages: VillageOnMap[],
	sectorIds: readonly string[],
	communes: ReadonlyMap<string, Commune>,
): MapModel {
	return buildStaticMap(
		villages.map((village) => ({
			id: village.insee,
			geometry: communeFor(communes, village.insee).geometry,
			tone: sectorTone(sectorIds, village.sector),
		})),
		villages.map(villageMarker),
		{ width: MAP_WIDTH, maxHeight: 460, marginMetres: 300 },
	);
}

/** One sector's communes, with the rest of the territory around them; its villages numbered. */
export function sectorMap(
	sectorId: string,
	allVillages: VillageOnMap[],
	sectorVillages: VillageOnMap[],
	communes: ReadonlyMap<string, Commune>,
): MapModel {
	return buildStaticMap(
		allVillages.map((village) => ({
			id: village.insee,
			geometry: communeFor(communes, village.insee).geometry,
			tone: village.sector === sectorId ? 'focus' : 'context',
		})),
		sectorVillages.map(villageMarker),
		{ width: MAP_WIDTH, maxHeight: 420, marginMetres: 800 },
	);
}

export interface PlanPoint {
	location: GeoPoint;
}

/**
 * A village plan: the village centre, the office if there is one, and the shops and services
 * numbered in list order, framed on them (at least 400 m across) inside the commune.
 */
export function villagePlanMap(
	village: { name: string; insee: string; location: GeoPoint },
	services: PlanPoint[],
	office: { location: GeoPoint; label: string } | undefined,
	communes: ReadonlyMap<string, Commune>,
): MapModel {
	const points: MapPoint[] = [
		{ id: 'centre', point: village.location, kind: 'centre', label: village.name },
		...(office
			? [{ id: 'office', point: office.location, kind: 'office', badge: 'i', label: office.label }]
			: []),
		...services.map((service, index) => ({
			id: `service-${index + 1}`,
			point: service.location,
			kind: 'service',
			badge: String(index + 1),
		})),
	];
	return buildStaticMap(
		[{ id: village.insee, geometry: communeFor(communes, village.insee).geometry, tone: 'focus' }],
		points,
		{
			width: MAP_WIDTH,
			maxHeight: 260,
			frame: padBounds(
				boundsOf(
					[],
					points.map((point) => point.point),
				),
				50,
				300,
			),
		},
	);
}

/** A heritage walk: its stops numbered in walking order, joined by a dashed line. */
export function walkMap(
	village: { insee: string },
	steps: PlanPoint[],
	communes: ReadonlyMap<string, Commune>,
): MapModel {
	const locations = steps.map((step) => step.location);
	return buildStaticMap(
		[{ id: village.insee, geometry: communeFor(communes, village.insee).geometry, tone: 'focus' }],
		locations.map((location, index) => ({
			id: `step-${index + 1}`,
			point: location,
			kind: 'step',
			badge: String(index + 1),
		})),
		{
			width: MAP_WIDTH,
			maxHeight: 260,
			frame: padBounds(boundsOf([], locations), 50, 300),
			lines: [locations],
		},
	);
}
