import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { TrackExport } from '../../../../src/lib/gpx/export';
import { parseGpx } from '../../../../src/lib/gpx/parse';
import { boundsOf } from '../../../../src/lib/gpx/track';
import { GPX_NAMESPACE, GPX_SEQUENCES, toGpx } from '../../../../src/lib/gpx/write-gpx';
import { KML_NAMESPACE, toKml } from '../../../../src/lib/gpx/write-kml';

const points = [
	{ lat: 44.36316, lon: 3.74555, ele: 875 },
	{ lat: 44.3701, lon: 3.7402, ele: 940.4 },
	{ lat: 44.37528, lon: 3.70139, ele: 905 },
];
const track: TrackExport = {
	name: 'Le Tarn & Fraissinet <boucle>',
	description: 'Une boucle au bord du Tarn.',
	url: 'https://www.cevennes-montlozere.com/randonnees/tarn/',
	author: {
		name: 'Office de Tourisme des Cévennes au Mont Lozère',
		url: 'https://www.cevennes-montlozere.com/',
	},
	credit: 'Tracé : office de tourisme',
	keywords: ['walking', 'Mont Lozère'],
	points,
	waypoints: [
		{ lat: 44.36316, lon: 3.74555, name: 'Départ', type: 'start' },
		{
			lat: 44.3701,
			lon: 3.7402,
			ele: 940,
			name: 'Point de vue',
			description: 'Sur le Tarn',
			type: 'viewpoint',
		},
	],
	bounds: boundsOf(points),
};

/** Parses XML keeping element order, as a schema validator reads it. */
const ordered = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	preserveOrder: true,
});
type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };
const childrenOf = (nodes: OrderedNode[], name: string): OrderedNode[] =>
	(nodes.find((node) => name in node)?.[name] as OrderedNode[] | undefined) ?? [];
const namesOf = (nodes: OrderedNode[]) =>
	nodes.flatMap((node) => Object.keys(node).filter((key) => key !== ':@' && key !== '#text'));

/** Whether `names` follow the order of `sequence` (repetitions allowed, nothing unknown). */
function followsSequence(names: string[], sequence: readonly string[]): boolean {
	let position = 0;
	for (const name of names) {
		const index = sequence.indexOf(name);
		if (index < position) return false;
		position = index;
	}
	return true;
}

describe('toGpx', () => {
	const xml = toGpx(track);
	const document = ordered.parse(xml) as OrderedNode[];
	const gpxNode = document.find((node) => 'gpx' in node)!;
	const gpx = gpxNode['gpx'] as OrderedNode[];

	it('declares GPX 1.1 with its namespace', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(gpxNode[':@']).toMatchObject({ '@_xmlns': GPX_NAMESPACE, '@_version': '1.1' });
		expect(gpxNode[':@']?.['@_creator']).toBeTruthy();
	});

	it('writes every element in the order of the GPX 1.1 schema', () => {
		expect(namesOf(gpx)).toEqual(['metadata', 'wpt', 'wpt', 'trk']);
		expect(followsSequence(namesOf(gpx), GPX_SEQUENCES.gpx)).toBe(true);
		expect(followsSequence(namesOf(childrenOf(gpx, 'metadata')), GPX_SEQUENCES.metadata)).toBe(
			true,
		);
		expect(namesOf(childrenOf(gpx, 'metadata'))).toEqual([
			'name',
			'desc',
			'author',
			'link',
			'keywords',
			'bounds',
		]);
		for (const node of gpx.filter((child) => 'wpt' in child)) {
			expect(followsSequence(namesOf(node['wpt'] as OrderedNode[]), GPX_SEQUENCES.wpt)).toBe(true);
		}
		expect(followsSequence(namesOf(childrenOf(gpx, 'trk')), GPX_SEQUENCES.trk)).toBe(true);
		expect(
			followsSequence(
				namesOf(childrenOf(childrenOf(gpx, 'metadata'), 'author')),
				GPX_SEQUENCES.person,
			),
		).toBe(true);
	});

	it('parses back to the same track, altitudes and waypoints', () => {
		const parsed = parseGpx(xml);
		expect(parsed.name).toBe(track.name);
		expect(parsed.points).toEqual(points);
		expect(
			parsed.waypoints.map((waypoint) => [waypoint.name, waypoint.type, waypoint.ele]),
		).toEqual([
			['Départ', 'start', undefined],
			['Point de vue', 'viewpoint', 940],
		]);
	});

	it('escapes text so names with & and < stay well-formed', () => {
		expect(xml).toContain('Le Tarn &amp; Fraissinet &lt;boucle&gt;');
	});

	it('is the same at every build (no timestamp)', () => {
		expect(toGpx(track)).toBe(xml);
		expect(xml).not.toContain('<time>');
	});
});

describe('toKml', () => {
	const xml = toKml(track);
	const kml = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		isArray: (name) => name === 'Placemark',
	}).parse(xml) as {
		kml: {
			'@_xmlns': string;
			Document: {
				name: string;
				Placemark: {
					name: string;
					LineString?: { coordinates: string };
					Point?: { coordinates: string };
				}[];
			};
		};
	};

	it('declares the KML 2.2 namespace', () => {
		expect(kml.kml['@_xmlns']).toBe(KML_NAMESPACE);
		expect(kml.kml.Document.name).toBe(track.name);
	});

	it('holds the track as a line with altitudes, longitude first', () => {
		const line = kml.kml.Document.Placemark[0]!.LineString!.coordinates.trim().split(/\s+/);
		expect(line).toEqual(['3.74555,44.36316,875', '3.7402,44.3701,940.4', '3.70139,44.37528,905']);
	});

	it('holds one placemark per waypoint', () => {
		const places = kml.kml.Document.Placemark.slice(1);
		expect(places.map((place) => place.name)).toEqual(['Départ', 'Point de vue']);
		expect(places[1]!.Point!.coordinates).toBe('3.7402,44.3701,940');
	});
});
