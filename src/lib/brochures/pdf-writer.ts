/**
 * A small page-layout writer on pdf-lib for the brochures the build compiles: a cover, headings,
 * wrapped paragraphs, list entries kept on one page (with a small photo beside them when they have
 * one), wide photos with their credit, sketch maps from the site's static-map model, and a footer
 * with the office's contacts and page numbers on every page but the cover.
 *
 * Its parts: pdf-text.ts (characters and line breaks), pdf-map.ts (maps), pdf-cover.ts (the
 * cover), pdf-finish.ts (footers, compression), pdf-photos.ts (photos resized for print).
 * @see https://pdf-lib.js.org/docs/api/classes/pdfpage
 */
import { PDFDocument, PDFFont, PDFImage, PDFPage, StandardFonts, type Color } from 'pdf-lib';
import type { MapModel } from '../geo/static-map';
import { drawCover, type CoverText } from './pdf-cover';
import { compressPages, drawFooters } from './pdf-finish';
import { drawMap, type MapOptions } from './pdf-map';
import type { PreparedPhoto } from './pdf-photos';
import {
	COLOURS,
	PAGE_SIZES,
	type BuiltPdf,
	type DocumentInfo,
	type Footer,
	type PageSize,
} from './pdf-style';
import { cleanText, drawText, TextMeasure } from './pdf-text';
import { marginOf, THUMB_GAP, type Size } from './photo-layout';

export { COLOURS, PAGE_SIZES };
export type { BuiltPdf, DocumentInfo, Footer, PageSize };

/** A photo embedded in the file, drawn as often as needed. */
export interface EmbeddedPhoto {
	image: PDFImage;
	printed: Size;
	credit: string;
}

export interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
	italic: PDFFont;
}

/** The size of a photo's credit line. */
const CREDIT_SIZE = 6.5;

export class BrochureWriter {
	readonly document: PDFDocument;
	/** The page format's name, which sizes the photos (photo-layout.ts). */
	readonly format: PageSize;
	readonly size: readonly [number, number];
	readonly margin: number;
	readonly fonts: Fonts;
	#charset: Set<number>;
	#page: PDFPage | undefined;
	/** The top of what comes next, in points from the page's foot. */
	y = 0;
	/** Pages that get no footer (the cover). */
	#bare = new Set<PDFPage>();
	#measure = new TextMeasure();

	private constructor(document: PDFDocument, fonts: Fonts, size: PageSize) {
		this.document = document;
		this.format = size;
		this.size = PAGE_SIZES[size];
		this.margin = marginOf(size);
		this.fonts = fonts;
		this.#charset = new Set(fonts.regular.getCharacterSet());
	}

	static async create(info: DocumentInfo, size: PageSize): Promise<BrochureWriter> {
		const document = await PDFDocument.create({ updateMetadata: false });
		document.setTitle(info.title, { showInWindowTitleBar: true });
		document.setSubject(info.subject);
		document.setAuthor(info.author);
		document.setCreator(info.author);
		document.setProducer('pdf-lib');
		document.setLanguage(info.language);
		document.setKeywords(info.keywords ?? []);
		document.setCreationDate(info.date);
		document.setModificationDate(info.date);
		const [regular, bold, italic] = await Promise.all([
			document.embedFont(StandardFonts.Helvetica),
			document.embedFont(StandardFonts.HelveticaBold),
			document.embedFont(StandardFonts.HelveticaOblique),
		]);
		return new BrochureWriter(document, { regular, bold, italic }, size);
	}

	get width(): number {
		return this.size[0];
	}
	get height(): number {
		return this.size[1];
	}
	/** Width of the text column. */
	get column(): number {
		return this.width - 2 * this.margin;
	}
	/** The bottom of the writing area: the footer sits below it. */
	get #bottom(): number {
		return this.margin + 18;
	}

	/** Text the standard fonts can draw: typographic spaces become spaces, the rest is dropped. */
	clean(text: string): string {
		return cleanText(text, this.#charset);
	}

	/** Splits text into lines no wider than `width` (a word longer than a line is cut). */
	wrap(text: string, font: PDFFont, size: number, width: number): string[] {
		return this.#measure.wrap(this.clean(text), font, size, width);
	}

	newPage(): PDFPage {
		this.#page = this.document.addPage([...this.size]);
		this.y = this.height - this.margin;
		return this.#page;
	}

	get page(): PDFPage {
		return this.#page ?? this.newPage();
	}

	/** Leaves the current page: what follows starts a new one (after the cover). */
	leavePage(): void {
		this.#page = undefined;
	}

	/** A page that gets no footer (the cover). */
	markBare(page: PDFPage): void {
		this.#bare.add(page);
	}

	/** Starts a new page unless `height` points still fit on this one. */
	ensure(height: number): void {
		if (!this.#page || this.y - height < this.#bottom) this.newPage();
	}

	#font(style: 'regular' | 'bold' | 'italic'): PDFFont {
		return this.fonts[style];
	}

	/** Writes wrapped text at the current position, breaking pages between lines. */
	text(
		text: string,
		{
			size = 10,
			style = 'regular',
			colour = COLOURS.ink,
			indent = 0,
			width = this.column - indent,
			after = 6,
			leading = 1.35,
		}: {
			size?: number;
			style?: 'regular' | 'bold' | 'italic';
			colour?: Color;
			indent?: number;
			/** The lines' width (the column's, less the indent). */
			width?: number;
			after?: number;
			leading?: number;
		} = {},
	): void {
		const font = this.#font(style);
		const lineHeight = size * leading;
		for (const line of this.wrap(text, font, size, width)) {
			this.ensure(lineHeight);
			this.y -= lineHeight;
			drawText(this.page, line, font, {
				x: this.margin + indent,
				y: this.y + (lineHeight - size) / 2,
				size,
				color: colour,
			});
		}
		this.y -= after;
	}

	/** A heading, kept on the page with at least `keep` points of what follows it. */
	heading(text: string, level: 1 | 2 | 3, keep = 60): void {
		const size = level === 1 ? 18 : level === 2 ? 13.5 : 11;
		const lines = this.wrap(text, this.fonts.bold, size, this.column).length;
		if (this.#page && this.y < this.height - this.margin) this.y -= level === 1 ? 10 : 6;
		this.ensure(lines * size * 1.25 + keep);
		this.text(text, {
			size,
			style: 'bold',
			colour: level === 3 ? COLOURS.ink : COLOURS.forestDark,
			leading: 1.25,
			after: level === 1 ? 8 : 4,
		});
		if (level === 1) {
			this.page.drawLine({
				start: { x: this.margin, y: this.y + 4 },
				end: { x: this.margin + 60, y: this.y + 4 },
				thickness: 2,
				color: COLOURS.chestnut,
			});
			this.y -= 6;
		}
	}

	paragraph(text: string): void {
		this.text(text, { after: 7 });
	}

	/** A bulleted item. */
	bullet(text: string, size = 10): void {
		const lines = this.wrap(text, this.fonts.regular, size, this.column - 12);
		this.ensure(Math.min(lines.length, 2) * size * 1.35);
		const top = this.y;
		this.text(text, { size, indent: 12, after: 3 });
		// The bullet sits on the first line, which may have moved to a new page.
		const firstLineTop = this.y > top ? this.height - this.margin : top;
		this.page.drawCircle({
			x: this.margin + 4,
			y: firstLineTop - size * 1.35 + (size * 1.35 - size) / 2 + size * 0.35,
			size: 1.6,
			color: COLOURS.chestnut,
		});
	}

	/** Embeds a resized photo (pdf-photos.ts); undefined stays undefined. */
	async embed(photo: PreparedPhoto | undefined): Promise<EmbeddedPhoto | undefined> {
		if (!photo) return undefined;
		const image = await this.document.embedJpg(photo.jpeg);
		return { image, printed: photo.printed, credit: photo.credit };
	}

	/** The height of a photo's credit wrapped to `width`. */
	#creditHeight(credit: string, width: number): number {
		return this.wrap(credit, this.fonts.italic, CREDIT_SIZE, width).length * CREDIT_SIZE * 1.25;
	}

	/** Draws a photo with its top-left corner at (x, top) and its credit under it; its foot's y. */
	#drawPhoto(photo: EmbeddedPhoto, x: number, top: number): number {
		const { width, height } = photo.printed;
		this.page.drawImage(photo.image, { x, y: top - height, width, height });
		let y = top - height - 2;
		for (const line of this.wrap(photo.credit, this.fonts.italic, CREDIT_SIZE, width)) {
			y -= CREDIT_SIZE * 1.25;
			drawText(this.page, line, this.fonts.italic, {
				x,
				y: y + CREDIT_SIZE * 0.2,
				size: CREDIT_SIZE,
				color: COLOURS.inkSoft,
			});
		}
		return y;
	}

	/** A photo as wide as its printed size allows, centred in the column, its credit under it. */
	photo(photo: EmbeddedPhoto): void {
		const height = photo.printed.height + 4 + this.#creditHeight(photo.credit, photo.printed.width);
		this.ensure(height + 8);
		const x = this.margin + (this.column - photo.printed.width) / 2;
		this.y = this.#drawPhoto(photo, x, this.y) - 10;
	}

	/**
	 * A listing entry (a member, an office, a village): its name in bold and its lines below, all on
	 * one page when they fit on one; with a photo, the photo on the left and the text beside it.
	 */
	entry(
		title: string,
		lines: string[],
		{ size = 9.5, photo }: { size?: number; photo?: EmbeddedPhoto | undefined } = {},
	): void {
		const indent = photo ? photo.printed.width + THUMB_GAP : 0;
		const width = this.column - indent;
		const textHeight =
			this.wrap(title, this.fonts.bold, size + 0.5, width).length * (size + 0.5) * 1.3 +
			lines.reduce(
				(total, line) => total + this.wrap(line, this.fonts.regular, size, width - 8).length,
				0,
			) *
				size *
				1.3 +
			8;
		const photoHeight = photo
			? photo.printed.height + 4 + this.#creditHeight(photo.credit, photo.printed.width)
			: 0;
		const height = Math.max(textHeight, photoHeight);
		if (height < this.height / 2) this.ensure(height);
		const top = this.y;
		const page = this.page;
		const photoFoot = photo ? this.#drawPhoto(photo, this.margin, top) : top;
		this.text(title, { size: size + 0.5, style: 'bold', after: 1, leading: 1.3, indent, width });
		for (const line of lines)
			this.text(line, {
				size,
				indent: indent + 8,
				width: width - 8,
				after: 1,
				leading: 1.3,
				colour: COLOURS.inkSoft,
			});
		// Below the photo too, when the text ended beside it on the same page.
		if (this.page === page) this.y = Math.min(this.y, photoFoot);
		this.y -= 7;
	}

	/** A note set apart (sample data, where to find the paper edition). */
	note(text: string): void {
		const size = 9;
		const lines = this.wrap(text, this.fonts.italic, size, this.column - 16);
		const height = lines.length * size * 1.35 + 12;
		this.ensure(height);
		this.page.drawRectangle({
			x: this.margin,
			y: this.y - height,
			width: this.column,
			height,
			color: COLOURS.sky,
		});
		this.page.drawRectangle({
			x: this.margin,
			y: this.y - height,
			width: 3,
			height,
			color: COLOURS.forest,
		});
		this.y -= 6;
		this.text(text, { size, style: 'italic', indent: 10, after: 0, colour: COLOURS.ink });
		this.y -= 12;
	}

	/** Vertical space. */
	space(points: number): void {
		this.y -= points;
	}

	/** The cover (pdf-cover.ts). */
	cover(text: CoverText): void {
		drawCover(this, text);
	}

	/** A static map (src/lib/geo/static-map.ts) the column's width, at the current position. */
	map(model: MapModel, options: MapOptions = {}): void {
		drawMap(this, model, options);
	}

	/** Adds the footer to every page but the cover, and returns the file. */
	async finish(footer: Footer & { url?: string }): Promise<BuiltPdf> {
		drawFooters(
			this,
			this.document.getPages().filter((page) => !this.#bare.has(page)),
			footer,
		);
		compressPages(this.document);
		return {
			bytes: await this.document.save({ useObjectStreams: true }),
			pages: this.document.getPageCount(),
		};
	}
}
