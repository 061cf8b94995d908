/**
 * The model of a static map drawn at build time: commune shapes as SVG paths, markers, and labels
 * placed so that they do not overlap. The component (src/components/map/StaticMap.astro) only
 * writes it out as SVG; everything that can go wrong is here and unit-tested.
 */
import { boundsOf, padBounds, polygonsOf, type AreaGeometry, type GeoBounds } from './polygon';
import { clipRing, fitProjection, ringsToPath, simplify, type PlanePoint } from './projection';
import type { GeoPoint } from './territory';

/** A shape of the map (a commune). */
export interface MapArea {
	id: string;
	geometry: AreaGeometry;
	/** How it is drawn: `focus` (the page's subject), `context` (around it), or a group (a sector). */
	tone: string;
}

/** A marker of the map. */
export interface MapPoint {
	id: string;
	point: GeoPoint;
	/** What it is: drawn with a different symbol (village, office, service kind…). */
	kind: string;
	/** Short text inside the marker (its number in the list beside the map). */
	badge?: string;
	/** Name written beside the marker when there is room for it. */
	label?: string;
}

export interface PlacedLabel {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface MapMarker extends PlanePoint {
	id: string;
	kind: string;
	badge?: string;
	label?: PlacedLabel;
}

export interface MapModel {
	width: number;
	height: number;
	areas: { id: string; tone: string; d: string }[];
	/** Open lines (a walk from stop to stop), as SVG path data. */
	lines: string[];
	markers: MapMarker[];
	/** A scale bar: its length in drawing units and the distance it stands for. */
	scale: { length: number; label: string };
}

const NICE_DISTANCES = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

/** The longest round distance whose bar is at most `maxLength` drawing units long. */
export function scaleBar(
	unitsPerMetre: number,
	maxLength: number,
): { length: number; label: string } {
	const metres =
		[...NICE_DISTANCES].reverse().find((distance) => distance * unitsPerMetre <= maxLength) ?? 10;
	return {
		length: Math.round(metres * unitsPerMetre * 10) / 10,
		label: metres < 1000 ? `${metres} m` : `${metres / 1000} km`,
	};
}

export interface MapOptions {
	/** Width of the drawing in SVG units (the text size is in the same units). */
	width: number;
	maxHeight?: number;
	/** The part of the world shown: by default the box of the `focus` areas and the points. */
	frame?: GeoBounds;
	/** Margin around the frame, in metres. */
	marginMetres?: number;
	/** Smallest extent of the frame, in metres. */
	minimumMetres?: number;
	/** Font size of labels, in SVG units. */
	fontSize?: number;
	/** Radius of a marker, in SVG units. */
	markerRadius?: number;
	/** Lines to draw through points, in order (a walk). */
	lines?: GeoPoint[][];
}

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Rough width of a label: bold sans-serif runs up to 0.7 em per character (DejaVu Sans, the widest common fallback). */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.7;

/**
 * Places each label beside its marker: to the right, left, above or below, whichever is first to
 * stay inside the drawing without covering another label or marker. A label that fits nowhere is
 * dropped; the marker keeps its badge, and the list beside the map names it.
 */
export function placeLabels(
	markers: (PlanePoint & { label?: string })[],
	{
		width,
		height,
		fontSize,
		markerRadius,
	}: { width: number; height: number; fontSize: number; markerRadius: number },
): (PlacedLabel | undefined)[] {
	const taken: Box[] = markers.map(({ x, y }) => ({
		left: x - markerRadius,
		top: y - markerRadius,
		right: x + markerRadius,
		bottom: y + markerRadius,
	}));
	const gap = markerRadius + 3;
	return markers.map(({ x, y, label }) => {
		if (!label) return undefined;
		const w = labelWidth(label, fontSize);
		const h = fontSize * 1.2;
		const candidates: [PlacedLabel, Box][] = [
			[
				{ text: label, x: x + gap, y: y + fontSize * 0.35, anchor: 'start' },
				{ left: x + gap, right: x + gap + w, top: y - h / 2, bottom: y + h / 2 },
			],
			[
				{ text: label, x: x - gap, y: y + fontSize * 0.35, anchor: 'end' },
				{ left: x - gap - w, right: x - gap, top: y - h / 2, bottom: y + h / 2 },
			],
			[
				{ text: label, x, y: y - gap - fontSize * 0.25, anchor: 'middle' },
				{ left: x - w / 2, right: x + w / 2, top: y - gap - h, bottom: y - gap },
			],
			[
				{ text: label, x, y: y + gap + fontSize * 0.9, anchor: 'middle' },
				{ left: x - w / 2, right: x + w / 2, top: y + gap, bottom: y + gap + h },
			],
		];
		const fit = candidates.find(
			([, box]) =>
				box.left >= 2 &&
				box.top >= 2 &&
				box.right <= width - 2 &&
				box.bottom <= height - 2 &&
				!taken.some((other) => overlaps(box, other)),
		);
		if (!fit) return undefined;
		taken.push(fit[1]);
		return fit[0];
	});
}

/** Builds the map: frames it, projects and simplifies the shapes, places markers and labels. */
export function buildStaticMap(
	areas: MapArea[],
	points: MapPoint[],
	options: MapOptions,
): MapModel {
	const {
		width,
		maxHeight = Infinity,
		marginMetres = 0,
		minimumMetres = 0,
		fontSize = 12,
		markerRadius = 7,
	} = options;
	const focus = areas.filter((area) => area.tone !== 'context');
	const frame =
		options.frame ??
		padBounds(
			boundsOf(
				focus.map((area) => area.geometry),
				points.map((p) => p.point),
			),
			marginMetres,
			minimumMetres,
		);
	const projection = fitProjection(frame, { width, maxHeight, padding: markerRadius + 2 });
	// Under a drawing unit (about a CSS pixel): finer detail is invisible and only costs bytes.
	const tolerance = 0.7;
	const view = { left: -4, top: -4, right: projection.width + 4, bottom: projection.height + 4 };
	const projected = areas
		.map((area) => ({
			id: area.id,
			tone: area.tone,
			d: ringsToPath(
				polygonsOf(area.geometry).flatMap((polygon) =>
					polygon.map((ring) =>
						simplify(
							clipRing(
								ring.map(([lon = 0, lat = 0]) => projection.project({ lat, lon })),
								view,
							),
							tolerance,
						),
					),
				),
			),
		}))
		.filter((area) => area.d !== '');
	const lines = (options.lines ?? []).map(
		(line) =>
			`M${line
				.map((point) => projection.project(point))
				.map(({ x, y }) => `${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`)
				.join('L')}`,
	);
	const planePoints = points.map((p) => ({ ...p, ...projection.project(p.point) }));
	const labels = placeLabels(planePoints, {
		width: projection.width,
		height: projection.height,
		fontSize,
		markerRadius,
	});
	return {
		width: projection.width,
		height: Math.round(projection.height),
		areas: projected,
		lines,
		scale: scaleBar(projection.unitsPerMetre, projection.width / 4),
		markers: planePoints.map(({ id, kind, badge, x, y }, index) => {
			const label = labels[index];
			return {
				id,
				kind,
				x: Math.round(x * 10) / 10,
				y: Math.round(y * 10) / 10,
				...(badge === undefined ? {} : { badge }),
				...(label === undefined
					? {}
					: {
							label: {
								...label,
								x: Math.round(label.x * 10) / 10,
								y: Math.round(label.y * 10) / 10,
							},
						}),
			};
		}),
	};
}
