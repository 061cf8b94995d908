/**
 * The site's static maps (src/lib/geo/static-map.ts) drawn into a brochure: areas, lines,
 * numbered markers and labels, and a scale bar, scaled to the text column.
 */
import { clip, endPath, popGraphicsState, pushGraphicsState, rectangle, rgb } from 'pdf-lib';
import type { MapModel } from '../geo/static-map';
import { AREA_FILLS, COLOURS } from './pdf-style';
import { drawText } from './pdf-text';
import type { BrochureWriter } from './pdf-writer';

export interface MapOptions {
	/** The area tones in the order their fills cycle (sector ids, `group-1`…, `focus`). */
	tones?: string[];
	/** A line in italics under the map (its source, how to read it). */
	caption?: string;
	/** The tallest the map may be drawn (points): a taller one is drawn narrower, centred. */
	maxHeight?: number;
}

/**
 * Draws `model` the column's width (or narrower, centred, to stay within `maxHeight`) at the
 * writer's position, on a new page when it does not fit.
 */
export function drawMap(
	writer: BrochureWriter,
	model: MapModel,
	{ tones = [], caption = '', maxHeight = Infinity }: MapOptions = {},
): void {
	const scale = Math.min(writer.column / model.width, maxHeight / model.height);
	const width = model.width * scale;
	const height = model.height * scale;
	writer.ensure(height + (caption ? 20 : 8));
	const page = writer.page;
	const { bold, regular } = writer.fonts;
	const left = writer.margin + (writer.column - width) / 2;
	const top = writer.y;
	page.drawRectangle({
		x: left,
		y: top - height,
		width,
		height,
		color: rgb(0.98, 0.98, 0.96),
		borderColor: COLOURS.line,
		borderWidth: 0.5,
	});
	// The map's frame clips what lies beyond it (the neighbouring communes), as the SVG's viewBox does.
	page.pushOperators(
		pushGraphicsState(),
		rectangle(left, top - height, width, height),
		clip(),
		endPath(),
	);
	for (const area of model.areas) {
		if (!area.d) continue;
		const index = tones.indexOf(area.tone);
		page.drawSvgPath(area.d, {
			x: left,
			y: top,
			scale,
			color:
				area.tone === 'context'
					? rgb(0.95, 0.95, 0.93)
					: (AREA_FILLS[(index < 0 ? 0 : index) % AREA_FILLS.length] ?? COLOURS.sky),
			borderColor: COLOURS.granite,
			borderWidth: 0.4,
		});
	}
	for (const line of model.lines)
		page.drawSvgPath(line, {
			x: left,
			y: top,
			scale,
			borderColor: COLOURS.chestnut,
			borderWidth: 1.6,
			borderDashArray: [3, 2],
		});
	const at = (x: number, y: number) => ({ x: left + x * scale, y: top - y * scale });
	for (const marker of model.markers) {
		const { x, y } = at(marker.x, marker.y);
		const radius = marker.badge ? 6 : 2.6;
		page.drawCircle({
			x,
			y,
			size: radius,
			color: marker.kind === 'office' ? COLOURS.chestnut : COLOURS.forest,
			borderColor: COLOURS.white,
			borderWidth: 0.8,
		});
		if (marker.badge) {
			const badge = writer.clean(marker.badge);
			const size = badge.length > 2 ? 5 : 6.5;
			drawText(page, badge, bold, {
				x: x - bold.widthOfTextAtSize(badge, size) / 2,
				y: y - size * 0.35,
				size,
				color: COLOURS.white,
			});
		}
		if (marker.label) {
			const text = writer.clean(marker.label.text);
			const size = 7;
			const textWidth = bold.widthOfTextAtSize(text, size);
			const anchor = at(marker.label.x, marker.label.y);
			const x0 =
				marker.label.anchor === 'start'
					? anchor.x
					: marker.label.anchor === 'end'
						? anchor.x - textWidth
						: anchor.x - textWidth / 2;
			drawText(page, text, bold, { x: x0, y: anchor.y, size, color: COLOURS.ink });
		}
	}
	page.pushOperators(popGraphicsState());
	const bar = model.scale.length * scale;
	page.drawLine({
		start: { x: left + 8, y: top - height + 8 },
		end: { x: left + 8 + bar, y: top - height + 8 },
		thickness: 1.5,
		color: COLOURS.ink,
	});
	drawText(page, writer.clean(model.scale.label), regular, {
		x: left + 8,
		y: top - height + 12,
		size: 7,
		color: COLOURS.ink,
	});
	writer.y = top - height - 4;
	if (caption) writer.text(caption, { size: 7.5, style: 'italic', colour: COLOURS.inkSoft });
	else writer.space(4);
}
