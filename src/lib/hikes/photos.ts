/**
 * A hike's photos as its page and card show them: each downloaded photo (src/loaders/hikes.ts)
 * with its text alternative — the source's caption in the page's language, else "{title},
 * {difficulty} hike from {start}" — and its credit line.
 */
import type { Locale } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import { inVillage } from '../providers/present';
import { photoAlt, photoCredit } from '../remote-photos/present';
import type { HIKE_DIFFICULTIES } from '../../schemas/hike';

interface HikePhotoSource<Photo> {
	title: Record<Locale, string>;
	difficulty: (typeof HIKE_DIFFICULTIES)[number];
	startName: string;
	photos: Photo[];
}

type DescribablePhoto = Parameters<typeof photoAlt>[0];

export function describedHikePhotos<Photo extends DescribablePhoto>(
	hike: HikePhotoSource<Photo>,
	locale: Locale,
	t: Translate,
): { photo: Photo; alt: string; credit: string }[] {
	const fallback = {
		name: hike.title[locale],
		kind: t(`map.kind.hike-${hike.difficulty}`),
		place: inVillage(hike.startName, t, locale),
	};
	return hike.photos.map((photo) => ({
		photo,
		alt: photoAlt(photo, locale, t, fallback),
		credit: photoCredit(photo, t),
	}));
}
