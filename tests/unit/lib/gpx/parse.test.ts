import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GpxError, parseGpx } from '../../../../src/lib/gpx/parse';

const GR70_STAGES = {
	'gr70-le-bleymard-le-pont-de-montvert': {
		points: 79,
		first: { lat: 44.48664765805006, lon: 3.735503610223532 },
	},
	'gr70-le-pont-de-montvert-florac': {
		points: 88,
		first: { lat: 44.36302900314331, lon: 3.744870722293854 },
	},
	'gr70-florac-saint-germain-de-calberte': {
		points: 89,
		first: { lat: 44.32478891685605, lon: 3.594995839521289 },
	},
	'gr70-saint-germain-de-calberte-saint-jean-du-gard': {
		points: 78,
		first: { lat: 44.21906026080251, lon: 3.808925310149789 },
	},
};

const read = (name: string) =>
	readFileSync(new URL(`../../../../content/hikes/${name}.gpx`, import.meta.url), 'utf8');

describe('parseGpx on the real GR70 tracks (byte-order mark, no GPX namespace)', () => {
	for (const [name, expected] of Object.entries(GR70_STAGES)) {
		it(`reads every point of ${name} with its altitude`, () => {
			const text = read(name);
			expect(text.charCodeAt(0), 'the copy keeps the byte-order mark').toBe(0xfeff);
			expect(text).not.toContain('xmlns=');
			const gpx = parseGpx(text);
			expect(gpx.points).toHaveLength(expected.points);
			expect(gpx.points[0]).toMatchObject(expected.first);
			expect(
				gpx.points.every(
					(point) => typeof point.ele === 'number' && point.ele > 100 && point.ele < 1710,
				),
			).toBe(true);
		});
	}
});

describe('parseGpx', () => {
	it('reads a GPX 1.1 file with its namespace, track name and waypoints', () => {
		const gpx = parseGpx(`<?xml version="1.0"?>
<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1" creator="test">
  <wpt lat="44.1" lon="3.8"><ele>500</ele><name>Source</name><desc>Eau potable</desc><type>water</type></wpt>
  <trk><name>Boucle</name>
    <trkseg><trkpt lat="44.1" lon="3.8"><ele>500</ele></trkpt><trkpt lat="44.2" lon="3.9"><ele>510.5</ele></trkpt></trkseg>
    <trkseg><trkpt lat="44.3" lon="3.95"><ele>520</ele></trkpt></trkseg>
  </trk>
</gpx>`);
		expect(gpx.name).toBe('Boucle');
		expect(gpx.points).toEqual([
			{ lat: 44.1, lon: 3.8, ele: 500 },
			{ lat: 44.2, lon: 3.9, ele: 510.5 },
			{ lat: 44.3, lon: 3.95, ele: 520 },
		]);
		expect(gpx.waypoints).toEqual([
			{ lat: 44.1, lon: 3.8, ele: 500, name: 'Source', description: 'Eau potable', type: 'water' },
		]);
	});

	it('reads a route when the file has no track', () => {
		const gpx = parseGpx(
			'<gpx><rte><rtept lat="44" lon="3.7"/><rtept lat="44.01" lon="3.71"/></rte></gpx>',
		);
		expect(gpx.points).toEqual([
			{ lat: 44, lon: 3.7, ele: undefined },
			{ lat: 44.01, lon: 3.71, ele: undefined },
		]);
	});

	it.each([
		['text that is not XML', 'not a gpx at all <', /not well-formed XML/],
		['XML that is not GPX', '<kml><Document/></kml>', /root element is not <gpx>/],
		[
			'a track of one point',
			'<gpx><trk><trkseg><trkpt lat="44" lon="3"/></trkseg></trk></gpx>',
			/needs at least 2/,
		],
		[
			'a latitude that is not a number',
			'<gpx><trk><trkseg><trkpt lat="north" lon="3"/><trkpt lat="44" lon="3"/></trkseg></trk></gpx>',
			/point 1: latitude is not a number/,
		],
		[
			'a latitude out of range',
			'<gpx><trk><trkseg><trkpt lat="94" lon="3"/><trkpt lat="44" lon="3"/></trkseg></trk></gpx>',
			/latitude 94 is outside/,
		],
		[
			'a broken altitude',
			'<gpx><trk><trkseg><trkpt lat="44" lon="3"><ele>high</ele></trkpt><trkpt lat="44" lon="3"/></trkseg></trk></gpx>',
			/elevation is not a number/,
		],
	])('refuses %s, saying why', (_, text, reason) => {
		expect(() => parseGpx(text)).toThrow(GpxError);
		expect(() => parseGpx(text)).toThrow(reason);
	});
});
