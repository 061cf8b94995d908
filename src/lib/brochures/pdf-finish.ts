/**
 * The last pass over a brochure: the footer on every page but the cover (the office's contacts,
 * a link to the site, "page n of N"), then the pages' content compressed.
 */
import {
	PDFContentStream,
	PDFName,
	PDFRawStream,
	PDFString,
	type PDFDocument,
	type PDFPage,
} from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { COLOURS, type Footer } from './pdf-style';
import { drawText } from './pdf-text';
import type { BrochureWriter } from './pdf-writer';

/** A link annotation over `box` (the footer's web address). */
function addLink(
	document: PDFDocument,
	page: PDFPage,
	box: [number, number, number, number],
	url: string,
): void {
	const annotation = document.context.obj({
		Type: 'Annot',
		Subtype: 'Link',
		Rect: box,
		Border: [0, 0, 0],
		A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
	});
	const annotations = page.node.Annots();
	const reference = document.context.register(annotation);
	if (annotations) annotations.push(reference);
	else page.node.set(PDFName.of('Annots'), document.context.obj([reference]));
}

/** Draws the footer on `pages`, numbered from 1. */
export function drawFooters(
	writer: BrochureWriter,
	pages: PDFPage[],
	footer: Footer & { url?: string },
): void {
	const { regular, bold } = writer.fonts;
	const contact = writer.clean(footer.contact);
	const size = 7;
	pages.forEach((page, index) => {
		const label = writer.clean(footer.pageLabel(index + 1, pages.length));
		const labelWidth = bold.widthOfTextAtSize(label, size);
		const y = writer.margin - 4;
		page.drawLine({
			start: { x: writer.margin, y: y + 10 },
			end: { x: writer.width - writer.margin, y: y + 10 },
			thickness: 0.4,
			color: COLOURS.line,
		});
		const lines = writer.wrap(contact, regular, size, writer.column - labelWidth - 12);
		lines.slice(0, 2).forEach((line, row) => {
			drawText(page, line, regular, {
				x: writer.margin,
				y: y - row * size * 1.25,
				size,
				color: COLOURS.inkSoft,
			});
		});
		drawText(page, label, bold, {
			x: writer.width - writer.margin - labelWidth,
			y,
			size,
			color: COLOURS.inkSoft,
		});
		if (footer.url)
			addLink(
				writer.document,
				page,
				[writer.margin, y - size * 1.5, writer.width / 2, y + size],
				footer.url,
			);
	});
}

/**
 * Compresses each page's content with Node's zlib, as pdf-lib would with its JavaScript deflate
 * when saving: the same FlateDecode streams, several times faster for a guide of a thousand pages.
 */
export function compressPages(document: PDFDocument): void {
	const { context } = document;
	for (const [reference, object] of context.enumerateIndirectObjects()) {
		if (!(object instanceof PDFContentStream)) continue;
		const dict = object.dict.clone(context);
		dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
		context.assign(reference, PDFRawStream.of(dict, deflateSync(object.getUnencodedContents())));
	}
}
