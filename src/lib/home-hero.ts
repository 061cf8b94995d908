/**
 * The photo of the home page's first screen, chosen at build time: the office's photo of a
 * sector; else the photo of the page the first of the month's picks that has one leads to (the
 * office's photo of an experience, theme, village or sector, a hike's photo from its source, a
 * member's from the feed); else none, and the page shows its drawn landscape.
 */
import type { ImageMetadata } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { describedHikePhotos } from './hikes/photos';
import type { Locale } from './i18n/locales';
import type { Translate } from './i18n/ui';
import { photoOf } from './photos';
import { inVillage, kindName } from './providers/present';
import { photoAlt, photoCredit } from './remote-photos/present';
import { monthInParis, pickPhotoSource, picksOfMonth, type PickPhotoSource } from './season-picks';

export interface HeroPhoto {
	src: ImageMetadata;
	alt: string;
	credit: string;
}

async function photoFrom(
	source: PickPhotoSource,
	locale: Locale,
	t: Translate,
): Promise<HeroPhoto | undefined> {
	if (source.from === 'office') {
		const entry = await getEntry(source.collection, source.id);
		const described = entry?.data.photo;
		const src = described && photoOf(source.collection, source.id, true);
		return src && described
			? { src, alt: described.alt[locale], credit: described.credit }
			: undefined;
	}
	if (source.from === 'hike') {
		const hike = await getEntry('hikes', source.id);
		const [first] = hike ? describedHikePhotos(hike.data, locale, t) : [];
		return first && { src: first.photo.src, alt: first.alt, credit: first.credit };
	}
	const member = await getEntry('providers', source.id);
	const photo = member?.data.photos[0];
	if (!member || !photo) return undefined;
	const village = await getEntry(member.data.village);
	const alt = photoAlt(photo, locale, t, {
		name: member.data.name,
		kind: kindName(member.data.kinds[0] ?? '', t),
		place: village ? inVillage(village.data.name, t, locale) : '',
	});
	return { src: photo.src, alt: alt.trim(), credit: photoCredit(photo, t) };
}

export async function heroPhoto(
	locale: Locale,
	t: Translate,
	now: Date = new Date(),
): Promise<HeroPhoto | undefined> {
	const sectors = await getCollection('sectors');
	for (const sector of sectors) {
		const photo = await photoFrom(
			{ from: 'office', collection: 'sectors', id: sector.id },
			locale,
			t,
		);
		if (photo) return photo;
	}
	const picks = picksOfMonth(await getCollection('seasonPicks'), monthInParis(now));
	for (const pick of picks) {
		const source = pickPhotoSource(pick.data.link);
		const photo = source && (await photoFrom(source, locale, t));
		if (photo) return photo;
	}
	return undefined;
}
