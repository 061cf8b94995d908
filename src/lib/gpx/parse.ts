/**
 * Reads GPX files as people publish them: GPX 1.0 or 1.1, with or without the GPX namespace,
 * with a byte-order mark before the XML declaration (the GR70 tracks have both quirks).
 * Tracks (`trk/trkseg/trkpt`) are read first; a file with only a route (`rte/rtept`) is read as
 * its route. Segments are joined in file order.
 * @see https://www.topografix.com/GPX/1/1/
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TrackPoint, Waypoint } from './track';

/** A GPX file that cannot be used, with the reason in words. */
export class GpxError extends Error {
	override name = 'GpxError';
}

export interface ParsedGpx {
	/** The track's name (`trk/name`, else `metadata/name`), when the file gives one. */
	name?: string | undefined;
	/** Every track point, segments joined in order. */
	points: TrackPoint[];
	/** The file's waypoints (`wpt`). */
	waypoints: Waypoint[];
}

type XmlNode = Record<string, unknown>;

const REPEATED = new Set(['trk', 'trkseg', 'trkpt', 'rte', 'rtept', 'wpt']);

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	removeNSPrefix: true,
	parseTagValue: false,
	parseAttributeValue: false,
	isArray: (name) => REPEATED.has(name),
});

const asNodes = (value: unknown): XmlNode[] =>
	Array.isArray(value)
		? (value.filter((item) => item && typeof item === 'object') as XmlNode[])
		: [];

const textOf = (value: unknown): string | undefined => {
	if (typeof value === 'string') return value.trim() || undefined;
	if (value && typeof value === 'object' && '#text' in value)
		return textOf((value as XmlNode)['#text']);
	return undefined;
};

function numberOf(value: unknown, what: string): number {
	const text = textOf(value);
	const number = text === undefined ? Number.NaN : Number(text);
	if (!Number.isFinite(number))
		throw new GpxError(`${what} is not a number (${JSON.stringify(text ?? '')})`);
	return number;
}

function pointOf(node: XmlNode, what: string): TrackPoint {
	const lat = numberOf(node['@_lat'], `${what}: latitude`);
	const lon = numberOf(node['@_lon'], `${what}: longitude`);
	if (lat < -90 || lat > 90) throw new GpxError(`${what}: latitude ${lat} is outside -90…90`);
	if (lon < -180 || lon > 180) throw new GpxError(`${what}: longitude ${lon} is outside -180…180`);
	const ele = node['ele'] === undefined ? undefined : numberOf(node['ele'], `${what}: elevation`);
	return { lat, lon, ele };
}

/** Parses the text of a GPX file; throws a GpxError saying what is wrong. */
export function parseGpx(text: string): ParsedGpx {
	const xml = text.replace(/^\uFEFF/, '').trimStart();
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		throw new GpxError(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
	}
	const document = parser.parse(xml) as XmlNode;
	const gpx = document['gpx'];
	if (!gpx || typeof gpx !== 'object')
		throw new GpxError('not a GPX file: the root element is not <gpx>');
	const root = gpx as XmlNode;

	const tracks = asNodes(root['trk']);
	let points = tracks.flatMap((track, t) =>
		asNodes(track['trkseg']).flatMap((segment, s) =>
			asNodes(segment['trkpt']).map((point, p) =>
				pointOf(point, `track ${t + 1}, segment ${s + 1}, point ${p + 1}`),
			),
		),
	);
	const routes = asNodes(root['rte']);
	if (points.length === 0) {
		points = routes.flatMap((route, r) =>
			asNodes(route['rtept']).map((point, p) => pointOf(point, `route ${r + 1}, point ${p + 1}`)),
		);
	}
	if (points.length < 2)
		throw new GpxError(`has ${points.length} track point(s): a track needs at least 2`);

	const waypoints = asNodes(root['wpt']).map((node, w): Waypoint => {
		const point = pointOf(node, `waypoint ${w + 1}`);
		return {
			...point,
			name: textOf(node['name']) ?? `${w + 1}`,
			description: textOf(node['desc']),
			type: textOf(node['type']),
		};
	});

	const metadata = root['metadata'] as XmlNode | undefined;
	const name =
		textOf(tracks[0]?.['name']) ?? textOf(routes[0]?.['name']) ?? textOf(metadata?.['name']);
	return { name, points, waypoints };
}
