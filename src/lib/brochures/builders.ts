/**
 * The brochures' PDFs, compiled from the site's own content in the visitor's language: the
 * destination guide (sectors, villages, themes, offices), the tourist map (commune boundaries,
 * villages, offices, walks, activities), the accommodation guide and the food booklet (the
 * members' feed), the village plans (each village's shops, services and heritage walk), and the
 * partnership guide of the partners' space (the quality manual's commitments).
 *
 * Each builder takes plain, already translated data (src/lib/brochures/sources.ts gathers it from
 * the collections), so that tests run them directly and read the bytes back with pdf.js.
 */
import type { BrochureContent } from '../../schemas/brochure';
import type { AreaGeometry } from '../geo/polygon';
import { boundsOf, padBounds } from '../geo/polygon';
import { buildStaticMap, type MapArea, type MapPoint } from '../geo/static-map';
import type { GeoPoint } from '../geo/territory';
import type { Locale } from '../i18n/locales';
import { useTranslations, type Translate } from '../i18n/ui';
import { BrochureWriter, type BuiltPdf, type PageSize } from './pdf-writer';

/** The office's contacts, printed in every footer and on the back of the cover. */
export interface OfficeContacts {
	name: string;
	/** The single phone number as people read it in this language. */
	phone: string;
	email: string;
	/** The site's home page in this language. */
	website: string;
}

export interface Office {
	name: string;
	/** Street, postcode and locality on one line. */
	address: string;
	/** What the office offers, in words (free Wi-Fi, shop, 24-hour kiosk…). */
	services: string[];
	location: GeoPoint;
}

export interface Highlight {
	name: string;
	description: string;
}

export interface Listing {
	name: string;
	/** Its kind in words ("B&B", "Cheese"), used to group listings. */
	kind: string;
	village: string;
	summary: string;
	/** Further lines: capacity, labels, opening, prices. */
	details: string[];
	phones: string[];
	email?: string | undefined;
	website?: string | undefined;
	location: GeoPoint;
	sample: boolean;
}

export interface CommonInput {
	locale: Locale;
	contacts: OfficeContacts;
	offices: Office[];
	/** Written into the file (creation date): the build's date. */
	date: Date;
	/** The page of the brochure on the site, printed on the cover. */
	pageUrl: string;
}

export interface DestinationGuideInput extends CommonInput {
	title: string;
	sectors: {
		name: string;
		summary: string;
		portrait: string[];
		landscapes: Highlight[];
		heritage: Highlight[];
		villages: { name: string; summary: string; whatToSee: Highlight[] }[];
	}[];
	themes: { name: string; introduction: string[]; highlights: Highlight[] }[];
}

export interface TouristMapInput extends CommonInput {
	title: string;
	/** Every commune of the territory, by sector. */
	communes: { id: string; sector: string; geometry: AreaGeometry }[];
	sectors: { id: string; name: string }[];
	villages: { name: string; location: GeoPoint }[];
	hikes: { title: string; start: string; location: GeoPoint; distance: string; duration: string }[];
	activities: Listing[];
}

export interface ListingGuideInput extends CommonInput {
	title: string;
	/** One section per group (a category, then its kinds in order). */
	sections: { heading: string; listings: Listing[] }[];
}

export interface VillagePlansInput extends CommonInput {
	title: string;
	villages: {
		name: string;
		commune: AreaGeometry;
		centre: GeoPoint;
		services: {
			kind: string;
			name?: string | undefined;
			where?: string | undefined;
			location: GeoPoint;
		}[];
		servicesAreSample: boolean;
		walk?:
			| {
					title: string;
					summary: string;
					steps: { name: string; description: string; location: GeoPoint }[];
					sample: boolean;
			  }
			| undefined;
	}[];
}

export interface PartnershipGuideInput extends CommonInput {
	title: string;
	introduction: string[];
	commitments: string[];
	expectations: string[];
	offers: { title: string; text: string }[];
	members: { year: string; count: number }[];
	join: string[];
	listing: string[];
	network: string[];
}

async function writerFor(input: CommonInput, title: string, subject: string, size: PageSize) {
	return BrochureWriter.create(
		{
			title,
			subject,
			author: input.contacts.name,
			language: input.locale === 'fr' ? 'fr-FR' : 'en-GB',
			keywords: ['Cévennes', 'Mont Lozère', input.contacts.name],
			date: input.date,
		},
		size,
	);
}

function cover(
	writer: BrochureWriter,
	input: CommonInput,
	t: Translate,
	title: string,
	subtitle: string,
) {
	writer.cover({
		kicker: t('pdf.kicker'),
		title,
		subtitle,
		publisher: input.contacts.name,
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
function officesSection(writer: BrochureWriter, input: CommonInput, t: Translate) {
	writer.heading(t('pdf.offices.heading'), 1);
	writer.paragraph(
		t('pdf.offices.lead', { phone: input.contacts.phone, email: input.contacts.email }),
	);
	for (const office of input.offices)
		writer.entry(office.name, [office.address, office.services.join(' · ')]);
}

function finish(writer: BrochureWriter, input: CommonInput, t: Translate) {
	return writer.finish({
		contact: `${input.contacts.name} · ${input.contacts.phone} · ${input.contacts.email} · ${input.contacts.website}`,
		url: input.contacts.website,
		pageLabel: (page, count) => t('pdf.page', { page, count }),
	});
}

function listingLines(listing: Listing, t: Translate): string[] {
	return [
		`${listing.kind} · ${listing.village}`,
		listing.summary,
		...listing.details,
		...(listing.phones.length > 0 ? [t('pdf.phone', { phone: listing.phones.join(', ') })] : []),
		...(listing.email ? [listing.email] : []),
		...(listing.website ? [listing.website] : []),
	].filter((line) => line.trim() !== '');
}

export async function buildDestinationGuide(input: DestinationGuideInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.destination.subject'), 'A5');
	cover(writer, input, t, input.title, t('pdf.destination.subtitle'));
	writer.newPage();
	writer.heading(t('pdf.destination.welcome'), 1);
	writer.paragraph(t('pdf.destination.intro', { offices: input.offices.length }));
	writer.heading(t('pdf.contents'), 2);
	for (const sector of input.sectors) writer.bullet(sector.name);
	writer.bullet(t('pdf.destination.themes'));
	writer.bullet(t('pdf.offices.heading'));
	for (const sector of input.sectors) {
		writer.newPage();
		writer.heading(sector.name, 1);
		writer.text(sector.summary, { style: 'italic', after: 8 });
		for (const paragraph of sector.portrait) writer.paragraph(paragraph);
		if (sector.landscapes.length > 0) {
			writer.heading(t('pdf.destination.landscapes'), 2);
			for (const item of sector.landscapes) writer.entry(item.name, [item.description]);
		}
		if (sector.heritage.length > 0) {
			writer.heading(t('pdf.destination.heritage'), 2);
			for (const item of sector.heritage) writer.entry(item.name, [item.description]);
		}
		writer.heading(t('pdf.destination.villages'), 2);
		for (const village of sector.villages)
			writer.entry(village.name, [
				village.summary,
				...village.whatToSee.map((item) =>
					t('pdf.highlight', { name: item.name, description: item.description }),
				),
			]);
	}
	writer.newPage();
	writer.heading(t('pdf.destination.themes'), 1);
	for (const theme of input.themes) {
		writer.heading(theme.name, 2);
		for (const paragraph of theme.introduction) writer.paragraph(paragraph);
		for (const item of theme.highlights) writer.entry(item.name, [item.description]);
	}
	writer.newPage();
	officesSection(writer, input, t);
	return finish(writer, input, t);
}

export async function buildTouristMap(input: TouristMapInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.map.subject'), 'A4');
	cover(writer, input, t, input.title, t('pdf.map.subtitle'));
	const areas: MapArea[] = input.communes.map((commune) => ({
		id: commune.id,
		geometry: commune.geometry,
		tone: commune.sector,
	}));
	const points: MapPoint[] = [
		...input.villages.map((village, index) => ({
			id: `village-${index}`,
			point: village.location,
			kind: 'village',
			label: village.name,
		})),
		...input.offices.map((office, index) => ({
			id: `office-${index}`,
			point: office.location,
			kind: 'office',
			badge: String(index + 1),
		})),
		...input.hikes.map((hike, index) => ({
			id: `hike-${index}`,
			point: hike.location,
			kind: 'hike',
			badge:
				String.fromCharCode(65 + (index % 26)) +
				(index >= 26 ? String(Math.floor(index / 26)) : ''),
		})),
	];
	const model = buildStaticMap(areas, points, {
		width: writer.column,
		maxHeight: 560,
		marginMetres: 800,
		fontSize: 7,
		markerRadius: 6,
	});
	writer.newPage();
	writer.heading(input.title, 1, 0);
	writer.map(model, {
		tones: input.sectors.map((sector) => sector.id),
		caption: t('pdf.map.caption'),
	});
	writer.heading(t('pdf.map.legend'), 2, 20);
	writer.text(
		[
			t('pdf.map.legendOffices'),
			t('pdf.map.legendHikes'),
			t('pdf.map.legendSectors', {
				sectors: input.sectors.map((sector) => sector.name).join(', '),
			}),
		].join('\n'),
		{ size: 9 },
	);
	writer.newPage();
	writer.heading(t('pdf.offices.heading'), 1);
	writer.paragraph(
		t('pdf.offices.lead', { phone: input.contacts.phone, email: input.contacts.email }),
	);
	input.offices.forEach((office, index) =>
		writer.entry(`${index + 1}. ${office.name}`, [office.address, office.services.join(' · ')]),
	);
	if (input.hikes.length > 0) {
		writer.heading(t('pdf.map.hikes'), 1);
		input.hikes.forEach((hike, index) => {
			const badge = points.find((point) => point.id === `hike-${index}`)?.badge ?? '';
			writer.entry(`${badge}. ${hike.title}`, [
				t('pdf.map.hikeStart', {
					start: hike.start,
					distance: hike.distance,
					duration: hike.duration,
				}),
			]);
		});
	}
	if (input.activities.length > 0) {
		writer.heading(t('pdf.map.activities'), 1);
		if (input.activities.some((listing) => listing.sample)) writer.note(t('pdf.sampleListings'));
		for (const listing of input.activities)
			writer.entry(listingName(listing, t), listingLines(listing, t));
	}
	return finish(writer, input, t);
}

async function buildListingGuide(
	input: ListingGuideInput,
	subject: string,
	subtitle: string,
	intro: string,
): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, subject, 'A5');
	cover(writer, input, t, input.title, subtitle);
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
	for (const section of input.sections) {
		writer.newPage();
		writer.heading(section.heading, 1);
		for (const listing of section.listings)
			writer.entry(listingName(listing, t), listingLines(listing, t));
	}
	writer.newPage();
	officesSection(writer, input, t);
	return finish(writer, input, t);
}

export function buildAccommodationGuide(input: ListingGuideInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	return buildListingGuide(
		input,
		t('pdf.accommodation.subject'),
		t('pdf.accommodation.subtitle'),
		t('pdf.accommodation.intro'),
	);
}

export function buildGastronomyBooklet(input: ListingGuideInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	return buildListingGuide(
		input,
		t('pdf.gastronomy.subject'),
		t('pdf.gastronomy.subtitle'),
		t('pdf.gastronomy.intro'),
	);
}

/** Letters for the walk's stops (A, B, C…), numbers for shops and services. */
const stopLetter = (index: number) => String.fromCharCode(65 + (index % 26));

export async function buildVillagePlans(input: VillagePlansInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.plans.subject'), 'A4');
	cover(writer, input, t, input.title, t('pdf.plans.subtitle'));
	writer.newPage();
	writer.heading(input.title, 1);
	writer.paragraph(t('pdf.plans.intro'));
	writer.heading(t('pdf.contents'), 2);
	for (const village of input.villages) writer.bullet(village.name);
	for (const village of input.villages) {
		writer.newPage();
		writer.heading(village.name, 1, 0);
		const services: MapPoint[] = village.services.map((service, index) => ({
			id: `service-${index}`,
			point: service.location,
			kind: 'service',
			badge: String(index + 1),
		}));
		const stops: MapPoint[] = (village.walk?.steps ?? []).map((step, index) => ({
			id: `stop-${index}`,
			point: step.location,
			kind: 'office',
			badge: stopLetter(index),
		}));
		const centre: MapPoint = {
			id: 'centre',
			point: village.centre,
			kind: 'village',
			label: village.name,
		};
		const located = [...services, ...stops].map((point) => point.point);
		const frame = padBounds(
			boundsOf([], located.length > 0 ? located : [village.centre]),
			120,
			700,
		);
		const model = buildStaticMap(
			[{ id: 'commune', geometry: village.commune, tone: 'focus' }],
			[centre, ...services, ...stops],
			{
				width: writer.column,
				// A plan with a point or two needs no full half-page.
				maxHeight: located.length <= 2 ? 220 : 330,
				frame,
				fontSize: 7,
				markerRadius: 6,
				lines: village.walk ? [village.walk.steps.map((step) => step.location)] : [],
			},
		);
		writer.map(model, { tones: ['focus'], caption: t('pdf.plans.caption') });
		if (village.services.length > 0) {
			writer.heading(t('pdf.plans.services'), 2, 30);
			if (village.servicesAreSample) writer.note(t('pdf.plans.sample'));
			village.services.forEach((service, index) =>
				writer.text(
					`${index + 1}. ${[service.kind, service.name, service.where].filter(Boolean).join(' · ')}`,
					{ size: 9.5, after: 2 },
				),
			);
		}
		if (village.walk) {
			writer.heading(village.walk.title, 2, 40);
			if (village.walk.sample) writer.note(t('pdf.plans.sampleWalk'));
			writer.paragraph(village.walk.summary);
			village.walk.steps.forEach((step, index) =>
				writer.entry(`${stopLetter(index)}. ${step.name}`, [step.description]),
			);
		}
	}
	writer.newPage();
	officesSection(writer, input, t);
	return finish(writer, input, t);
}

export async function buildPartnershipGuide(input: PartnershipGuideInput): Promise<BuiltPdf> {
	const t = useTranslations(input.locale);
	const writer = await writerFor(input, input.title, t('pdf.partnership.subject'), 'A5');
	cover(writer, input, t, input.title, t('pdf.partnership.subtitle'));
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
