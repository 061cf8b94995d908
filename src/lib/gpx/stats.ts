/**
 * The figures a walker reads before setting off, computed from a track.
 *
 * Elevation gain from GPS or DEM tracks is inflated by noise: every wobble of a few metres
 * between two points adds to the sum of the climbs. Two standard steps keep the figures honest:
 *
 * 1. **Smoothing.** Each point's altitude is replaced by the mean altitude of the points within
 *    `SMOOTHING_WINDOW_METRES / 2` along the track on either side of it (a distance-based moving
 *    average, so a densely sampled track is smoothed as much as a sparse one). On a sparse track,
 *    where points are further apart than that, each point keeps its own altitude.
 * 2. **Hysteresis.** Climbs and descents are counted from the last turning point only once the
 *    altitude has moved `HYSTERESIS_METRES` away from it, so oscillations smaller than that
 *    (noise on a flat path) count for nothing while a real climb is counted whole.
 *
 * Minimum and maximum altitude are read on the smoothed profile, so a single spike does not set
 * them. The same method runs in the tests on a synthetic noisy track with a known answer.
 */
import { distanceInMetres } from '../geo/distance';
import type { TrackPoint } from './track';

/** Width of the moving-average window, in metres of track. */
export const SMOOTHING_WINDOW_METRES = 100;
/** Altitude change that must be exceeded before a climb or a descent counts. */
export const HYSTERESIS_METRES = 5;
/** A track whose ends are closer than this is a loop. */
export const LOOP_TOLERANCE_METRES = 250;

export interface TrackStats {
	/** Length along the track, in metres. */
	lengthMetres: number;
	/** Total climb, in metres (smoothed). */
	ascentMetres: number;
	/** Total descent, in metres (smoothed). */
	descentMetres: number;
	/** Lowest altitude, in metres (smoothed). */
	minAltitude: number;
	/** Highest altitude, in metres (smoothed). */
	maxAltitude: number;
	/** Whether the track ends where it starts. */
	isLoop: boolean;
}

/** Distance from the start at each point, in metres. */
export function cumulativeDistances(points: readonly TrackPoint[]): number[] {
	const distances = [0];
	for (let index = 1; index < points.length; index++) {
		distances.push(distances[index - 1]! + distanceInMetres(points[index - 1]!, points[index]!));
	}
	return distances;
}

/** Altitudes after the distance-based moving average; a track without altitudes is refused. */
export function smoothedAltitudes(
	points: readonly TrackPoint[],
	windowMetres = SMOOTHING_WINDOW_METRES,
	distances = cumulativeDistances(points),
): number[] {
	const altitudes = points.map((point, index) => {
		if (point.ele === undefined) throw new Error(`point ${index + 1} has no altitude`);
		return point.ele;
	});
	const half = windowMetres / 2;
	const smoothed: number[] = [];
	// Two pointers over the window: each point enters and leaves the running sum once.
	let from = 0;
	let to = 0;
	let sum = 0;
	for (let index = 0; index < altitudes.length; index++) {
		const here = distances[index]!;
		while (to < altitudes.length && distances[to]! <= here + half) sum += altitudes[to++]!;
		while (distances[from]! < here - half) sum -= altitudes[from++]!;
		smoothed.push(sum / (to - from));
	}
	return smoothed;
}

/** Climb and descent of a profile, counted with hysteresis. */
export function climbAndDescent(
	altitudes: readonly number[],
	hysteresis = HYSTERESIS_METRES,
): { ascent: number; descent: number } {
	let ascent = 0;
	let descent = 0;
	let reference = altitudes[0] ?? 0;
	for (const altitude of altitudes) {
		const change = altitude - reference;
		if (change >= hysteresis) {
			ascent += change;
			reference = altitude;
		} else if (-change >= hysteresis) {
			descent -= change;
			reference = altitude;
		}
	}
	return { ascent, descent };
}

export function trackStats(points: readonly TrackPoint[]): TrackStats {
	const distances = cumulativeDistances(points);
	const lengthMetres = distances[distances.length - 1] ?? 0;
	const altitudes = smoothedAltitudes(points, SMOOTHING_WINDOW_METRES, distances);
	const { ascent, descent } = climbAndDescent(altitudes);
	const ends = distanceInMetres(points[0]!, points[points.length - 1]!);
	return {
		lengthMetres: Math.round(lengthMetres),
		ascentMetres: Math.round(ascent),
		descentMetres: Math.round(descent),
		minAltitude: Math.round(Math.min(...altitudes)),
		maxAltitude: Math.round(Math.max(...altitudes)),
		isLoop: ends <= LOOP_TOLERANCE_METRES && lengthMetres > 4 * LOOP_TOLERANCE_METRES,
	};
}
