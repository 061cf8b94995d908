/**
 * The parts of a Geotrek trek that point elsewhere: its themes, labels, networks and route (ids
 * of the reference endpoints), its photos (attachments), its communes (INSEE codes → the site's
 * villages), its information desks (→ the office's bureaux) and its duration. Pure: each rule
 * gives the hike's field and the warnings of what it left out.
 */
import { distanceInMetres } from '../geo/distance';
import { plainText } from '../datatourisme/text';
import type { Translated, TrekProblem, TrekVillage } from './map-trek';

/** A reference list entry: themes and networks have a `label`, labels a `name`, routes a `route`. */
export interface ReferenceEntry {
	id: number;
	label?: Translated;
	name?: Translated | string;
	route?: Translated;
	advice?: Translated;
}

/** An information desk of `/api/v2/informationdesk/`. */
export interface InformationDesk {
	id: number;
	name?: Translated | string;
	municipality?: string | null;
	postal_code?: string | null;
	latitude?: number | null;
	longitude?: number | null;
}

/** An attachment of a trek. */
export interface Attachment {
	type?: string;
	url?: string;
	author?: string | null;
	license?: string | null;
	legend?: string | null;
	title?: string | null;
}

/** One of the office's bureaux, as a desk is matched to it. */
export interface TrekOffice {
	id: string;
	locality: string;
	location: { lat: number; lon: number };
}

export type Bilingual = { fr: string; en: string };

/** A desk within this distance of a bureau is that bureau. */
export const DESK_TOLERANCE_METRES = 300;

const normalised = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** A translated name as French and English text; English falls back to French. */
export function bilingual(value: Translated | string | undefined): Bilingual | undefined {
	if (typeof value === 'string') {
		const text = plainText(value).trim();
		return text ? { fr: text, en: text } : undefined;
	}
	const fr = typeof value?.['fr'] === 'string' ? plainText(value['fr']).trim() : '';
	const en = typeof value?.['en'] === 'string' ? plainText(value['en']).trim() : '';
	return fr ? { fr, en: en || fr } : undefined;
}

/** Ids resolved through a reference list, with a warning for each id the list lacks. */
function resolved(
	field: string,
	ids: number[] | undefined,
	list: ReferenceEntry[],
	warnings: TrekProblem[],
): ReferenceEntry[] {
	return (ids ?? []).flatMap((id) => {
		const entry = list.find((candidate) => candidate.id === id);
		if (!entry)
			warnings.push({ field, reason: `${field} ${id} is not in Geotrek's list: left out` });
		return entry ? [entry] : [];
	});
}

/** The site's themes a Geotrek theme belongs to, by the words of its French name. */
const THEME_WORDS: [string, RegExp][] = [
	[
		'nature',
		/faune|flore|g[ée]olog|nature|paysage|point de vue|sommet|lac|cascade|rivi[èe]re|for[êe]t/i,
	],
	['unesco', /pastoral|unesco|patrimoine mondial|causses/i],
	['famille', /famille|enfant/i],
	['gastronomie', /gastronom|terroir|produits?/i],
];

/** The site's themes: hiking always, and those Geotrek's themes name. */
export function themesOf(
	ids: number[] | undefined,
	list: ReferenceEntry[],
	warnings: TrekProblem[],
): string[] {
	const themes = new Set(['randonnee']);
	for (const entry of resolved('themes', ids, list, warnings)) {
		const name = bilingual(entry.label ?? entry.name)?.fr ?? `theme ${entry.id}`;
		const matches = THEME_WORDS.filter(([, words]) => words.test(name)).map(([theme]) => theme);
		if (matches.length === 0)
			warnings.push({
				field: 'themes',
				reason: `"${name}" is none of the site's themes: left out`,
			});
		for (const theme of matches) themes.add(theme);
	}
	return [...themes];
}

/** Labels with their advice ("En cœur de parc": the rules of the park's core). */
export function labelsOf(
	ids: number[] | undefined,
	list: ReferenceEntry[],
	warnings: TrekProblem[],
): { name: Bilingual; advice?: Bilingual }[] {
	return resolved('labels', ids, list, warnings).flatMap((entry) => {
		const name = bilingual(entry.name ?? entry.label);
		if (!name) return [];
		const advice = bilingual(entry.advice);
		return [advice ? { name, advice } : { name }];
	});
}

/** Networks by name ("GR", "PR", "VTT"). */
export function networksOf(
	ids: number[] | undefined,
	list: ReferenceEntry[],
	warnings: TrekProblem[],
): string[] {
	return resolved('networks', ids, list, warnings).flatMap((entry) => {
		const name = bilingual(entry.label ?? entry.name)?.fr;
		return name ? [name] : [];
	});
}

/** The route's kind as Geotrek names it (Boucle, Aller-retour, Traversée). */
export function routeOf(
	id: number | null | undefined,
	list: ReferenceEntry[],
	warnings: TrekProblem[],
): Bilingual | undefined {
	if (id === null || id === undefined) return undefined;
	const [entry] = resolved('route', [id], list, warnings);
	return bilingual(entry?.route ?? entry?.label);
}

/** A photo in the shape every outside source's photos take (`src/schemas/photo.ts`). */
export interface RemotePhoto {
	url: string;
	credit?: string;
	license?: string;
	caption?: { fr?: string; en?: string };
}

/**
 * The photos among the attachments, with their author as the credit, their licence and their
 * legend as the caption (Geotrek gives it in the answer's language: French); videos and files
 * are left out.
 */
export function photosOf(
	attachments: Attachment[] | undefined,
	warnings: TrekProblem[],
): RemotePhoto[] {
	return (attachments ?? []).flatMap((attachment) => {
		if (attachment.type !== 'image') return [];
		const url = attachment.url ?? '';
		if (!/^https?:\/\//.test(url)) {
			warnings.push({
				field: 'attachments',
				reason: `a photo without a web address (${url || 'none'}): left out`,
			});
			return [];
		}
		const photo: RemotePhoto = { url };
		const credit = plainText(attachment.author ?? '').trim();
		const license = plainText(attachment.license ?? '').trim();
		const legend = plainText(attachment.legend ?? '').trim();
		if (credit) photo.credit = credit;
		if (license) photo.license = license;
		if (legend) photo.caption = { fr: legend };
		if (!credit || !license)
			warnings.push({
				field: 'attachments',
				reason: `the photo ${url} has no ${credit ? 'licence' : 'author'}`,
			});
		return [photo];
	});
}

/** The site's villages among the trek's communes, in Geotrek's order. */
export function villagesOf(cities: string[] | undefined, villages: TrekVillage[]): TrekVillage[] {
	return (cities ?? []).flatMap((insee) => villages.filter((village) => village.insee === insee));
}

/** The office's bureaux among the trek's information desks: same place, or the same town. */
export function officesOf(
	ids: number[] | undefined,
	desks: InformationDesk[],
	offices: TrekOffice[],
	warnings: TrekProblem[],
): string[] {
	const found = new Set<string>();
	for (const id of ids ?? []) {
		const desk = desks.find((candidate) => candidate.id === id);
		const name = bilingual(desk?.name)?.fr ?? `desk ${id}`;
		const office = desk
			? offices.find(
					(candidate) =>
						(typeof desk.latitude === 'number' &&
							typeof desk.longitude === 'number' &&
							distanceInMetres(candidate.location, { lat: desk.latitude, lon: desk.longitude }) <=
								DESK_TOLERANCE_METRES) ||
						(desk.municipality && normalised(desk.municipality) === normalised(candidate.locality)),
				)
			: undefined;
		if (office) found.add(office.id);
		else
			warnings.push({
				field: 'information_desks',
				reason: `${name} is not one of the office's bureaux: the page names the nearest ones`,
			});
	}
	return [...found];
}

/** Geotrek's duration (hours) in minutes, when it is a positive number. */
export function durationOf(hours: number | null | undefined): number | undefined {
	return typeof hours === 'number' && hours > 0 ? Math.round(hours * 60) : undefined;
}
