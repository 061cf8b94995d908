/**
 * The elevation profile drawn at build time as SVG (no chart library in the browser), and the
 * samples of its text alternative. Altitudes are the smoothed ones the figures are computed from.
 */
import { cumulativeDistances, smoothedAltitudes } from './stats';
import type { TrackPoint } from './track';

export interface ProfileOptions {
	/** Size of the SVG's viewBox. */
	width: number;
	height: number;
	/** Room for the axis labels. */
	margin: { top: number; right: number; bottom: number; left: number };
	/** Most points drawn (the path stays small for a long track). */
	maxPoints: number;
}

export const DEFAULT_PROFILE_OPTIONS: ProfileOptions = {
	width: 480,
	height: 210,
	margin: { top: 14, right: 24, bottom: 30, left: 70 },
	maxPoints: 240,
};

export interface ProfileSample {
	/** Distance from the start, in kilometres. */
	km: number;
	/** Altitude in metres. */
	metres: number;
}

export interface ElevationProfile {
	width: number;
	height: number;
	/** The plot area inside the margins. */
	plot: { left: number; right: number; top: number; bottom: number };
	/** SVG path of the profile line, and of the area under it. */
	line: string;
	area: string;
	/** Grid lines with the value they stand for. */
	xTicks: { x: number; km: number }[];
	yTicks: { y: number; metres: number }[];
	/** Where the highest point is drawn. */
	highest: ProfileSample & { x: number; y: number };
	lowest: ProfileSample;
	/** Altitude at regular distances, start and end included: the text alternative's rows. */
	samples: ProfileSample[];
}

/** A round step (1, 2 or 5 × 10ⁿ) that cuts `range` into about `count` parts. */
export function niceStep(range: number, count: number): number {
	const raw = range / Math.max(1, count);
	const power = 10 ** Math.floor(Math.log10(raw));
	const multiple = [1, 2, 5, 10].find((candidate) => candidate * power >= raw) ?? 10;
	return multiple * power;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function altitudeAt(
	km: number,
	distances: readonly number[],
	altitudes: readonly number[],
): number {
	const metres = km * 1000;
	const index = distances.findIndex((distance) => distance >= metres);
	if (index <= 0) return altitudes[index === 0 ? 0 : altitudes.length - 1]!;
	const before = distances[index - 1]!;
	const after = distances[index]!;
	const share = after === before ? 0 : (metres - before) / (after - before);
	return altitudes[index - 1]! + share * (altitudes[index]! - altitudes[index - 1]!);
}

export function elevationProfile(
	points: readonly TrackPoint[],
	options: ProfileOptions = DEFAULT_PROFILE_OPTIONS,
): ElevationProfile {
	const distances = cumulativeDistances(points);
	const altitudes = smoothedAltitudes(points, undefined, distances);
	const totalKm = distances.at(-1)! / 1000;
	const low = Math.min(...altitudes);
	const high = Math.max(...altitudes);

	const yStep = niceStep(Math.max(high - low, 50), 4);
	const yMin = Math.floor(low / yStep) * yStep;
	const yMax = Math.max(Math.ceil(high / yStep) * yStep, yMin + yStep);
	const xStep = niceStep(totalKm, 6);

	const plot = {
		left: options.margin.left,
		right: options.width - options.margin.right,
		top: options.margin.top,
		bottom: options.height - options.margin.bottom,
	};
	const x = (km: number) => round1(plot.left + (km / totalKm) * (plot.right - plot.left));
	const y = (metres: number) =>
		round1(plot.bottom - ((metres - yMin) / (yMax - yMin)) * (plot.bottom - plot.top));

	const every = Math.max(1, Math.ceil(points.length / options.maxPoints));
	const drawn = distances
		.map((distance, index) => ({ km: distance / 1000, metres: altitudes[index]! }))
		.filter((_, index) => index % every === 0 || index === distances.length - 1);
	const line = drawn
		.map((point, index) => `${index ? 'L' : 'M'}${x(point.km)} ${y(point.metres)}`)
		.join(' ');
	const area = `${line} L${x(totalKm)} ${plot.bottom} L${x(0)} ${plot.bottom} Z`;

	const xTicks: { x: number; km: number }[] = [];
	for (let km = 0; km <= totalKm + 1e-9; km += xStep) xTicks.push({ x: x(km), km: round1(km) });
	const yTicks: { y: number; metres: number }[] = [];
	for (let metres = yMin; metres <= yMax + 1e-9; metres += yStep)
		yTicks.push({ y: y(metres), metres });

	const highestIndex = altitudes.indexOf(high);
	const lowestIndex = altitudes.indexOf(low);
	const sampleStep = totalKm <= 12 ? 1 : niceStep(totalKm, 12);
	const samples: ProfileSample[] = [];
	for (let km = 0; km < totalKm - sampleStep / 4; km += sampleStep) {
		samples.push({ km: round1(km), metres: Math.round(altitudeAt(km, distances, altitudes)) });
	}
	samples.push({ km: round1(totalKm), metres: Math.round(altitudes.at(-1)!) });

	return {
		width: options.width,
		height: options.height,
		plot,
		line,
		area,
		xTicks,
		yTicks,
		highest: {
			km: round1(distances[highestIndex]! / 1000),
			metres: Math.round(high),
			x: x(distances[highestIndex]! / 1000),
			y: y(high),
		},
		lowest: { km: round1(distances[lowestIndex]! / 1000), metres: Math.round(low) },
		samples,
	};
}
