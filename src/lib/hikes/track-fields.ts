/**
 * What the build computes for a hike from its track: the figures (length, ascent and descent,
 * altitudes, loop or one-way, duration) and the national park's regulated areas it crosses. Both
 * the hikes' loader (GPX files in content/hikes/) and Geotrek's (src/loaders/geotrek.ts) use it.
 */
import { relative } from 'node:path';
import { GpxError, parseGpx } from '../gpx/parse';
import { trackStats } from '../gpx/stats';
import { walkingTimeMinutes } from '../gpx/walking-time';
import { areasCrossedBy, type ParkAreaFeature } from '../park/regulations';

const display = (path: string) => relative(process.cwd(), path) || path;

/** What the build computes for one entry, from its GPX text. */
export function computeHikeFields(
	gpxText: string,
	gpxPath: string,
	parkAreas: readonly ParkAreaFeature[],
	durationOverride?: unknown,
) {
	let parsed;
	try {
		parsed = parseGpx(gpxText);
	} catch (error) {
		if (error instanceof GpxError)
			throw new Error(`${display(gpxPath)}: ${error.message}`, { cause: error });
		throw error;
	}
	const missing = parsed.points.findIndex((point) => point.ele === undefined);
	if (missing >= 0) {
		throw new Error(
			`${display(gpxPath)}: point ${missing + 1} has no altitude (<ele>); the figures need one on every point`,
		);
	}
	const points = parsed.points.map((point) => ({
		lat: Number(point.lat.toFixed(6)),
		lon: Number(point.lon.toFixed(6)),
		ele: Number(point.ele!.toFixed(1)),
	}));
	return trackFieldsOf(points, parkAreas, durationOverride);
}

/** The figures and the regulated areas of a track's points (a GPX file's, or Geotrek's). */
export function trackFieldsOf(
	points: { lat: number; lon: number; ele: number }[],
	parkAreas: readonly ParkAreaFeature[],
	durationOverride?: unknown,
	/** Who gives the duration override: the entry, or its outside source. */
	durationBy: 'entry' | 'source' = 'entry',
) {
	const stats = trackStats(points);
	const override = typeof durationOverride === 'number' ? durationOverride : undefined;
	return {
		track: {
			points,
			...stats,
			durationMinutes:
				override ?? walkingTimeMinutes(stats.lengthMetres, stats.ascentMetres, stats.descentMetres),
			durationSource: override === undefined ? ('din-33466' as const) : durationBy,
		},
		regulations: areasCrossedBy(
			points.map((point) => [point.lon, point.lat] as const),
			parkAreas,
		),
	};
}
