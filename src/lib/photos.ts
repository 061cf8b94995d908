/**
 * The office's own photos: a file dropped in src/assets/photos/<collection>/<id>.<jpg|jpeg|png|webp>
 * replaces the drawn illustration of that entry, through Astro's image pipeline (resized,
 * converted to AVIF and WebP, with explicit width and height). The entry's YAML gives the
 * photo's alt text and credit (`photo:`); a photo without them fails the build.
 * @see README.md, "Photos"
 */
import type { ImageMetadata } from 'astro';

/** The collections whose entries can have a photo. */
export type PhotoCollection = 'sectors' | 'villages' | 'themes' | 'experiences';

/** "…/photos/villages/vialas.jpg" → "villages/vialas"; undefined for a path not of that shape. */
export function photoKeyOf(path: string): string | undefined {
	const match = /\/photos\/([a-z-]+)\/([a-z0-9-]+)\.(?:jpe?g|png|webp)$/i.exec(path);
	return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Indexes the glob's modules by "<collection>/<id>"; two files for one entry are an error. */
export function indexPhotos(
	modules: Record<string, { default: ImageMetadata }>,
): Map<string, ImageMetadata> {
	const photos = new Map<string, ImageMetadata>();
	for (const [path, module] of Object.entries(modules)) {
		const key = photoKeyOf(path);
		if (!key) continue;
		if (photos.has(key)) throw new Error(`Two photos for ${key} in src/assets/photos/: keep one`);
		photos.set(key, module.default);
	}
	return photos;
}

const photos = indexPhotos(
	import.meta.glob<{ default: ImageMetadata }>(
		'../assets/photos/*/*.{jpg,jpeg,png,webp,JPG,JPEG,PNG,WEBP}',
		{
			eager: true,
		},
	),
);

/**
 * The photo of an entry, if the office has dropped one in. `hasCredit` says whether the entry
 * gives the photo's alt text and credit: a photo without them, or them without a photo, fails
 * the build naming both files.
 */
export function photoOf(
	collection: PhotoCollection,
	id: string,
	hasCredit: boolean,
): ImageMetadata | undefined {
	const photo = photos.get(`${collection}/${id}`);
	if (photo && !hasCredit) {
		throw new Error(
			`src/assets/photos/${collection}/${id}.* has no alt text and credit: add \`photo: { alt: { fr, en }, credit }\` to content/${collection}/${id}.yaml`,
		);
	}
	if (!photo && hasCredit) {
		throw new Error(
			`content/${collection}/${id}.yaml describes a photo (\`photo:\`) but src/assets/photos/${collection}/ has no ${id}.jpg, .png or .webp`,
		);
	}
	return photo;
}
