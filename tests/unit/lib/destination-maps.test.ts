import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	sectorMap,
	territoryMap,
	villagePlanMap,
	walkMap,
	type VillageOnMap,
} from '../../../src/lib/destination-maps';
import { parseCommunes } from '../../../src/lib/geo/communes';

const communes = parseCommunes(
	readFileSync(new URL('../../../content/reference/communes.geojson', import.meta.url), 'utf8'),
);

const villages: VillageOnMap[] = [
	{
		id: 'le-pont-de-montvert',
		name: 'Le Pont-de-Montvert',
		insee: '48116',
		sector: 'mont-lozere',
		location: { lat: 44.36316, lon: 3.74555 },
		hasOffice: true,
	},
	{
		id: 'vialas',
		name: 'Vialas',
		insee: '48194',
		sector: 'mont-lozere',
		location: { lat: 44.33314, lon: 3.89624 },
		hasOffice: true,
	},
	{
		id: 'gabriac',
		name: 'Gabriac',
		insee: '48067',
		sector: 'vallee-francaise',
		location: { lat: 44.17816, lon: 3.71921 },
		hasOffice: false,
	},
];

const inside = (model: { width: number; height: number }, marker: { x: number; y: number }) =>
	marker.x >= 0 && marker.x <= model.width && marker.y >= 0 && marker.y <= model.height;

describe('territoryMap', () => {
	it('colours each commune by its sector, in sector order, and numbers the villages', () => {
		const model = territoryMap(villages, ['mont-lozere', 'vallee-francaise'], communes);
		expect(model.areas.map((area) => area.tone)).toEqual(['group-1', 'group-1', 'group-2']);
		expect(model.markers.map((marker) => [marker.badge, marker.kind])).toEqual([
			['1', 'office'],
			['2', 'office'],
			['3', 'village'],
		]);
		expect(model.markers.every((marker) => inside(model, marker))).toBe(true);
	});

	it('names the village whose INSEE code has no boundary', () => {
		expect(() =>
			territoryMap([{ ...villages[0]!, insee: '48999' }], ['mont-lozere'], communes),
		).toThrow(/48999/);
	});
});

describe('sectorMap', () => {
	it('highlights the sector among the rest of the territory and marks only its villages', () => {
		const ventalon: VillageOnMap = {
			id: 'ventalon-en-cevennes',
			name: 'Ventalon en Cévennes',
			insee: '48152',
			sector: 'vallee-longue',
			location: { lat: 44.28568, lon: 3.85565 },
			hasOffice: false,
		};
		const model = sectorMap('mont-lozere', [...villages, ventalon], villages.slice(0, 2), communes);
		// Gabriac, far to the south, falls outside the frame and is left out; Ventalon, next door, stays.
		expect(model.areas.map((area) => [area.id, area.tone])).toEqual([
			['48116', 'focus'],
			['48194', 'focus'],
			['48152', 'context'],
		]);
		expect(model.markers.map((marker) => marker.id)).toEqual(['le-pont-de-montvert', 'vialas']);
		expect(model.markers.every((marker) => inside(model, marker))).toBe(true);
	});
});

describe('villagePlanMap and walkMap', () => {
	const centre = { name: 'Vialas', insee: '48194', location: { lat: 44.33314, lon: 3.89624 } };
	const services = [
		{ location: { lat: 44.3333, lon: 3.8959 } },
		{ location: { lat: 44.3328, lon: 3.8966 } },
	];

	it('shows the centre, the office and the numbered services, all inside the drawing', () => {
		const model = villagePlanMap(
			centre,
			services,
			{ location: { lat: 44.3335, lon: 3.8958 }, label: 'Office' },
			communes,
		);
		expect(model.markers.map((marker) => [marker.kind, marker.badge])).toEqual([
			['centre', undefined],
			['office', 'i'],
			['service', '1'],
			['service', '2'],
		]);
		expect(model.markers.every((marker) => inside(model, marker))).toBe(true);
		// Zoomed on a few hundred metres: a scale bar in metres.
		expect(model.scale.label).toMatch(/^\d+ m$/);
	});

	it('joins the stops of a walk by a line, in order', () => {
		const model = walkMap(centre, services, communes);
		expect(model.lines).toHaveLength(1);
		expect(model.markers.map((marker) => marker.badge)).toEqual(['1', '2']);
	});
});
