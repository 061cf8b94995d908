/**
 * The Chemin de Stevenson (GR70) as a walker plans it: each stage starts and ends in its town (the
 * IGN village points of tests/fixtures/reference/places.csv), each begins where the one before it
 * ends, and the Sommet de Finiels has the IGN's altitude wherever a text names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distanceInMetres } from '../../../src/lib/geo/distance';
import { parseGpx } from '../../../src/lib/gpx/parse';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const towns = new Map(
	read('tests/fixtures/reference/places.csv')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','))
		.map(([name, lat, lon]) => [name!, { lat: Number(lat), lon: Number(lon) }]),
);
const { stages } = parse(read('content/itineraries/chemin-de-stevenson.yaml')) as {
	stages: string[];
};
const stageData = stages.map((id) => {
	const data = parse(read(`content/hikes/${id}.yaml`)) as {
		gpx: string;
		startName: string;
		endName: string;
		start: { lat: number; lon: number };
	};
	const points = parseGpx(read(`content/hikes/${data.gpx}`)).points;
	return { id, data, first: points[0]!, last: points.at(-1)! };
});

/** How far a stage end may lie from its town's point: the village, not a campsite outside it. */
const TOWN_TOLERANCE_METRES = 300;

describe('the GR70 stages', () => {
	it.each(stageData.map((stage) => [stage.id, stage]))(
		'%s starts and ends in the towns it names',
		(_, stage) => {
			const start = towns.get(stage.data.startName);
			const end = towns.get(stage.data.endName);
			if (!start || !end) throw new Error(`no village point for ${stage.id}'s towns`);
			expect(distanceInMetres(stage.first, start)).toBeLessThan(TOWN_TOLERANCE_METRES);
			expect(distanceInMetres(stage.data.start, start)).toBeLessThan(TOWN_TOLERANCE_METRES);
			expect(distanceInMetres(stage.last, end)).toBeLessThan(TOWN_TOLERANCE_METRES);
		},
	);

	it('follow on from one another: each starts in the town where the one before ends', () => {
		for (const [index, stage] of stageData.slice(1).entries()) {
			const before = stageData[index]!;
			expect(stage.data.startName).toBe(before.data.endName);
			expect(distanceInMetres(stage.first, before.last)).toBeLessThan(TOWN_TOLERANCE_METRES);
		}
	});
});

describe('the Sommet de Finiels', () => {
	const textFiles = ['content/pages/fr', 'content/pages/en']
		.flatMap((folder) => readdirSync(new URL(folder, root)).map((file) => `${folder}/${file}`))
		.concat(
			['hikes', 'experiences', 'villages', 'sectors', 'themes', 'itineraries'].flatMap((folder) =>
				readdirSync(new URL(`content/${folder}`, root))
					.filter((file) => file.endsWith('.yaml'))
					.map((file) => `content/${folder}/${file}`),
			),
		);
	/** Every altitude written within a sentence of the summit's name. */
	const altitudes = textFiles.flatMap((file) =>
		[...read(file).matchAll(/sommet de Finiels[^.\n]{0,120}?(\d[\d  ,]{2,5}) ?m\b/gi)].map(
			(match) => [file, match[1]!.replace(/[^\d]/g, '')],
		),
	);

	it('is named with an altitude somewhere, so that the check below reads something', () => {
		expect(altitudes.length).toBeGreaterThan(4);
	});

	it('is given the IGN altitude of 1,699 m wherever its altitude is written', () => {
		for (const [file, metres] of altitudes)
			expect({ file, metres }).toEqual({ file, metres: '1699' });
	});
});
