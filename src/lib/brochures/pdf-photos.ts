/**
 * The brochures' photos made ready to embed: read from the disk (the office's photos in
 * src/assets/photos/, the members' in the build's photo cache — never from the network), resized
 * with sharp to about 150 dpi at the size they are printed (photo-layout.ts) and encoded as JPEG,
 * which a PDF embeds as it is. A photo that cannot be read is left out with a warning naming it:
 * its page keeps its text layout and the file still builds.
 */
import type { ImageMetadata } from 'astro';
import sharp from 'sharp';
import type { PageSize } from './pdf-style';
import {
	fitInside,
	PHOTO_BYTES,
	photoBox,
	pixelsToPrint,
	type PhotoRole,
	type Size,
} from './photo-layout';

/** A photo a brochure asks for: its file and its credit line, already in the brochure's language. */
export interface PhotoSource {
	/** Absolute path of the file on the disk. */
	file: string;
	/** "Photo : © Jeanne Martin (CC BY 4.0)". */
	credit: string;
	/** What the warning names when the file cannot be read ("the sector Mont Lozère"). */
	label: string;
}

/** A photo ready to embed: JPEG bytes, their pixels and the size (points) to print them at. */
export interface PreparedPhoto {
	jpeg: Uint8Array;
	pixels: Size;
	printed: Size;
	credit: string;
}

/**
 * JPEG qualities tried in turn: the first (no visible loss on paper at 150 dpi) unless the photo
 * is then over its role's byte budget (photo-layout.ts), which a very detailed photo can be.
 */
const QUALITIES = [72, 60, 48, 36];

/**
 * The file of an image of Astro's image service: Astro's image modules answer `fsPath` (the
 * original file) during the build. Undefined for an image that has no file on the disk.
 */
export function imageFile(image: ImageMetadata | undefined): string | undefined {
	const file = (image as (ImageMetadata & { fsPath?: unknown }) | undefined)?.fsPath;
	return typeof file === 'string' && file !== '' ? file.split('?')[0] : undefined;
}

export type Warn = (message: string) => void;

const defaultWarn: Warn = (message) => console.warn(message);

/**
 * Resizes `source` for its `role` on a page of `size`: the cover's photo fills its band (cropped
 * to it), the others fit their box. Undefined, with a warning, when the file cannot be read.
 */
export async function preparePhoto(
	source: PhotoSource,
	role: PhotoRole,
	size: PageSize,
	warn: Warn = defaultWarn,
): Promise<PreparedPhoto | undefined> {
	try {
		const image = sharp(source.file, { failOn: 'error' }).rotate();
		const metadata = await image.metadata();
		const oriented =
			(metadata.orientation ?? 1) >= 5
				? { width: metadata.height, height: metadata.width }
				: { width: metadata.width, height: metadata.height };
		if (!oriented.width || !oriented.height) throw new Error('no dimensions');
		const box = photoBox(role, size);
		const printed = role === 'cover' ? box : fitInside(oriented, box);
		const target = pixelsToPrint(printed, oriented);
		const resized = await image
			.resize({ width: target.width, height: target.height, fit: 'cover' })
			.flatten({ background: '#ffffff' })
			.raw()
			.toBuffer({ resolveWithObject: true });
		const { width, height, channels } = resized.info;
		const encode = (quality: number) =>
			sharp(resized.data, { raw: { width, height, channels } })
				.jpeg({ quality, mozjpeg: true })
				.toBuffer({ resolveWithObject: true });
		let encoded = await encode(QUALITIES[0] ?? 72);
		for (const quality of QUALITIES.slice(1)) {
			if (encoded.data.byteLength <= PHOTO_BYTES[role]) break;
			encoded = await encode(quality);
		}
		const { data, info } = encoded;
		return {
			jpeg: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
			pixels: { width: info.width, height: info.height },
			printed,
			credit: source.credit,
		};
	} catch (error) {
		warn(
			`Brochures: the photo of ${source.label} (${source.file}) cannot be read (${error instanceof Error ? error.message : String(error)}); the PDF is built without it`,
		);
		return undefined;
	}
}

/** Prepares several photos, a few at a time (sharp uses the cores itself). */
export async function preparePhotos<T>(
	items: T[],
	prepare: (item: T) => Promise<PreparedPhoto | undefined> | undefined,
): Promise<(PreparedPhoto | undefined)[]> {
	const results: (PreparedPhoto | undefined)[] = Array.from({ length: items.length });
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await prepare(items[index] as T);
		}
	};
	await Promise.all(Array.from({ length: Math.min(4, items.length) }, worker));
	return results;
}
