/**
 * A small page-layout writer on pdf-lib for the brochures the build compiles: a cover, headings,
 * wrapped paragraphs, list entries kept on one page, sketch maps from the site's static-map model,
 * and a footer with the office's contacts and page numbers on every page but the cover.
 *
 * The PDF standard fonts (Helvetica) keep each file small and need no font file; they cover the
 * Windows-1252 characters, so the text is mapped to that set first (French and English fit).
 * @see https://pdf-lib.js.org/docs/api/classes/pdfpage
 */
import { deflateSync } from 'node:zlib';
import {
	PDFContentStream,
	PDFDocument,
	PDFFont,
	PDFPage,
	PDFName,
	PDFRawStream,
	PDFString,
	StandardFonts,
	rgb,
	type Color,
} from 'pdf-lib';
import type { MapModel } from '../geo/static-map';

/** Page sizes in PDF points (1/72 in). */
export const PAGE_SIZES = {
	A4: [595.28, 841.89],
	A5: [419.53, 595.28],
} as const satisfies Record<string, readonly [number, number]>;

export type PageSize = keyof typeof PAGE_SIZES;

/** The site's colours (src/styles/global.css). */
export const COLOURS = {
	ink: rgb(0x1d / 255, 0x23 / 255, 0x21 / 255),
	inkSoft: rgb(0x3f / 255, 0x49 / 255, 0x45 / 255),
	forest: rgb(0x23 / 255, 0x5c / 255, 0x3b / 255),
	forestDark: rgb(0x17 / 255, 0x42 / 255, 0x2a / 255),
	chestnut: rgb(0x8a / 255, 0x3f / 255, 0x14 / 255),
	sky: rgb(0xe8 / 255, 0xf0 / 255, 0xec / 255),
	line: rgb(0xcf / 255, 0xd6 / 255, 0xd2 / 255),
	granite: rgb(0x4a / 255, 0x55 / 255, 0x60 / 255),
	white: rgb(1, 1, 1),
} as const;

/** Fills of the map's areas by tone (a sector id, `focus` or `context`), cycled for sectors. */
const AREA_FILLS = [
	rgb(0.86, 0.92, 0.87),
	rgb(0.93, 0.9, 0.82),
	rgb(0.87, 0.9, 0.94),
	rgb(0.94, 0.87, 0.85),
];

export interface DocumentInfo {
	title: string;
	subject: string;
	author: string;
	/** BCP 47 language of the text. */
	language: string;
	keywords?: string[];
	/** Written into the file as its creation and modification date. */
	date: Date;
}

export interface Footer {
	/** One line: the office's name, phone, e-mail, web address. */
	contact: string;
	/** "Page {{page}} of {{count}}" with its placeholders. */
	pageLabel: (page: number, count: number) => string;
}

const TYPOGRAPHIC_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const REPLACEMENTS: Record<string, string> = {
	'\u2010': '-',
	'\u2011': '-',
	'\u2012': '-',
	'\u2212': '-',
	'\u2192': '->',
	'\u2190': '<-',
	'\u2248': '~',
	'\u2264': '<=',
	'\u2265': '>=',
	'\u2032': "'",
	'\u2033': '"',
};

/** A finished file and its number of pages (shown beside the download link). */
export interface BuiltPdf {
	bytes: Uint8Array;
	pages: number;
}

export class BrochureWriter {
	readonly document: PDFDocument;
	readonly size: readonly [number, number];
	readonly margin: number;
	#regular: PDFFont;
	#bold: PDFFont;
	#italic: PDFFont;
	#charset: Set<number>;
	#page: PDFPage | undefined;
	#y = 0;
	/** Pages that get no footer (the cover). */
	#bare = new Set<PDFPage>();
	/** Widths of pieces of text at size 1, by font: words and their neighbours recur a lot. */
	#widths = new Map<PDFFont, Map<string, number>>();

	private constructor(
		document: PDFDocument,
		fonts: { regular: PDFFont; bold: PDFFont; italic: PDFFont },
		size: PageSize,
	) {
		this.document = document;
		this.size = PAGE_SIZES[size];
		this.margin = size === 'A4' ? 48 : 36;
		this.#regular = fonts.regular;
		this.#bold = fonts.bold;
		this.#italic = fonts.italic;
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
		const mapped = text
			.normalize('NFC')
			.replace(TYPOGRAPHIC_SPACES, ' ')
			.replace(ZERO_WIDTH, '')
			.replace(/[\u2010-\u2265]/g, (character) => REPLACEMENTS[character] ?? character);
		let result = '';
		for (const character of mapped) {
			const code = character.codePointAt(0) ?? 0;
			if (character === '\n' || this.#charset.has(code)) result += character;
		}
		return result;
	}

	newPage(): PDFPage {
		this.#page = this.document.addPage([...this.size]);
		this.#y = this.height - this.margin;
		return this.#page;
	}

	get page(): PDFPage {
		return this.#page ?? this.newPage();
	}

	/** Starts a new page unless `height` points still fit on this one. */
	ensure(height: number): void {
		if (!this.#page || this.#y - height < this.#bottom) this.newPage();
	}

	/** The width of `text` in `font` at size 1 (widths grow with the size), remembered. */
	#widthAt1(text: string, font: PDFFont): number {
		let widths = this.#widths.get(font);
		if (!widths) this.#widths.set(font, (widths = new Map<string, number>()));
		let width = widths.get(text);
		if (width === undefined) widths.set(text, (width = font.widthOfTextAtSize(text, 1)));
		return width;
	}

	/**
	 * Splits text into lines no wider than `width` (a word longer than a line is cut).
	 *
	 * A line's width grows word by word: the width of a line and a word is the line's, plus the
	 * space and word's, plus the kerning between the line's last letter and the space, so that a
	 * long listing is measured in one pass instead of measuring every line again at each word.
	 */
	wrap(text: string, font: PDFFont, size: number, width: number): string[] {
		const limit = width / size;
		const measure = (piece: string) => this.#widthAt1(piece, font);
		const lines: string[] = [];
		for (const paragraph of this.clean(text).split('\n')) {
			let line = '';
			let lineWidth = 0;
			for (const word of paragraph.split(/ +/).filter(Boolean)) {
				let candidateWidth = measure(word);
				if (line) {
					const last = String.fromCodePoint(line.codePointAt(line.length - 1) ?? 32);
					const kerning = measure(`${last} `) - measure(last) - measure(' ');
					candidateWidth = lineWidth + kerning + measure(` ${word}`);
				}
				if (candidateWidth <= limit) {
					line = line ? `${line} ${word}` : word;
					lineWidth = candidateWidth;
					continue;
				}
				if (line) lines.push(line);
				line = word;
				while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
					let cut = line.length - 1;
					while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
					lines.push(line.slice(0, cut));
					line = line.slice(cut);
				}
				lineWidth = measure(line);
			}
			lines.push(line);
		}
		return lines;
	}

	#font(style: 'regular' | 'bold' | 'italic'): PDFFont {
		return style === 'bold' ? this.#bold : style === 'italic' ? this.#italic : this.#regular;
	}

	/** Writes wrapped text at the current position, breaking pages between lines. */
	text(
		text: string,
		{
			size = 10,
			style = 'regular',
			colour = COLOURS.ink,
			indent = 0,
			after = 6,
			leading = 1.35,
		}: {
			size?: number;
			style?: 'regular' | 'bold' | 'italic';
			colour?: Color;
			indent?: number;
			after?: number;
			leading?: number;
		} = {},
	): void {
		const font = this.#font(style);
		const lineHeight = size * leading;
		for (const line of this.wrap(text, font, size, this.column - indent)) {
			this.ensure(lineHeight);
			this.#y -= lineHeight;
			this.page.drawText(line, {
				x: this.margin + indent,
				y: this.#y + (lineHeight - size) / 2,
				size,
				font,
				color: colour,
			});
		}
		this.#y -= after;
	}

	/** A heading, kept on the page with at least `keep` points of what follows it. */
	heading(text: string, level: 1 | 2 | 3, keep = 60): void {
		const size = level === 1 ? 18 : level === 2 ? 13.5 : 11;
		const lines = this.wrap(text, this.#bold, size, this.column).length;
		if (this.#page && this.#y < this.height - this.margin) this.#y -= level === 1 ? 10 : 6;
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
				start: { x: this.margin, y: this.#y + 4 },
				end: { x: this.margin + 60, y: this.#y + 4 },
				thickness: 2,
				color: COLOURS.chestnut,
			});
			this.#y -= 6;
		}
	}

	paragraph(text: string): void {
		this.text(text, { after: 7 });
	}

	/** A bulleted item. */
	bullet(text: string, size = 10): void {
		const font = this.#regular;
		const lines = this.wrap(text, font, size, this.column - 12);
		this.ensure(Math.min(lines.length, 2) * size * 1.35);
		const top = this.#y;
		this.text(text, { size, indent: 12, after: 3 });
		// The bullet sits on the first line, which may have moved to a new page.
		const firstLineTop = this.#y > top ? this.height - this.margin : top;
		this.page.drawCircle({
			x: this.margin + 4,
			y: firstLineTop - size * 1.35 + (size * 1.35 - size) / 2 + size * 0.35,
			size: 1.6,
			color: COLOURS.chestnut,
		});
	}

	/**
	 * A listing entry (a member, an office, a stop): its name in bold and its lines below, all on
	 * one page when they fit on one.
	 */
	entry(title: string, lines: string[], { size = 9.5 }: { size?: number } = {}): void {
		const height =
			this.wrap(title, this.#bold, size + 0.5, this.column).length * (size + 0.5) * 1.3 +
			lines.reduce(
				(total, line) => total + this.wrap(line, this.#regular, size, this.column - 8).length,
				0,
			) *
				size *
				1.3 +
			8;
		if (height < this.height / 2) this.ensure(height);
		this.text(title, { size: size + 0.5, style: 'bold', after: 1, leading: 1.3 });
		for (const line of lines)
			this.text(line, { size, indent: 8, after: 1, leading: 1.3, colour: COLOURS.inkSoft });
		this.#y -= 7;
	}

	/** A note set apart (sample data, where to find the paper edition). */
	note(text: string): void {
		const size = 9;
		const lines = this.wrap(text, this.#italic, size, this.column - 16);
		const height = lines.length * size * 1.35 + 12;
		this.ensure(height);
		this.page.drawRectangle({
			x: this.margin,
			y: this.#y - height,
			width: this.column,
			height,
			color: COLOURS.sky,
		});
		this.page.drawRectangle({
			x: this.margin,
			y: this.#y - height,
			width: 3,
			height,
			color: COLOURS.forest,
		});
		this.#y -= 6;
		this.text(text, { size, style: 'italic', indent: 10, after: 0, colour: COLOURS.ink });
		this.#y -= 12;
	}

	/** Vertical space. */
	space(points: number): void {
		this.#y -= points;
	}

	/** The cover: a coloured band with the title, the subtitle and the office's name. */
	cover({
		kicker,
		title,
		subtitle,
		publisher,
		lines = [],
	}: {
		kicker: string;
		title: string;
		subtitle: string;
		publisher: string;
		lines?: string[];
	}): void {
		const page = this.newPage();
		this.#bare.add(page);
		const { width, height, margin } = this;
		page.drawRectangle({
			x: 0,
			y: height * 0.45,
			width,
			height: height * 0.55,
			color: COLOURS.forest,
		});
		// Ridges of the Cévennes: three layered hills across the band's foot.
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
			page.drawSvgPath(d, { x: 0, y: height * 0.45 + 60, color: colour, opacity: 0.55 });
		const write = (text: string, y: number, size: number, font: PDFFont, colour: Color) => {
			let top = y;
			for (const line of this.wrap(text, font, size, width - 2 * margin)) {
				page.drawText(line, { x: margin, y: top, size, font, color: colour });
				top -= size * 1.2;
			}
			return top;
		};
		let y = height - margin - 14;
		y = write(kicker.toUpperCase(), y, 10, this.#bold, COLOURS.sky) - 16;
		y = write(title, y, width > 500 ? 34 : 26, this.#bold, COLOURS.white) - 8;
		write(subtitle, y, 12, this.#regular, COLOURS.white);
		let bottom = height * 0.45 - margin;
		bottom = write(publisher, bottom, 12, this.#bold, COLOURS.forestDark) - 6;
		for (const line of lines) bottom = write(line, bottom, 10, this.#regular, COLOURS.ink) - 2;
		this.#page = undefined;
	}

	/**
	 * Draws a static map (src/lib/geo/static-map.ts) `width` points wide at the current position,
	 * with its areas, lines, numbered markers and labels, and a scale bar.
	 */
	map(model: MapModel, { tones = [] as string[], caption = '' } = {}): void {
		const scale = this.column / model.width;
		const height = model.height * scale;
		this.ensure(height + (caption ? 20 : 8));
		const page = this.page;
		const left = this.margin;
		const top = this.#y;
		page.drawRectangle({
			x: left,
			y: top - height,
			width: this.column,
			height,
			color: rgb(0.98, 0.98, 0.96),
			borderColor: COLOURS.line,
			borderWidth: 0.5,
		});
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
				const badge = this.clean(marker.badge);
				const size = badge.length > 2 ? 5 : 6.5;
				page.drawText(badge, {
					x: x - this.#bold.widthOfTextAtSize(badge, size) / 2,
					y: y - size * 0.35,
					size,
					font: this.#bold,
					color: COLOURS.white,
				});
			}
			if (marker.label) {
				const text = this.clean(marker.label.text);
				const size = 7;
				const textWidth = this.#bold.widthOfTextAtSize(text, size);
				const anchor = at(marker.label.x, marker.label.y);
				const x0 =
					marker.label.anchor === 'start'
						? anchor.x
						: marker.label.anchor === 'end'
							? anchor.x - textWidth
							: anchor.x - textWidth / 2;
				page.drawText(text, { x: x0, y: anchor.y, size, font: this.#bold, color: COLOURS.ink });
			}
		}
		const bar = model.scale.length * scale;
		page.drawLine({
			start: { x: left + 8, y: top - height + 8 },
			end: { x: left + 8 + bar, y: top - height + 8 },
			thickness: 1.5,
			color: COLOURS.ink,
		});
		page.drawText(model.scale.label, {
			x: left + 8,
			y: top - height + 12,
			size: 7,
			font: this.#regular,
			color: COLOURS.ink,
		});
		this.#y = top - height - 4;
		if (caption) this.text(caption, { size: 7.5, style: 'italic', colour: COLOURS.inkSoft });
		else this.#y -= 4;
	}

	/** A link on the last line written (the web address of the footer is one too). */
	#link(page: PDFPage, box: [number, number, number, number], url: string): void {
		const annotation = this.document.context.obj({
			Type: 'Annot',
			Subtype: 'Link',
			Rect: box,
			Border: [0, 0, 0],
			A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
		});
		const annotations = page.node.Annots();
		const reference = this.document.context.register(annotation);
		if (annotations) annotations.push(reference);
		else page.node.set(PDFName.of('Annots'), this.document.context.obj([reference]));
	}

	/** Adds the footer to every page but the cover, and returns the file. */
	async finish(footer: Footer & { url?: string }): Promise<BuiltPdf> {
		const pages = this.document.getPages().filter((page) => !this.#bare.has(page));
		const contact = this.clean(footer.contact);
		const size = 7;
		pages.forEach((page, index) => {
			const label = this.clean(footer.pageLabel(index + 1, pages.length));
			const labelWidth = this.#bold.widthOfTextAtSize(label, size);
			const y = this.margin - 4;
			page.drawLine({
				start: { x: this.margin, y: y + 10 },
				end: { x: this.width - this.margin, y: y + 10 },
				thickness: 0.4,
				color: COLOURS.line,
			});
			const lines = this.wrap(contact, this.#regular, size, this.column - labelWidth - 12);
			lines.slice(0, 2).forEach((line, row) => {
				page.drawText(line, {
					x: this.margin,
					y: y - row * size * 1.25,
					size,
					font: this.#regular,
					color: COLOURS.inkSoft,
				});
			});
			page.drawText(label, {
				x: this.width - this.margin - labelWidth,
				y,
				size,
				font: this.#bold,
				color: COLOURS.inkSoft,
			});
			if (footer.url)
				this.#link(page, [this.margin, y - size * 1.5, this.width / 2, y + size], footer.url);
		});
		this.#compressPages();
		return {
			bytes: await this.document.save({ useObjectStreams: true }),
			pages: this.document.getPageCount(),
		};
	}

	/**
	 * Compresses each page's content with Node's zlib, as pdf-lib would with its JavaScript deflate
	 * when saving: the same FlateDecode streams, several times faster for a guide of a thousand pages.
	 */
	#compressPages(): void {
		const { context } = this.document;
		for (const [reference, object] of context.enumerateIndirectObjects()) {
			if (!(object instanceof PDFContentStream)) continue;
			const dict = object.dict.clone(context);
			dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
			context.assign(reference, PDFRawStream.of(dict, deflateSync(object.getUnencodedContents())));
		}
	}
}
