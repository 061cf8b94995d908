/**
 * Ramer–Douglas–Peucker simplification of a ring or a line, on longitude/latitude: drops the
 * vertices that lie within `tolerance` degrees of the line through their neighbours.
 * 0.00001° is about 1 m here: the national park's 50 m buffers keep their shape.
 */
import type { Position } from './intersects';

function distanceToSegment(p: Position, a: Position, b: Position): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const lengthSquared = dx * dx + dy * dy;
	const t =
		lengthSquared === 0
			? 0
			: Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

export function simplifyLine<P extends Position>(points: readonly P[], tolerance: number): P[] {
	if (points.length <= 2) return [...points];
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let farthest = -1;
		let farthestDistance = tolerance;
		for (let index = first + 1; index < last; index++) {
			const distance = distanceToSegment(points[index]!, points[first]!, points[last]!);
			if (distance > farthestDistance) {
				farthest = index;
				farthestDistance = distance;
			}
		}
		if (farthest >= 0) {
			keep[farthest] = 1;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	return points.filter((_, index) => keep[index] === 1);
}

/** A closed ring stays closed and keeps at least four positions (a triangle). */
export function simplifyRing<P extends Position>(ring: readonly P[], tolerance: number): P[] {
	if (ring.length <= 4) return [...ring];
	// Split at the vertex farthest from the first, so the two halves are lines with distinct ends.
	let split = 1;
	let best = 0;
	for (let index = 1; index < ring.length - 1; index++) {
		const distance = Math.hypot(ring[index]![0] - ring[0]![0], ring[index]![1] - ring[0]![1]);
		if (distance > best) {
			best = distance;
			split = index;
		}
	}
	const simplified = [
		...simplifyLine(ring.slice(0, split + 1), tolerance).slice(0, -1),
		...simplifyLine(ring.slice(split), tolerance),
	];
	return simplified.length >= 4 ? simplified : [...ring];
}
