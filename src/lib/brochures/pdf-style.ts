/**
 * What every brochure shares: the page sizes, the site's colours, the file's metadata and footer,
 * and what a finished file is.
 */
import { rgb } from 'pdf-lib';

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
export const AREA_FILLS = [
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

/** A finished file and its number of pages (shown beside the download link). */
export interface BuiltPdf {
	bytes: Uint8Array;
	pages: number;
}
