/**
 * How a photo from an outside source is described on a page: its text alternative (its caption
 * in the page's language, else what and where the place is) and its credit line (the credit and
 * the licence, as the source states them).
 */
import type { ImageMetadata } from 'astro';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';

/** A photo as a page shows it: the image the build made, its text alternative, its credit line. */
export interface ShownPhoto {
	photo: { src: ImageMetadata; width: number; height: number };
	alt: string;
	credit: string;
}

interface DescribedPhoto {
	credit?: string | undefined;
	license?: string | undefined;
	caption?: { fr?: string | undefined; en?: string | undefined } | undefined;
}

/**
 * The alt text of a photo: its caption in the page's language when the source gives one (a
 * caption in the other language is not used: the alt text is read in the page's language),
 * else "{name}, {kind} {place}" ("Gîte de la Combe, gîte à Vialas").
 */
export function photoAlt(
	photo: DescribedPhoto,
	locale: Locale,
	t: Translate,
	fallback: { name: string; kind: string; place: string },
): string {
	const caption = photo.caption?.[locale]?.trim();
	if (caption) return caption;
	const kind = /^.[a-zà-ÿ]/.test(fallback.kind)
		? fallback.kind.charAt(0).toLowerCase() + fallback.kind.slice(1)
		: fallback.kind;
	return t('photo.alt', { name: fallback.name, kind, place: fallback.place });
}

/** "Photo : © Jean Dupont (CC BY-SA 4.0)"; "Photo : source inconnue" without a credit. */
export function photoCredit(photo: DescribedPhoto, t: Translate): string {
	const credit = photo.credit?.trim() || t('photo.creditUnknown');
	const license = photo.license?.trim();
	return license
		? t('photo.creditLicensed', { credit, license })
		: t('provider.photoCredit', { credit });
}
