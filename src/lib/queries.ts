/**
 * Content queries that several pages share. Collections are sorted here once, so pages
 * and components receive them in display order.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { variantsOf, type IllustrationVariant } from './illustration-variants';
import { collator } from './i18n/intl';
import { organisation } from './organisation';

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

export async function getOffices(): Promise<CollectionEntry<'offices'>[]> {
	return (await getCollection('offices')).sort(byOrder);
}

export async function getHeadOffice(): Promise<CollectionEntry<'offices'>> {
	const office = await getEntry('offices', organisation.headOffice);
	if (!office) {
		throw new Error(
			`content/organisation.json: headOffice "${organisation.headOffice}" is not an office in content/offices/`,
		);
	}
	return office;
}

export async function getSectors(): Promise<CollectionEntry<'sectors'>[]> {
	return (await getCollection('sectors')).sort(byOrder);
}

export async function getThemes(): Promise<CollectionEntry<'themes'>[]> {
	return (await getCollection('themes')).sort(byOrder);
}

export async function getVillage(id: string): Promise<CollectionEntry<'villages'>> {
	const village = await getEntry('villages', id);
	if (!village) throw new Error(`Unknown village "${id}"`);
	return village;
}

/**
 * An editorial page in a language. Both languages are required: a page present in one
 * language and missing in the other fails the build, naming the missing file.
 */
export async function getPage(key: string, locale: 'fr' | 'en'): Promise<CollectionEntry<'pages'>> {
	const page = await getEntry('pages', `${locale}/${key}`);
	if (!page) {
		throw new Error(
			`Missing translation: content/pages/${locale}/${key}.md does not exist (every page needs content/pages/fr/${key}.md and content/pages/en/${key}.md)`,
		);
	}
	return page;
}

/**
 * A query's answer computed once per build and shared by every page that asks (a collection does
 * not change while a build renders; during development it may, so it is asked again each time).
 * Pages read the shared arrays and never change them.
 */
function oncePerBuild<T>(query: () => Promise<T>): () => Promise<T> {
	let answer: Promise<T> | undefined;
	return () => (import.meta.env.PROD ? (answer ??= query()) : query());
}

const frenchNames = collator('fr', { sensitivity: 'base' });

/** Every village, in alphabetical order. */
export const getVillages: () => Promise<CollectionEntry<'villages'>[]> = oncePerBuild(async () =>
	(await getCollection('villages')).sort((a, b) => frenchNames.compare(a.data.name, b.data.name)),
);

/** The editorial experiences, in the office's order. */
export async function getExperiences(): Promise<CollectionEntry<'experiences'>[]> {
	return (await getCollection('experiences')).sort(byOrder);
}

/** Every hike, in title order (French collation). */
export async function getHikes(): Promise<CollectionEntry<'hikes'>[]> {
	return (await getCollection('hikes')).sort((a, b) =>
		frenchNames.compare(a.data.title.fr, b.data.title.fr),
	);
}

/** Every multi-day itinerary (the Chemin de Stevenson). */
export async function getItineraries(): Promise<CollectionEntry<'itineraries'>[]> {
	return getCollection('itineraries');
}

/** The stages of an itinerary, in walking order. */
export async function getStages(
	itinerary: CollectionEntry<'itineraries'>,
): Promise<CollectionEntry<'hikes'>[]> {
	return Promise.all(
		itinerary.data.stages.map(async (stage) => {
			const hike = await getEntry(stage);
			if (!hike) {
				throw new Error(
					`content/itineraries/${itinerary.id}.yaml: stage "${stage.id}" is not a hike`,
				);
			}
			return hike;
		}),
	);
}

/** The itinerary a hike is a stage of, with its position (1-based), if any. */
export async function getItineraryOf(
	hikeId: string,
): Promise<{ itinerary: CollectionEntry<'itineraries'>; number: number } | undefined> {
	for (const itinerary of await getItineraries()) {
		const index = itinerary.data.stages.findIndex((stage) => stage.id === hikeId);
		if (index >= 0) return { itinerary, number: index + 1 };
	}
	return undefined;
}

type ProviderCategory = CollectionEntry<'providers'>['data']['category'];

const allProviders = oncePerBuild(async () =>
	(await getCollection('providers')).sort((a, b) => frenchNames.compare(a.data.name, b.data.name)),
);

/** Every provider of the feed, or those of one category, in name order (French collation). */
export async function getProviders(
	category?: ProviderCategory,
): Promise<CollectionEntry<'providers'>[]> {
	const providers = await allProviders();
	return category
		? providers.filter((provider) => provider.data.category === category)
		: [...providers];
}

let illustrationVariants: Promise<Map<string, IllustrationVariant>> | undefined;

/**
 * The variant of its drawing a sector, village, theme or experience is shown with
 * (src/lib/illustration-variants.ts): computed once over every place that shows a drawing.
 */
export async function getIllustrationVariant(
	collection: 'sectors' | 'villages' | 'themes' | 'experiences',
	id: string,
): Promise<IllustrationVariant | undefined> {
	illustrationVariants ??= (async () => {
		const [sectors, villages, themes, experiences] = await Promise.all([
			getCollection('sectors'),
			getCollection('villages'),
			getCollection('themes'),
			getCollection('experiences'),
		]);
		const sectorDrawing = new Map(sectors.map((sector) => [sector.id, sector.data.illustration]));
		return variantsOf([
			...sectors.map((entry) => ({
				key: `sectors/${entry.id}`,
				illustration: entry.data.illustration,
			})),
			...themes.map((entry) => ({
				key: `themes/${entry.id}`,
				illustration: entry.data.illustration,
			})),
			...experiences.map((entry) => ({
				key: `experiences/${entry.id}`,
				illustration: entry.data.illustration,
			})),
			...villages.map((entry) => ({
				key: `villages/${entry.id}`,
				illustration: entry.data.illustration ?? sectorDrawing.get(entry.data.sector.id) ?? '',
			})),
		]);
	})();
	return (await illustrationVariants).get(`${collection}/${id}`);
}
