/**
 * A brochure's cover: a band across the top with the title — the hero photo when the site has
 * one, credited under the band, else the forest green with the ridges of the Cévennes — and the
 * office's name and contacts below it.
 */
import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import { COVER_BAND } from './photo-layout';
import { COLOURS } from './pdf-style';
import { drawText } from './pdf-text';
import type { BrochureWriter, EmbeddedPhoto } from './pdf-writer';

export interface CoverText {
	kicker: string;
	title: string;
	subtitle: string;
	publisher: string;
	lines?: string[];
	/** The hero photo, filling the band. */
	photo?: EmbeddedPhoto | undefined;
}

/** The drawn band: forest green with three layered hills across its foot. */
function drawnBand(page: PDFPage, width: number, height: number, foot: number): void {
	page.drawRectangle({ x: 0, y: foot, width, height: height - foot, color: COLOURS.forest });
	const ridges: [string, Color][] = [
		[
			`M0 40 C ${width * 0.2} 0, ${width * 0.4} 30, ${width * 0.6} 12 S ${width} 20, ${width} 20 L ${width} 60 L 0 60 Z`,
			COLOURS.forestDark,
		],
		[
			`M0 45 C ${width * 0.3} 20, ${width * 0.5} 50, ${width * 0.75} 28 S ${width} 40, ${width} 40 L ${width} 60 L 0 60 Z`,
			COLOURS.chestnut,
		],
	];
	for (const [d, colour] of ridges)
		page.drawSvgPath(d, { x: 0, y: foot + 60, color: colour, opacity: 0.55 });
}

export function drawCover(
	writer: BrochureWriter,
	{ kicker, title, subtitle, publisher, lines = [], photo }: CoverText,
): void {
	const page = writer.newPage();
	writer.markBare(page);
	const { width, height, margin } = writer;
	const { bold, regular } = writer.fonts;
	const foot = height * (1 - COVER_BAND);
	const write = (text: string, y: number, size: number, font: PDFFont, colour: Color) => {
		let top = y;
		for (const line of writer.wrap(text, font, size, width - 2 * margin)) {
			drawText(page, line, font, { x: margin, y: top, size, color: colour });
			top -= size * 1.2;
		}
		return top;
	};
	const titleSize = width > 500 ? 34 : 26;
	const titleTop = height - margin - 14;
	if (photo) {
		page.drawImage(photo.image, { x: 0, y: foot, width, height: height - foot });
		// A dark veil behind the title, so that white text reads on any photo.
		const lines =
			2 +
			writer.wrap(title, bold, titleSize, width - 2 * margin).length +
			writer.wrap(subtitle, regular, 12, width - 2 * margin).length;
		const veil = margin + 30 + lines * 16 + titleSize;
		page.drawRectangle({
			x: 0,
			y: height - veil,
			width,
			height: veil,
			color: COLOURS.forestDark,
			opacity: 0.78,
		});
		const credit = writer.clean(photo.credit);
		const creditWidth = regular.widthOfTextAtSize(credit, 7);
		drawText(page, credit, regular, {
			x: Math.max(margin, width - margin - creditWidth),
			y: foot - 10,
			size: 7,
			color: COLOURS.inkSoft,
		});
	} else drawnBand(page, width, height, foot);
	let y = write(kicker.toUpperCase(), titleTop, 10, bold, COLOURS.sky) - 16;
	y = write(title, y, titleSize, bold, COLOURS.white) - 8;
	write(subtitle, y, 12, regular, COLOURS.white);
	let bottom = foot - margin;
	bottom = write(publisher, bottom, 12, bold, COLOURS.forestDark) - 6;
	for (const line of lines) bottom = write(line, bottom, 10, regular, COLOURS.ink) - 2;
	writer.leavePage();
}
