/**
 * Writes KML 2.2 (Google Earth, Organic Maps, many phone apps): the track as a LineString with
 * altitudes, and one Placemark per waypoint.
 * @see https://developers.google.com/kml/documentation/kmlreference
 */
import type { TrackExport } from './export';
import { altitude, coordinate, escapeXml } from './xml';

export const KML_NAMESPACE = 'http://www.opengis.net/kml/2.2';

const position = (point: { lat: number; lon: number; ele?: number | undefined }) =>
	[
		coordinate(point.lon),
		coordinate(point.lat),
		...(point.ele === undefined ? [] : [altitude(point.ele)]),
	].join(',');

export function toKml(track: TrackExport): string {
	const description = track.credit
		? `${track.description}\n${track.credit}\n${track.url}`
		: `${track.description}\n${track.url}`;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<kml xmlns="${KML_NAMESPACE}">`,
		'  <Document>',
		`    <name>${escapeXml(track.name)}</name>`,
		`    <description>${escapeXml(description)}</description>`,
		// KML colours are aabbggrr: the site's forest green #235c3b, opaque.
		'    <Style id="track"><LineStyle><color>ff3b5c23</color><width>4</width></LineStyle></Style>',
		'    <Placemark>',
		`      <name>${escapeXml(track.name)}</name>`,
		'      <styleUrl>#track</styleUrl>',
		'      <LineString>',
		'        <tessellate>1</tessellate>',
		'        <altitudeMode>clampToGround</altitudeMode>',
		`        <coordinates>${track.points.map(position).join(' ')}</coordinates>`,
		'      </LineString>',
		'    </Placemark>',
		...track.waypoints.map((waypoint) =>
			[
				'    <Placemark>',
				`      <name>${escapeXml(waypoint.name)}</name>`,
				waypoint.description
					? `      <description>${escapeXml(waypoint.description)}</description>`
					: '',
				`      <Point><coordinates>${position(waypoint)}</coordinates></Point>`,
				'    </Placemark>',
			]
				.filter(Boolean)
				.join('\n'),
		),
		'  </Document>',
		'</kml>',
		'',
	].join('\n');
}
