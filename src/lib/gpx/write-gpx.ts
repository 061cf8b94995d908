/**
 * Writes GPX 1.1 that GPS devices and apps accept: the GPX namespace and version, the elements of
 * each type in the order the schema's `xsd:sequence` requires (metadata, then waypoints, then the
 * track; within each, the children in schema order), altitudes on every point, no timestamps
 * (the file is the same at every build).
 * @see https://www.topografix.com/GPX/1/1/gpx.xsd
 */
import type { TrackExport } from './export';
import { altitude, coordinate, escapeXml } from './xml';

export const GPX_NAMESPACE = 'http://www.topografix.com/GPX/1/1';

/** Child order of each GPX 1.1 type we write, as in gpx.xsd (the tests check our output against it). */
export const GPX_SEQUENCES = {
	gpx: ['metadata', 'wpt', 'rte', 'trk', 'extensions'],
	metadata: [
		'name',
		'desc',
		'author',
		'copyright',
		'link',
		'time',
		'keywords',
		'bounds',
		'extensions',
	],
	wpt: [
		'ele',
		'time',
		'magvar',
		'geoidheight',
		'name',
		'cmt',
		'desc',
		'src',
		'link',
		'sym',
		'type',
		'fix',
		'sat',
		'hdop',
		'vdop',
		'pdop',
		'ageofdgpsdata',
		'dgpsid',
		'extensions',
	],
	trk: ['name', 'cmt', 'desc', 'src', 'link', 'number', 'type', 'extensions', 'trkseg'],
	person: ['name', 'email', 'link'],
	link: ['text', 'type'],
} as const;

const element = (name: string, text: string | undefined) =>
	text === undefined ? '' : `<${name}>${escapeXml(text)}</${name}>`;

const link = (href: string, text?: string) =>
	`<link href="${escapeXml(href)}">${element('text', text)}</link>`;

export function toGpx(track: TrackExport): string {
	const { bounds } = track;
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<gpx xmlns="${GPX_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GPX_NAMESPACE} ${GPX_NAMESPACE}/gpx.xsd" version="1.1" creator="${escapeXml(track.author.name)}">`,
		'  <metadata>',
		`    ${element('name', track.name)}`,
		`    ${element('desc', track.credit ? `${track.description}\n${track.credit}` : track.description)}`,
		`    <author>${element('name', track.author.name)}${link(track.author.url, track.author.name)}</author>`,
		`    ${link(track.url, track.name)}`,
		track.keywords.length ? `    ${element('keywords', track.keywords.join(', '))}` : '',
		`    <bounds minlat="${coordinate(bounds.minLat)}" minlon="${coordinate(bounds.minLon)}" maxlat="${coordinate(bounds.maxLat)}" maxlon="${coordinate(bounds.maxLon)}"/>`,
		'  </metadata>',
		...track.waypoints.map(
			(waypoint) =>
				`  <wpt lat="${coordinate(waypoint.lat)}" lon="${coordinate(waypoint.lon)}">` +
				(waypoint.ele === undefined ? '' : element('ele', altitude(waypoint.ele))) +
				element('name', waypoint.name) +
				element('desc', waypoint.description) +
				element('type', waypoint.type) +
				'</wpt>',
		),
		'  <trk>',
		`    ${element('name', track.name)}`,
		`    ${link(track.url, track.name)}`,
		'    <trkseg>',
		...track.points.map(
			(point) =>
				`      <trkpt lat="${coordinate(point.lat)}" lon="${coordinate(point.lon)}">` +
				(point.ele === undefined ? '' : element('ele', altitude(point.ele))) +
				'</trkpt>',
		),
		'    </trkseg>',
		'  </trk>',
		'</gpx>',
		'',
	];
	return lines.filter((line) => line.trim() !== '').join('\n') + '\n';
}
