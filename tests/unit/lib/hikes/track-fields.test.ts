import { describe, expect, it } from 'vitest';
import { computeHikeFields, trackFieldsOf } from '../../../../src/lib/hikes/track-fields';
import type { ParkAreaFeature } from '../../../../src/lib/park/regulations';

const gpx = (points: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
	<trk><trkseg>${points}</trkseg></trk>
</gpx>`;

/** Three points about 1.1 km apart northwards, climbing 100 m then 50 m. */
const CLIMB = gpx(`
	<trkpt lat="44.30000" lon="3.70000"><ele>700</ele></trkpt>
	<trkpt lat="44.31000" lon="3.70000"><ele>800</ele></trkpt>
	<trkpt lat="44.32000" lon="3.70000"><ele>850</ele></trkpt>`);

/** A park area around the track's first half. */
const AREA: ParkAreaFeature = {
	type: 'Feature',
	properties: {
		id: 7,
		City: 'Vialas',
		District: 'Mont Lozère',
		'Name fr': 'Zone test',
		Period: 'March',
		'Sport practices': 'Randonnée',
		Rules: 'Accès piéton réglementé',
		'URL fr': 'https://www.cevennes-parcnational.fr/',
		'Description fr': 'Une zone pour le test.',
	},
	geometry: {
		type: 'MultiPolygon',
		coordinates: [
			[
				[
					[3.69, 44.29],
					[3.71, 44.29],
					[3.71, 44.305],
					[3.69, 44.305],
					[3.69, 44.29],
				],
			],
		],
	},
};

describe('computeHikeFields', () => {
	it("computes a GPX track's figures, its walking time and the park areas it crosses", () => {
		const fields = computeHikeFields(CLIMB, 'content/hikes/test.gpx', [AREA]);
		expect(fields.track.points).toHaveLength(3);
		expect(fields.track.lengthMetres).toBeGreaterThan(2_200);
		expect(fields.track.lengthMetres).toBeLessThan(2_250);
		expect(fields.track.minAltitude).toBe(700);
		expect(fields.track.maxAltitude).toBe(850);
		expect(fields.track.durationSource).toBe('din-33466');
		expect(fields.track.durationMinutes).toBeGreaterThan(0);
		expect(fields.regulations.map((area) => area.id)).toEqual([7]);
	});

	it("keeps the entry's own duration, saying so", () => {
		const fields = computeHikeFields(CLIMB, 'content/hikes/test.gpx', [], 95);
		expect(fields.track).toMatchObject({ durationMinutes: 95, durationSource: 'entry' });
		expect(fields.regulations).toEqual([]);
	});

	it('names the file and the point when a point has no altitude', () => {
		const noAltitude = gpx(`
			<trkpt lat="44.30000" lon="3.70000"><ele>700</ele></trkpt>
			<trkpt lat="44.31000" lon="3.70000"></trkpt>`);
		expect(() => computeHikeFields(noAltitude, 'content/hikes/test.gpx', [])).toThrow(
			/content\/hikes\/test\.gpx: point 2 has no altitude/,
		);
	});

	it('names the file when it is not GPX', () => {
		expect(() => computeHikeFields('<kml/>', 'content/hikes/test.gpx', [])).toThrow(
			/^content\/hikes\/test\.gpx: /,
		);
	});
});

describe('trackFieldsOf', () => {
	it("credits an outside source's duration to the source", () => {
		const points = [
			{ lat: 44.3, lon: 3.7, ele: 700 },
			{ lat: 44.31, lon: 3.7, ele: 800 },
		];
		expect(trackFieldsOf(points, [], 120, 'source').track).toMatchObject({
			durationMinutes: 120,
			durationSource: 'source',
		});
		expect(trackFieldsOf(points, [], undefined, 'source').track.durationSource).toBe('din-33466');
	});
});
