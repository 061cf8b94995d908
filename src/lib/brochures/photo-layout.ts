/**
 * Where the brochures' photos go and how many pixels they need. A photo is printed at one of
 * three sizes — the cover's band, a wide photo the column's width (a sector, a theme), a small
 * one beside its entry (a village, a member) — and resized to about 150 dpi at that size:
 * sharp enough on paper, small enough that the guide stays a light download.
 */
import type { PageSize } from './pdf-style';
import { PAGE_SIZES } from './pdf-style';

/** Pixels per inch of a printed photo (a PDF point is 1/72 in). */
export const PRINT_DPI = 150;

export interface Size {
	width: number;
	height: number;
}

/** What the photo is, and so where and how large it is printed. */
export type PhotoRole = 'cover' | 'wide' | 'thumb';

/** The page's margin in points, as the writer uses it. */
export const marginOf = (size: PageSize): number => (size === 'A4' ? 48 : 36);

/** The cover's photo band: the page's width, its top 55 %. */
export const COVER_BAND = 0.55;

/** The width of a small photo beside an entry, as a share of the column. */
export const THUMB_SHARE = 0.3;

/** The gap between a small photo and its entry's text, in points. */
export const THUMB_GAP = 10;

/** The box (points) a photo of each role must fit in, on a page of `size`. */
export function photoBox(role: PhotoRole, size: PageSize): Size {
	const [width, height] = PAGE_SIZES[size];
	const column = width - 2 * marginOf(size);
	if (role === 'cover') return { width, height: height * COVER_BAND };
	if (role === 'wide') return { width: column, height: height * 0.36 };
	const thumbWidth = Math.round(column * THUMB_SHARE);
	return { width: thumbWidth, height: Math.round((thumbWidth * 3) / 4) };
}

/** Pixels that `points` need at `dpi`. */
export const pixelsFor = (points: number, dpi = PRINT_DPI): number =>
	Math.max(1, Math.round((points / 72) * dpi));

/**
 * The printed size (points) of a photo of `pixels` fitted inside `box` with its proportions: as
 * wide as the box unless that makes it too tall.
 */
export function fitInside(pixels: Size, box: Size): Size {
	const ratio = pixels.height / pixels.width;
	if (!(ratio > 0) || !Number.isFinite(ratio)) return { width: box.width, height: box.height };
	const width = Math.min(box.width, box.height / ratio);
	return { width, height: width * ratio };
}

/**
 * The pixels a photo needs to print at `printed` (points), at `dpi`, and never more than it has:
 * a small photo is printed as it is, not enlarged.
 */
export function pixelsToPrint(printed: Size, available: Size, dpi = PRINT_DPI): Size {
	const width = pixelsFor(printed.width, dpi);
	const height = pixelsFor(printed.height, dpi);
	const shrink = Math.min(1, available.width / width, available.height / height);
	return {
		width: Math.max(1, Math.round(width * shrink)),
		height: Math.max(1, Math.round(height * shrink)),
	};
}

/**
 * The byte budget of one photo of each role: a photo over it is encoded again at a lower quality
 * (pdf-photos.ts). The destination guide — a cover, four sectors, five themes, nineteen villages —
 * so stays under 2.1 MB of photos, 3 MB with its text and maps; a listing guide grows by at most
 * 30 kB a member.
 */
export const PHOTO_BYTES = { cover: 260_000, wide: 140_000, thumb: 30_000 } as const;

/**
 * The most members' photos a listing brochure prints (80 × 30 kB: 2.4 MB at most). A feed of
 * thousands of members would otherwise make a file of hundreds of MB and minutes of resizing.
 */
export const MAX_LISTING_PHOTOS = 80;

/**
 * Which of `total` photos to print when at most `max` may be: all of them when they fit, else
 * `max` spread evenly through the list, so that every section keeps some.
 */
export function evenlySpread(total: number, max: number): Set<number> {
	const count = Math.max(0, Math.min(total, max));
	return new Set(
		Array.from({ length: count }, (_, index) =>
			count === total ? index : Math.floor((index * total) / count),
		),
	);
}
