/**
 * The accommodation guide and the food booklet: the members of the feed by kind, each with its
 * main photo beside its entry when the build has one, and its contacts.
 */
import { useTranslations } from '../i18n/ui';
import {
	cover,
	embedPhotos,
	finish,
	listingLines,
	listingName,
	listingPhotos,
	officesSection,
	writerFor,
} from './brochure-parts';
import type { ListingGuideInput } from './inputs';
import type { BuiltPdf } from './pdf-writer';

async function buildListingGuide(
	input: ListingGuideInput,
	subject: string,
	subtitle: string,
	intro: string,
): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, subject, 'A5');
	const photos = await embedPhotos(
		writer,
		listingPhotos(input.sections.flatMap((section) => section.listings)),
		'thumb',
	);
	await cover(writer, input, t, input.title, subtitle);
	writer.newPage();
	writer.heading(input.title, 1);
	writer.paragraph(intro);
	if (input.sections.some((section) => section.listings.some((listing) => listing.sample)))
		writer.note(t('pdf.sampleListings'));
	writer.heading(t('pdf.contents'), 2);
	for (const section of input.sections)
		writer.bullet(
			t('pdf.sectionCount', { heading: section.heading, count: section.listings.length }),
		);
	let photoIndex = 0;
	for (const section of input.sections) {
		writer.newPage();
		writer.heading(section.heading, 1);
		for (const listing of section.listings)
			writer.entry(listingName(listing, t), listingLines(listing, t), {
				photo: photos[photoIndex++],
			});
	}
	writer.newPage();
	officesSection(writer, input, t);
	return finish(writer, input, t);
}

/** A listing guide whose subject and subtitle are the dictionary's `pdf.<kind>.subject` and `.subtitle`. */
function listingGuideOf(kind: 'accommodation' | 'gastronomy') {
	return (input: ListingGuideInput): Promise<BuiltPdf> => {
		const t = useTranslations(input.locale);
		return buildListingGuide(
			input,
			t(`pdf.${kind}.subject`),
			t(`pdf.${kind}.subtitle`),
			input.intro,
		);
	};
}

export const buildAccommodationGuide = listingGuideOf('accommodation');
export const buildGastronomyBooklet = listingGuideOf('gastronomy');
