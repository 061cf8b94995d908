import { describe, expect, it } from 'vitest';
import { distanceInMetres } from '../../../../src/lib/geo/distance';
import {
	climbAndDescent,
	cumulativeDistances,
	smoothedAltitudes,
	trackStats,
} from '../../../../src/lib/gpx/stats';
import type { TrackPoint } from '../../../../src/lib/gpx/track';
import { walkingTimeMinutes } from '../../../../src/lib/gpx/walking-time';

/** A track due north from 44.2 N 3.8 E, one point every `spacing` metres, altitude given by `profile(distance)`. */
function northwardTrack(
	lengthMetres: number,
	spacing: number,
	profile: (metres: number) => number,
): TrackPoint[] {
	const metresPerDegree = (Math.PI / 180) * 6_371_008.8;
	const points: TrackPoint[] = [];
	for (let metres = 0; metres <= lengthMetres + 1e-6; metres += spacing) {
		points.push({ lat: 44.2 + metres / metresPerDegree, lon: 3.8, ele: profile(metres) });
	}
	return points;
}

/** Up 400 m over 4 km, 2 km flat, down 400 m over 4 km: ascent 400, descent 400. */
const hill = (metres: number) =>
	(metres <= 4000 ? metres / 10 : metres <= 6000 ? 400 : 400 - (metres - 6000) / 10) + 600;

/** Deterministic Gaussian noise (mulberry32 + Box–Muller), so the test is the same at every run. */
function gaussianNoise(seed: number, sigma: number) {
	let state = seed;
	const uniform = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return () => sigma * Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

const naiveAscent = (points: TrackPoint[]) =>
	points
		.slice(1)
		.reduce((sum, point, index) => sum + Math.max(0, point.ele! - points[index]!.ele!), 0);

describe('trackStats on a synthetic track with known answers', () => {
	const points = northwardTrack(10_000, 100, hill);

	it('measures the length along the track', () => {
		expect(trackStats(points).lengthMetres).toBeCloseTo(10_000, -1);
		expect(cumulativeDistances(points).at(-1)).toBeCloseTo(
			distanceInMetres(points[0]!, points.at(-1)!),
			6,
		);
	});

	it('counts the climb and the descent in full', () => {
		const stats = trackStats(points);
		expect(stats.ascentMetres).toBe(400);
		expect(stats.descentMetres).toBe(400);
		expect(stats.minAltitude).toBe(600);
		expect(stats.maxAltitude).toBe(1000);
	});

	it('tells a one-way track from a loop', () => {
		expect(trackStats(points).isLoop).toBe(false);
		const outAndBack = [...points, ...points.slice(0, -1).reverse()];
		expect(trackStats(outAndBack).isLoop).toBe(true);
	});
});

describe('trackStats on a noisy track', () => {
	// Ten-metre spacing with 3 m of GPS altitude noise: the naive sum of climbs is several times the truth.
	const noise = gaussianNoise(70, 3);
	const noisy = northwardTrack(10_000, 10, (metres) => hill(metres) + noise());

	it('would be inflated by the naive sum of climbs', () => {
		expect(naiveAscent(noisy)).toBeGreaterThan(1200);
	});

	it('finds the true ascent and descent within 5 %', () => {
		const stats = trackStats(noisy);
		expect(stats.ascentMetres).toBeGreaterThan(380);
		expect(stats.ascentMetres).toBeLessThan(420);
		expect(stats.descentMetres).toBeGreaterThan(380);
		expect(stats.descentMetres).toBeLessThan(420);
	});

	it('reports the highest and lowest points without the noise spikes', () => {
		const stats = trackStats(noisy);
		expect(Math.abs(stats.maxAltitude - 1000)).toBeLessThanOrEqual(3);
		expect(Math.abs(stats.minAltitude - 600)).toBeLessThanOrEqual(3);
	});

	it('finds almost no climb on a flat noisy path', () => {
		const flatNoise = gaussianNoise(12, 3);
		const flat = northwardTrack(5_000, 10, () => 500 + flatNoise());
		expect(naiveAscent(flat)).toBeGreaterThan(500);
		expect(trackStats(flat).ascentMetres).toBeLessThan(10);
	});
});

describe('smoothing and hysteresis', () => {
	it('leaves a sparse track (points further apart than the window) as it is', () => {
		const sparse = northwardTrack(2_000, 200, (metres) => 500 + (metres % 400 === 0 ? 20 : 0));
		expect(smoothedAltitudes(sparse)).toEqual(sparse.map((point) => point.ele));
	});

	it('ignores oscillations smaller than the threshold and counts larger ones', () => {
		expect(climbAndDescent([500, 503, 500, 504, 500])).toEqual({ ascent: 0, descent: 0 });
		expect(climbAndDescent([500, 520, 500, 530])).toEqual({ ascent: 50, descent: 20 });
	});
});

describe('walkingTimeMinutes (DIN 33466)', () => {
	it('adds half the smaller of horizontal and vertical time to the larger', () => {
		// 12 km = 3 h; 600 m up = 2 h, 600 m down = 1.2 h: 3.2 h + 1.5 h = 4.7 h, to the quarter: 4 h 45.
		expect(walkingTimeMinutes(12_000, 600, 600)).toBe(285);
		// 4 km flat: 1 h.
		expect(walkingTimeMinutes(4_000, 0, 0)).toBe(60);
		// Steep: 3 km, 900 m up: vertical 3 h + horizontal 0.75 h / 2 → 3 h 22.5 → 3 h 30.
		expect(walkingTimeMinutes(3_000, 900, 0)).toBe(210);
	});
});
