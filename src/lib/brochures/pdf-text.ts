/**
 * Text for the PDF standard fonts: mapped to the characters they can draw, and wrapped into lines
 * of a given width.
 *
 * The standard fonts (Helvetica) keep each file small and need no font file; they cover the
 * Windows-1252 characters, so the text is mapped to that set first (French and English fit).
 */
import type { PDFFont, PDFPage, PDFPageDrawTextOptions } from 'pdf-lib';

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

/** Text a font of `charset` can draw: typographic spaces become spaces, the rest is dropped. */
export function cleanText(text: string, charset: Set<number>): string {
	const mapped = text
		.normalize('NFC')
		.replace(TYPOGRAPHIC_SPACES, ' ')
		.replace(ZERO_WIDTH, '')
		.replace(/[\u2010-\u2265]/g, (character) => REPLACEMENTS[character] ?? character);
	let result = '';
	for (const character of mapped) {
		const code = character.codePointAt(0) ?? 0;
		if (character === '\n' || charset.has(code)) result += character;
	}
	return result;
}

/** Measures and wraps text, remembering the widths of the pieces it has measured. */
export class TextMeasure {
	/** Widths of pieces of text at size 1, by font: words and their neighbours recur a lot. */
	#widths = new Map<PDFFont, Map<string, number>>();

	/** The width of `text` in `font` at size 1 (widths grow with the size), remembered. */
	widthAt1(text: string, font: PDFFont): number {
		let widths = this.#widths.get(font);
		if (!widths) this.#widths.set(font, (widths = new Map<string, number>()));
		let width = widths.get(text);
		if (width === undefined) widths.set(text, (width = font.widthOfTextAtSize(text, 1)));
		return width;
	}

	/**
	 * Splits already cleaned text into lines no wider than `width` (a word longer than a line is
	 * cut).
	 *
	 * A line's width grows word by word: the width of a line and a word is the line's, plus the
	 * space and word's, plus the kerning between the line's last letter and the space, so that a
	 * long listing is measured in one pass instead of measuring every line again at each word.
	 */
	wrap(text: string, font: PDFFont, size: number, width: number): string[] {
		const limit = width / size;
		const measure = (piece: string) => this.widthAt1(piece, font);
		const lines: string[] = [];
		for (const paragraph of text.split('\n')) {
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
}

/** The font each page draws with now, so that it is set only when it changes. */
const pageFonts = new WeakMap<PDFPage, PDFFont>();

/**
 * Draws a line of text in `font`. pdf-lib's own `drawText` with a `font` option adds an entry for
 * the font to the page's resources twice per line (to set it, then to restore the previous one),
 * which a listing of thousands of members pays on every line. Here the page's font is set only
 * when it changes.
 */
export function drawText(
	page: PDFPage,
	text: string,
	font: PDFFont,
	options: Omit<PDFPageDrawTextOptions, 'font'>,
): void {
	if (pageFonts.get(page) !== font) {
		page.setFont(font);
		pageFonts.set(page, font);
	}
	page.drawText(text, options);
}
