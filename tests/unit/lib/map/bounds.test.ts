import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../../../src/lib/map/bounds';

describe('the box a route map opens on', () => {
	it('holds every point of the route, with a margin of a tenth of its size', () => {
		const box = boundsOf(
			[
				{ lat: 44.3, lon: 3.8 },
				{ lat: 44.4, lon: 3.6 },
				{ lat: 44.35, lon: 3.7 },
			],
			0.1,
		);
		expect(box).toEqual({ south: 44.29, west: 3.58, north: 44.41, east: 3.82 });
	});

	it('refuses a route without points', () => {
		expect(() => boundsOf([])).toThrow(/no points/);
	});
});
