/**
 * The brochures' PDFs, compiled from the site's own content in the visitor's language: the
 * destination guide (sectors, villages, themes, offices, with the office's photos and the site's
 * maps), the tourist map (commune boundaries, villages, offices, walks, activities), the
 * accommodation guide and the food booklet (the members' feed, with their photos), the village
 * plans (each village's shops, services and heritage walk), and the partnership guide of the
 * partners' space (the quality manual's commitments).
 *
 * Each builder takes plain, already translated data (inputs.ts; sources.ts gathers it from the
 * collections), so that tests run them directly and read the bytes back with pdf.js.
 */
import type { BrochureContent } from '../../schemas/brochure';
import { useTranslations } from '../i18n/ui';
import { cover, finish, officesSection, writerFor } from './brochure-parts';
import { buildDestinationGuide } from './destination-guide';
import type {
	DestinationGuideInput,
	ListingGuideInput,
	PartnershipGuideInput,
	TouristMapInput,
	VillagePlansInput,
} from './inputs';
import { buildAccommodationGuide, buildGastronomyBooklet } from './listing-guides';
import { buildTouristMap, buildVillagePlans } from './map-brochures';
import type { BuiltPdf } from './pdf-writer';

export type * from './inputs';
export { listingName } from './brochure-parts';
export {
	buildAccommodationGuide,
	buildDestinationGuide,
	buildGastronomyBooklet,
	buildTouristMap,
	buildVillagePlans,
};

export async function buildPartnershipGuide(input: PartnershipGuideInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.partnership.subject'), 'A5');
	await cover(writer, input, t, input.title, t('pdf.partnership.subtitle'));
	writer.newPage();
	writer.heading(input.title, 1);
	for (const paragraph of input.introduction) writer.paragraph(paragraph);
	const latest = input.members.at(-1);
	if (latest) writer.note(t('pro.members', { count: latest.count, year: latest.year }));
	writer.heading(t('pro.commitments'), 2);
	for (const item of input.commitments) writer.bullet(item);
	writer.heading(t('pro.expectations'), 2);
	for (const item of input.expectations) writer.bullet(item);
	writer.heading(t('pro.offers'), 1);
	for (const offer of input.offers) writer.entry(offer.title, [offer.text]);
	writer.heading(t('pro.join'), 1);
	for (const paragraph of input.join) writer.paragraph(paragraph);
	writer.heading(t('pro.listing'), 1);
	for (const paragraph of input.listing) writer.paragraph(paragraph);
	writer.heading(t('pro.network'), 2);
	for (const item of input.network) writer.bullet(item);
	writer.heading(t('pro.memberCounts'), 2);
	for (const { year, count } of input.members) writer.bullet(t('pro.memberCount', { year, count }));
	writer.newPage();
	officesSection(writer, input, t);
	return finish(writer, input, t);
}

/**
 * Whether a brochure's input holds sample data (fictional members, sample village plans): the
 * PDF says so inside, and the brochures page beside its link.
 */
export function holdsSampleData(input: BrochureInputs[keyof BrochureInputs]): boolean {
	if ('sections' in input)
		return input.sections.some((section) => section.listings.some((listing) => listing.sample));
	if ('activities' in input) return input.activities.some((listing) => listing.sample);
	if ('villages' in input && 'title' in input && !('sectors' in input))
		return input.villages.some(
			(village) => village.servicesAreSample || Boolean(village.walk?.sample),
		);
	return false;
}

/** The builder of each brochure's content (content/brochures/*.yaml `content:`). */
export type BrochureInputs = {
	'destination-guide': DestinationGuideInput;
	'tourist-map': TouristMapInput;
	'accommodation-guide': ListingGuideInput;
	gastronomy: ListingGuideInput;
	'village-plans': VillagePlansInput;
};

export const BROCHURE_BUILDERS: {
	[K in BrochureContent]: (input: BrochureInputs[K]) => Promise<BuiltPdf>;
} = {
	'destination-guide': buildDestinationGuide,
	'tourist-map': buildTouristMap,
	'accommodation-guide': buildAccommodationGuide,
	gastronomy: buildGastronomyBooklet,
	'village-plans': buildVillagePlans,
};
