/**
 * The hikes as the office's content holds them: each entry's GPX file is beside it, the sample
 * hikes say so, and their drawn tracks stay plausible for the ground they cross.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distanceInMetres } from '../../../src/lib/geo/distance';
import { parseGpx } from '../../../src/lib/gpx/parse';
import { trackStats } from '../../../src/lib/gpx/stats';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const hikeFiles = readdirSync(new URL('content/hikes/', root)).filter((file) =>
	file.endsWith('.yaml'),
);
const hikes = hikeFiles.map((file) => {
	const text = read(`content/hikes/${file}`);
	const data = parse(text) as {
		gpx: string;
		sample?: boolean;
		sector: string;
		startName: string;
		start: { lat: number; lon: number };
	};
	const points = parseGpx(read(`content/hikes/${data.gpx}`)).points;
	return { id: file.replace(/\.yaml$/, ''), text, data, points, stats: trackStats(points) };
});
const itineraries = readdirSync(new URL('content/itineraries/', root)).map((file) =>
	file.replace(/\.yaml$/, ''),
);
const villages = new Map(
	read('tests/fixtures/reference/places.csv')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','))
		.map(([name, lat, lon]) => [name!, { lat: Number(lat), lon: Number(lon) }]),
);

describe('hikes', () => {
	it('have ids that no itinerary uses (both live under /randonnees/{id}/)', () => {
		for (const id of itineraries) expect(hikes.map((hike) => hike.id)).not.toContain(id);
	});

	it('include at least 12 sample day hikes across the four sectors, besides the GR70 stages', () => {
		const samples = hikes.filter((hike) => hike.data.sample);
		expect(samples.length).toBeGreaterThanOrEqual(12);
		expect(new Set(samples.map((hike) => hike.data.sector))).toEqual(
			new Set(['mont-lozere', 'vallee-francaise', 'vallee-longue', 'calbertois']),
		);
		expect(hikes.filter((hike) => hike.id.startsWith('gr70-') && !hike.data.sample)).toHaveLength(
			4,
		);
	});

	it.each(hikes.filter((hike) => hike.data.sample).map((hike) => [hike.id, hike]))(
		'%s says it is sample data, in the entry and in its GPX file',
		(_, hike) => {
			expect(hike.text.startsWith('# SAMPLE DATA')).toBe(true);
			expect(read(`content/hikes/${hike.data.gpx}`)).toContain('SAMPLE DATA');
		},
	);

	it.each(hikes.map((hike) => [hike.id, hike]))(
		'%s starts where it says, on plausible ground',
		(_, hike) => {
			// A drawn track starts at the village it names, a real GR70 track in its stage town
			// (shared/data/places/places.csv lists each one).
			const village = villages.get(hike.data.startName);
			const tolerance = hike.data.sample ? 500 : 300;
			if (village) expect(distanceInMetres(hike.data.start, village)).toBeLessThan(tolerance);
			expect(distanceInMetres(hike.data.start, hike.points[0]!)).toBeLessThan(300);
			expect(hike.stats.lengthMetres).toBeGreaterThan(2_000);
			expect(hike.stats.lengthMetres).toBeLessThan(35_000);
			// Mont Lozère tops out at 1,699 m (GPS readings up to ~1,705 m); the valleys run 100–1,100 m.
			expect(hike.stats.maxAltitude).toBeLessThan(1_710);
			if (hike.data.sector !== 'mont-lozere') {
				expect(hike.stats.minAltitude).toBeGreaterThan(100);
				expect(hike.stats.maxAltitude).toBeLessThan(1_100);
			}
			// No drawn track climbs more than 300 m per kilometre on average.
			expect(hike.stats.ascentMetres / (hike.stats.lengthMetres / 1000)).toBeLessThan(300);
		},
	);
});
