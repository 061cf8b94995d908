/**
 * The parts every brochure shares: its writer with the file's metadata, its cover (with the
 * site's hero photo when there is one), the offices' page, the footer, a listing's lines and the
 * photos beside entries.
 */
import { intlTag } from '../i18n/locales';
import type { Translate } from '../i18n/ui';
import type { CommonInput, Listing, PhotoSource } from './inputs';
import { preparePhoto, preparePhotos } from './pdf-photos';
import { BrochureWriter, type EmbeddedPhoto, type PageSize } from './pdf-writer';
import { evenlySpread, MAX_LISTING_PHOTOS, type PhotoRole } from './photo-layout';

export async function writerFor(
	input: CommonInput,
	title: string,
	subject: string,
	size: PageSize,
) {
	return BrochureWriter.create(
		{
			title,
			subject,
			author: input.contacts.name,
			language: intlTag(input.locale),
			keywords: ['Cévennes', 'Mont Lozère', input.contacts.name],
			date: input.date,
		},
		size,
	);
}

/**
 * The photos of `sources` resized for `role` and embedded, in order; undefined where there is no
 * photo or it cannot be read (with a warning naming it).
 */
export async function embedPhotos(
	writer: BrochureWriter,
	sources: (PhotoSource | undefined)[],
	role: PhotoRole,
): Promise<(EmbeddedPhoto | undefined)[]> {
	const prepared = await preparePhotos(
		sources,
		(source) => source && preparePhoto(source, role, writer.format),
	);
	const embedded: (EmbeddedPhoto | undefined)[] = [];
	for (const photo of prepared) embedded.push(await writer.embed(photo));
	return embedded;
}

/**
 * The members' photos a listing brochure prints, in the listings' order: all of them, or at most
 * MAX_LISTING_PHOTOS spread evenly through the list.
 */
export function listingPhotos(listings: Listing[]): (PhotoSource | undefined)[] {
	const withPhoto = listings.flatMap((listing, index) => (listing.photo ? [index] : []));
	const kept = new Set(
		[...evenlySpread(withPhoto.length, MAX_LISTING_PHOTOS)].map((index) => withPhoto[index]),
	);
	return listings.map((listing, index) => (kept.has(index) ? listing.photo : undefined));
}

export async function cover(
	writer: BrochureWriter,
	input: CommonInput,
	t: Translate,
	title: string,
	subtitle: string,
): Promise<void> {
	const [photo] = await embedPhotos(writer, [input.coverPhoto], 'cover');
	writer.cover({
		kicker: t('pdf.kicker'),
		title,
		subtitle,
		publisher: input.contacts.name,
		photo,
		lines: [
			t('pdf.phone', { phone: input.contacts.phone }),
			input.contacts.email,
			input.contacts.website,
			'',
			t('pdf.onlineAt', { url: input.pageUrl }),
		],
	});
}

/** A listing's name as its line prints it: a sample listing's reads "[Exemple] …". */
export function listingName(listing: { name: string; sample: boolean }, t: Translate): string {
	return listing.sample ? `[${t('sample.mark')}] ${listing.name}` : listing.name;
}

/** "Where to find us": the offices, their addresses and the single phone number. */
export function officesSection(writer: BrochureWriter, input: CommonInput, t: Translate) {
	writer.heading(t('pdf.offices.heading'), 1);
	writer.paragraph(
		t('pdf.offices.lead', { phone: input.contacts.phone, email: input.contacts.email }),
	);
	for (const office of input.offices)
		writer.entry(office.name, [office.address, office.services.join(' · ')]);
}

export function finish(writer: BrochureWriter, input: CommonInput, t: Translate) {
	return writer.finish({
		contact: `${input.contacts.name} · ${input.contacts.phone} · ${input.contacts.email} · ${input.contacts.website}`,
		url: input.contacts.website,
		pageLabel: (page, count) => t('pdf.page', { page, count }),
	});
}

export function listingLines(listing: Listing, t: Translate): string[] {
	return [
		`${listing.kind} · ${listing.village}`,
		listing.summary,
		...listing.details,
		...(listing.phones.length > 0 ? [t('pdf.phone', { phone: listing.phones.join(', ') })] : []),
		...(listing.email ? [listing.email] : []),
		...(listing.website ? [listing.website] : []),
	].filter((line) => line.trim() !== '');
}
