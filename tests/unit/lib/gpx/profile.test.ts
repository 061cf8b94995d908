import { describe, expect, it } from 'vitest';
import { elevationProfile, niceStep } from '../../../../src/lib/gpx/profile';

const metresPerDegree = (Math.PI / 180) * 6_371_008.8;
// 6 km due north, 200 m apart, climbing from 500 m to 800 m at km 3 then back to 500 m.
const points = Array.from({ length: 31 }, (_, index) => ({
	lat: 44.2 + (index * 200) / metresPerDegree,
	lon: 3.8,
	ele: 500 + 300 * (1 - Math.abs(index - 15) / 15),
}));

describe('niceStep', () => {
	it('picks 1, 2 or 5 times a power of ten', () => {
		expect(niceStep(1000, 4)).toBe(500);
		expect(niceStep(6, 6)).toBe(1);
		expect(niceStep(23, 6)).toBe(5);
		expect(niceStep(300, 4)).toBe(100);
	});
});

describe('elevationProfile', () => {
	const profile = elevationProfile(points);

	it('places the highest point at its distance and altitude', () => {
		expect(profile.highest).toMatchObject({ km: 3, metres: 800 });
		expect(profile.lowest.metres).toBe(500);
	});

	it('draws the line inside the plot area', () => {
		const coordinates = [...profile.line.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((match) => [
			Number(match[1]),
			Number(match[2]),
		]);
		expect(coordinates).toHaveLength(points.length);
		for (const [x, y] of coordinates) {
			expect(x).toBeGreaterThanOrEqual(profile.plot.left);
			expect(x).toBeLessThanOrEqual(profile.plot.right);
			expect(y).toBeGreaterThanOrEqual(profile.plot.top);
			expect(y).toBeLessThanOrEqual(profile.plot.bottom);
		}
		expect(profile.area.endsWith('Z')).toBe(true);
	});

	it('labels round distances and altitudes around the data', () => {
		expect(profile.xTicks.map((tick) => tick.km)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(profile.yTicks[0]!.metres).toBeLessThanOrEqual(500);
		expect(profile.yTicks.at(-1)!.metres).toBeGreaterThanOrEqual(800);
	});

	it('samples the altitude every kilometre for the text alternative, end included', () => {
		expect(profile.samples).toEqual([
			{ km: 0, metres: 500 },
			{ km: 1, metres: 600 },
			{ km: 2, metres: 700 },
			{ km: 3, metres: 800 },
			{ km: 4, metres: 700 },
			{ km: 5, metres: 600 },
			{ km: 6, metres: 500 },
		]);
	});
});
