/**
 * The photos the brochures print, as files on the disk with their credit line: the office's own
 * (src/assets/photos/, credited as the entry's `photo:` says), the members' main photos (already
 * in the build's photo cache: nothing is fetched here) and the site's hero photo for the covers.
 */
import type { ImageMetadata } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { heroPhoto } from '../home-hero';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import { photoOf, type PhotoCollection } from '../photos';
import { photoCredit } from '../remote-photos/present';
import { imageFile, type PhotoSource, type Warn } from './pdf-photos';

const defaultWarn: Warn = (message) => console.warn(message);

/** The file of an image with its credit, or undefined (with a warning) when it has no file. */
export function photoSource(
	image: ImageMetadata | undefined,
	credit: string,
	label: string,
	warn: Warn = defaultWarn,
): PhotoSource | undefined {
	if (!image) return undefined;
	const file = imageFile(image);
	if (!file) {
		warn(`Brochures: the photo of ${label} has no file on the disk; the PDF is built without it`);
		return undefined;
	}
	return { file, credit, label };
}

/** The office's photo of a sector, village, theme or experience, when it has one. */
export function officePhoto(
	collection: PhotoCollection,
	id: string,
	described: { credit: string } | undefined,
	t: Translate,
): PhotoSource | undefined {
	const image = photoOf(collection, id, described !== undefined);
	return described && photoSource(image, photoCredit(described, t), `${collection}/${id}`);
}

/** A member's main photo, from the feed (a sample member has none). */
export function memberPhoto(
	provider: CollectionEntry<'providers'>,
	t: Translate,
): PhotoSource | undefined {
	const photo = provider.data.photos[0];
	return (
		photo && photoSource(photo.src, photoCredit(photo, t), `${provider.data.name} (${provider.id})`)
	);
}

/** The home page's hero photo, for the covers. */
export async function coverPhoto(locale: Locale, t: Translate): Promise<PhotoSource | undefined> {
	const hero = await heroPhoto(locale, t);
	if (!hero) return undefined;
	// The office's photos are credited as written; the others already read "Photo : …".
	const prefix = t('provider.photoCredit', { credit: '' }).trim();
	const credit = hero.credit.startsWith(prefix)
		? hero.credit
		: photoCredit({ credit: hero.credit }, t);
	return photoSource(hero.src, credit, 'the home page’s hero');
}
