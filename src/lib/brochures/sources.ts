/**
 * Gathers each brochure's content from the collections, in one language, and builds its PDF once
 * per build: the download endpoints and the brochures page (which shows each file's size and
 * page count) share the same bytes.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { BrochureContent } from '../../schemas/brochure';
import { KINDS_BY_CATEGORY, type ProviderCategory } from '../datatourisme/vocabulary';
import { communeOf } from '../geo/communes';
import { formatDistance } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import { useTranslations, type Translate } from '../i18n/ui';
import { kindName } from '../providers/present';
import { organisation } from '../organisation';
import { partnership } from '../partnership';
import { formatPhoneFor } from '../phone';
import { getHikes, getOffices, getSectors, getVillages } from '../queries';
import { pageCopy } from '../content/page-copy';
import { destinationGuide } from './destination-sources';
import type { BuiltPdf } from './pdf-writer';
import { coverPhoto, memberPhoto } from './photo-sources';
import {
	BROCHURE_BUILDERS,
	buildPartnershipGuide,
	holdsSampleData,
	type CommonInput,
	type Listing,
	type Office,
} from './builders';

const SITE = import.meta.env.SITE ?? 'https://www.cevennes-montlozere.com';

const absolute = (path: string) => new URL(path, SITE).href;

/** The build's day, so that a file's metadata does not change within a day's builds. */
const buildDate = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);

async function common(locale: Locale, pageUrl: string): Promise<CommonInput> {
	const t = useTranslations(locale);
	const [offices, hero] = await Promise.all([getOffices(), coverPhoto(locale, t)]);
	return {
		locale,
		date: buildDate,
		pageUrl,
		coverPhoto: hero,
		contacts: {
			name: organisation.name,
			phone: formatPhoneFor(organisation.phone, locale),
			email: organisation.email,
			website: absolute(pathTo({ route: 'home' }, locale)),
		},
		offices: offices.map((office): Office => ({
			name: office.data.title[locale],
			address: `${office.data.address.street}, ${office.data.address.postalCode} ${office.data.address.locality}`,
			services: office.data.services
				.filter((service) => service !== 'events-programme')
				.map((service) => t(`service.${service}`)),
			location: office.data.location,
		})),
	};
}

function listingOf(
	provider: CollectionEntry<'providers'>,
	villageName: Map<string, string>,
	locale: Locale,
	t: Translate,
): Listing {
	const data = provider.data;
	const text = (value: { fr: string; en?: string | undefined } | undefined) =>
		value ? (locale === 'en' ? (value.en ?? value.fr) : value.fr) : '';
	return {
		name: data.name,
		kind: kindName(data.kinds[0] ?? '', t),
		village: villageName.get(data.village.id) ?? data.village.id,
		summary: text(data.summary),
		details: [
			...(data.capacity ? [t('pdf.capacity', { count: data.capacity })] : []),
			...(data.labels.length > 0 ? [data.labels.map((label) => text(label.name)).join(', ')] : []),
			...(data.openingText ? [text(data.openingText)] : []),
		],
		phones: data.contact.phones.map((phone) => formatPhoneFor(phone, locale)),
		email: data.contact.email,
		website: data.contact.url,
		location: data.location,
		sample: data.sample,
		photo: memberPhoto(provider, t),
	};
}

/** The members of some categories as sections: one per kind, in the filters' order. */
async function listingSections(
	categories: ProviderCategory[],
	locale: Locale,
	t: Translate,
): Promise<{ heading: string; listings: Listing[] }[]> {
	const [providers, villages] = await Promise.all([getCollection('providers'), getVillages()]);
	const villageName = new Map(villages.map((village) => [village.id, village.data.name]));
	const collator = new Intl.Collator(locale, { sensitivity: 'base' });
	return categories.flatMap((category) =>
		(KINDS_BY_CATEGORY[category] as readonly string[]).flatMap((kind) => {
			const listings = providers
				.filter(
					(provider) => provider.data.category === category && provider.data.kinds[0] === kind,
				)
				.map((provider) => listingOf(provider, villageName, locale, t))
				.sort((a, b) => collator.compare(a.village, b.village) || collator.compare(a.name, b.name));
			return listings.length > 0 ? [{ heading: kindName(kind, t), listings }] : [];
		}),
	);
}

type Gatherers = {
	[K in BrochureContent]: (
		base: CommonInput & { title: string },
		t: Translate,
	) => Promise<Parameters<(typeof BROCHURE_BUILDERS)[K]>[0]>;
};

const GATHER: Gatherers = {
	'destination-guide': destinationGuide,
	'tourist-map': async (base, t) => {
		const locale = base.locale;
		const [sectors, villages, hikes] = await Promise.all([getSectors(), getVillages(), getHikes()]);
		const activities = (await listingSections(['activity'], locale, t)).flatMap(
			(section) => section.listings,
		);
		return {
			...base,
			sectors: sectors.map((sector) => ({ id: sector.id, name: sector.data.name })),
			communes: villages.map((village) => ({
				id: village.id,
				sector: village.data.sector.id,
				geometry: communeOf(village.data.insee).geometry,
			})),
			villages: villages.map((village) => ({
				name: village.data.name,
				location: village.data.location,
			})),
			hikes: hikes.map((hike) => ({
				title: hike.data.title[locale],
				start: hike.data.startName,
				location: hike.data.start,
				distance: formatDistance(hike.data.track.lengthMetres, locale),
				duration: t('pdf.duration', {
					hours: Math.floor(hike.data.track.durationMinutes / 60),
					minutes: String(hike.data.track.durationMinutes % 60).padStart(2, '0'),
				}),
			})),
			activities,
		};
	},
	'accommodation-guide': async (base, t) => ({
		...base,
		intro: (await pageCopy('brochure-pdf', base.locale)).accommodationIntro,
		sections: await listingSections(['accommodation'], base.locale, t),
	}),
	gastronomy: async (base, t) => ({
		...base,
		intro: (await pageCopy('brochure-pdf', base.locale)).gastronomyIntro,
		sections: await listingSections(['producer', 'restaurant'], base.locale, t),
	}),
	'village-plans': async (base, t) => {
		const locale = base.locale;
		const [villages, copy] = await Promise.all([getVillages(), pageCopy('brochure-pdf', locale)]);
		return {
			...base,
			intro: copy.plansIntro,
			villages: villages
				.filter((village) => village.data.services.length > 0 || village.data.walk)
				.map((village) => ({
					name: village.data.name,
					commune: communeOf(village.data.insee).geometry,
					centre: village.data.location,
					servicesAreSample: village.data.servicesAreSample,
					services: village.data.services.map((service) => ({
						kind: t(`village.service.${service.kind}`),
						name: service.name,
						where: service.where?.[locale],
						location: service.location,
					})),
					walk: village.data.walk && {
						title: village.data.walk.title[locale],
						summary: village.data.walk.summary[locale],
						sample: village.data.walk.sample,
						steps: village.data.walk.steps.map((step) => ({
							name: step.name[locale],
							description: step.description[locale],
							location: step.location,
						})),
					},
				})),
		};
	},
};

const built = new Map<string, Promise<BuiltPdf>>();

/** A brochure's file, and whether it holds sample data. */
export type BrochureFile = BuiltPdf & { sample: boolean };

const files = new Map<string, Promise<BrochureFile>>();

/** The PDF of a brochure in a language, built once per build. */
export function brochurePdf(
	brochure: CollectionEntry<'brochures'>,
	locale: Locale,
): Promise<BrochureFile> {
	const key = `${brochure.id}/${locale}`;
	let pdf = files.get(key);
	if (!pdf) {
		pdf = (async () => {
			const t = useTranslations(locale);
			const content = brochure.data.content;
			const base = {
				...(await common(locale, absolute(pathTo({ route: 'brochures' }, locale)))),
				title: brochure.data.title[locale],
			};
			const input = await GATHER[content](base, t);
			const file = await (BROCHURE_BUILDERS[content] as (value: typeof input) => Promise<BuiltPdf>)(
				input,
			);
			return { ...file, sample: holdsSampleData(input) };
		})();
		files.set(key, pdf);
	}
	return pdf;
}

/** The partnership guide of the partners' space, built once per build and language. */
export function partnershipGuidePdf(locale: Locale): Promise<BuiltPdf> {
	const key = `partnership/${locale}`;
	let pdf = built.get(key);
	if (!pdf) {
		pdf = (async () => {
			const t = useTranslations(locale);
			const base = await common(locale, absolute(pathTo({ route: 'pro' }, locale)));
			const text = partnership(locale);
			return buildPartnershipGuide({
				...base,
				title: t('pro.guideTitle'),
				...text,
				members: Object.entries(organisation.members)
					.map(([year, count]) => ({ year, count }))
					.sort((a, b) => a.year.localeCompare(b.year)),
			});
		})();
		built.set(key, pdf);
	}
	return pdf;
}
