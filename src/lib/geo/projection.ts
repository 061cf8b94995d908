/**
 * The projection of the site's static maps: equirectangular around the map's middle latitude,
 * with north up. Over a sector of the territory (less than 60 km across) it bends distances by
 * well under 1 %, which no one can see on a sketch map, and it needs no library.
 */
import type { GeoBounds } from './polygon';
import type { GeoPoint } from './territory';

/** A point of the drawing, in SVG user units (x to the right, y down). */
export interface PlanePoint {
	x: number;
	y: number;
}

export interface Projection {
	/** Width of the drawing, padding included. */
	width: number;
	/** Height of the drawing, padding included. */
	height: number;
	/** Drawing units per metre on the ground. */
	unitsPerMetre: number;
	project(point: GeoPoint): PlanePoint;
}

const METRES_PER_DEGREE_OF_LATITUDE = 111_195;

/**
 * The projection that fits `bounds` into a drawing `width` units wide with `padding` units on
 * each side; the height follows from the shape of the box, but never exceeds `maxHeight`
 * (the drawing is then narrower than `width` inside its padding, and centred).
 */
export function fitProjection(
	bounds: GeoBounds,
	{
		width,
		maxHeight = Infinity,
		padding = 0,
	}: { width: number; maxHeight?: number; padding?: number },
): Projection {
	if (!(bounds.east > bounds.west) || !(bounds.north > bounds.south)) {
		throw new Error('fitProjection needs a box with an area');
	}
	const middle = ((bounds.south + bounds.north) / 2) * (Math.PI / 180);
	const spanX = (bounds.east - bounds.west) * Math.cos(middle);
	const spanY = bounds.north - bounds.south;
	const scale = Math.min((width - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY);
	const height = Math.min(maxHeight, spanY * scale + 2 * padding);
	const offsetX = (width - spanX * scale) / 2;
	const offsetY = (height - spanY * scale) / 2;
	return {
		width,
		height,
		unitsPerMetre: scale / METRES_PER_DEGREE_OF_LATITUDE,
		project: ({ lat, lon }) => ({
			x: offsetX + (lon - bounds.west) * Math.cos(middle) * scale,
			y: offsetY + (bounds.north - lat) * scale,
		}),
	};
}

/** Perpendicular distance from p to the segment a–b. */
function distanceToSegment(p: PlanePoint, a: PlanePoint, b: PlanePoint): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const lengthSquared = dx * dx + dy * dy;
	const t =
		lengthSquared === 0
			? 0
			: Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
	return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Douglas–Peucker simplification: drops the points that lie within `tolerance` drawing units of
 * the line through their neighbours, so a boundary drawn 300 units wide does not carry the
 * detail of a 1:25 000 map. The first and last points are kept.
 */
export function simplify(points: PlanePoint[], tolerance: number): PlanePoint[] {
	if (points.length <= 2) return points;
	const keep = new Array<boolean>(points.length).fill(false);
	keep[0] = true;
	keep[points.length - 1] = true;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop() ?? [0, 0];
		let farthest = -1;
		let farthestDistance = tolerance;
		for (let i = first + 1; i < last; i++) {
			const distance = distanceToSegment(points[i]!, points[first]!, points[last]!);
			if (distance > farthestDistance) {
				farthest = i;
				farthestDistance = distance;
			}
		}
		if (farthest !== -1) {
			keep[farthest] = true;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	return points.filter((_, index) => keep[index]);
}

/** A rectangle of the drawing. */
export interface PlaneBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Clips a closed ring to a rectangle (Sutherland–Hodgman): a village plan zoomed on a few hundred
 * metres keeps only the stretch of the commune boundary it shows. Parts outside become edges
 * along the rectangle, which the drawing's border hides.
 */
export function clipRing(ring: PlanePoint[], box: PlaneBox): PlanePoint[] {
	const edges: [
		inside: (p: PlanePoint) => boolean,
		cross: (a: PlanePoint, b: PlanePoint) => PlanePoint,
	][] = [
		[
			(p) => p.x >= box.left,
			(a, b) => ({ x: box.left, y: a.y + ((b.y - a.y) * (box.left - a.x)) / (b.x - a.x) }),
		],
		[
			(p) => p.x <= box.right,
			(a, b) => ({ x: box.right, y: a.y + ((b.y - a.y) * (box.right - a.x)) / (b.x - a.x) }),
		],
		[
			(p) => p.y >= box.top,
			(a, b) => ({ x: a.x + ((b.x - a.x) * (box.top - a.y)) / (b.y - a.y), y: box.top }),
		],
		[
			(p) => p.y <= box.bottom,
			(a, b) => ({ x: a.x + ((b.x - a.x) * (box.bottom - a.y)) / (b.y - a.y), y: box.bottom }),
		],
	];
	let output = ring;
	for (const [inside, cross] of edges) {
		const input = output;
		output = [];
		input.forEach((current, index) => {
			const previous = input[(index + input.length - 1) % input.length]!;
			if (inside(current)) {
				if (!inside(previous)) output.push(cross(previous, current));
				output.push(current);
			} else if (inside(previous)) {
				output.push(cross(previous, current));
			}
		});
		if (output.length === 0) break;
	}
	return output;
}

/**
 * An SVG path for closed rings, in whole drawing units and relative moves ("M12 40l3-2…z"): at
 * the site's map sizes a unit is about a CSS pixel, so nothing visible is lost and the path is
 * half as long. Points that round to the previous one are dropped; rings left with fewer than
 * three points are dropped.
 */
export function ringsToPath(rings: PlanePoint[][]): string {
	return rings
		.map((ring) => {
			const rounded: [number, number][] = [];
			for (const point of ring) {
				const x = Math.round(point.x);
				const y = Math.round(point.y);
				const last = rounded.at(-1);
				if (!last || last[0] !== x || last[1] !== y) rounded.push([x, y]);
			}
			return rounded;
		})
		.filter((ring) => ring.length >= 3)
		.map((ring) => {
			const [first, ...rest] = ring;
			let [x, y] = first!;
			const moves = rest.map(([nextX, nextY]) => {
				const move = `${nextX - x} ${nextY - y}`.replace(/ -/g, '-');
				[x, y] = [nextX, nextY];
				return move;
			});
			return `M${first![0]} ${first![1]}l${moves.join(' ').replace(/ -/g, '-')}z`;
		})
		.join('');
}
