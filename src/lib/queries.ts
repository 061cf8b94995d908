/**
 * Content queries that several pages share. Collections are sorted here once, so pages
 * and components receive them in display order.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
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
