/** A PDF as pdf.js reads it, for the tests that check what a brochure or a download says. */
import { resolve } from 'node:path';

export interface PdfPage {
	/** The page's text, white space folded. */
	text: string;
	/** The page's size in points. */
	width: number;
	height: number;
	/** How many images the page paints (counted only when asked: it reads every operator). */
	images: number;
}

/** Every page's text, size and (with `images`) painted images, the whole text, the metadata. */
export async function readPdf(bytes: Uint8Array, options: { images?: boolean } = {}) {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const task = pdfjs.getDocument({
		// A copy: pdf.js takes the buffer over.
		data: new Uint8Array(bytes),
		useSystemFonts: false,
		// The standard fonts' metrics, so that pdf.js reads Helvetica without a warning.
		standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/`,
	});
	const document = await task.promise;
	const pages: PdfPage[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const { width, height } = page.getViewport({ scale: 1 });
		const content = await page.getTextContent();
		const text = content.items
			.map((item) => ('str' in item ? item.str : ''))
			.join(' ')
			.replace(/\s+/g, ' ');
		const images = options.images
			? (await page.getOperatorList()).fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject)
					.length
			: 0;
		pages.push({ text, width, height, images });
	}
	const info = (await document.getMetadata()).info as Record<string, unknown>;
	await task.destroy();
	return { pages, all: pages.map((page) => page.text).join('\n'), info };
}

/** The number of pages, and the text of them all (white space folded). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
	const { pages, all } = await readPdf(bytes);
	return { pages: pages.length, text: all.replace(/\s+/g, ' ') };
}
