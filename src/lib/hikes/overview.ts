/**
 * A static outline of a multi-day route, drawn at build time as SVG: each stage's track projected
 * on a flat plane (longitudes shrunk by the cosine of the latitude, which is exact enough over a
 * hundred kilometres), north up. It shows the route's shape without JavaScript and in print.
 */
import type { TrackPoint } from '../gpx/track';

export interface RouteOverview {
	width: number;
	height: number;
	/** One SVG path per stage, in order. */
	stages: string[];
	/** Where each stage starts, and where the last one ends. */
	stops: { x: number; y: number }[];
}

export function routeOverview(
	stages: readonly (readonly TrackPoint[])[],
	width = 320,
	padding = 16,
): RouteOverview {
	const all = stages.flat();
	const midLat = (Math.min(...all.map((p) => p.lat)) + Math.max(...all.map((p) => p.lat))) / 2;
	const shrink = Math.cos((midLat * Math.PI) / 180);
	const xs = all.map((p) => p.lon * shrink);
	const ys = all.map((p) => p.lat);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys),
	];
	const scale = (width - 2 * padding) / Math.max(maxX - minX, 1e-9);
	const height = Math.round((maxY - minY) * scale + 2 * padding);
	const project = (p: TrackPoint) => ({
		x: Math.round((padding + (p.lon * shrink - minX) * scale) * 10) / 10,
		y: Math.round((padding + (maxY - p.lat) * scale) * 10) / 10,
	});
	return {
		width,
		height,
		stages: stages.map((points) =>
			points
				.map(project)
				.map((point, index) => `${index ? 'L' : 'M'}${point.x} ${point.y}`)
				.join(' '),
		),
		stops: [...stages.map((points) => project(points[0]!)), project(stages.at(-1)!.at(-1)!)],
	};
}
