/**
 * Geotrek API v2 trek → hike entry (src/schemas/hike.ts), without the figures the build computes
 * from the track. Pure: the trek and the reference lists in, the entry (or the reasons it is
 * skipped) out.
 *
 * A trek is skipped when none of its communes (INSEE codes) is a village of the territory, when
 * it has no 3D geometry, when it has no French name or is not published in French. Texts are
 * Geotrek's HTML reduced to plain text (src/lib/datatourisme/text.ts). A text Geotrek has only in
 * French is shown in French on the English page too, with a warning. Geotrek's duration is the
 * hike's time, credited to the trek's publisher; without one, the DIN 33466 estimate from the
 * track. Themes, labels, networks, route, photos, communes and information desks go through
 * src/lib/geotrek/references.ts.
 */
import { entryIdFor } from '../datatourisme/map-provider';
import { cutText, MAX_DESCRIPTION_LENGTH, plainText, summaryOf } from '../datatourisme/text';
import { PAGE_TITLE_MAX } from '../../schemas/hike';
import {
	durationOf,
	labelsOf,
	networksOf,
	officesOf,
	photosOf,
	routeOf,
	themesOf,
	villagesOf,
	type Attachment,
	type InformationDesk,
	type ReferenceEntry,
	type TrekOffice,
} from './references';

/** A translated Geotrek field: `{ "fr": "…", "en": "…", "it": null }`. */
export type Translated = Record<string, string | null | undefined>;

/** What the mapping reads of a trek (the API gives more). */
export interface Trek {
	uuid?: string;
	id?: number;
	name?: Translated;
	description_teaser?: Translated;
	description?: Translated;
	ambiance?: Translated;
	advice?: Translated;
	gear?: Translated;
	access?: Translated;
	advised_parking?: Translated;
	public_transport?: Translated;
	accessibility_advice?: Translated;
	departure?: Translated;
	arrival?: Translated;
	departure_geom?: [number, number] | null;
	geometry?: { type: string; coordinates: number[][] } | null;
	cities?: string[];
	practice?: number | null;
	difficulty?: number | null;
	published?: Record<string, boolean>;
	themes?: number[];
	labels?: number[];
	networks?: number[];
	route?: number | null;
	/** Hours. */
	duration?: number | null;
	attachments?: Attachment[];
	/** Uuids of its steps, in walking order. */
	children?: string[];
	information_desks?: number[];
}

/** The reference lists the ids of a trek point to. */
export interface TrekReferences {
	practices: { id: number; name: Translated }[];
	difficulties: { id: number; cirkwi_level?: number | null; label: Translated }[];
	themes?: ReferenceEntry[];
	labels?: ReferenceEntry[];
	networks?: ReferenceEntry[];
	routes?: ReferenceEntry[];
	informationDesks?: InformationDesk[];
}

/** A village of the territory, with its sector, as the mapping places a trek. */
export interface TrekVillage {
	id: string;
	name: string;
	insee: string;
	sector: string;
}

export interface TrekProblem {
	field: string;
	reason: string;
}

export type TrekMapping =
	| {
			ok: true;
			id: string;
			sourceId: string;
			data: Record<string, unknown>;
			points: { lat: number; lon: number; ele: number }[];
			warnings: TrekProblem[];
	  }
	| { ok: false; sourceId: string; problems: TrekProblem[]; warnings: TrekProblem[] };

/** Practices of the site by words of Geotrek's French practice name. */
const PRACTICES: [string, RegExp][] = [
	['mountain-bike', /vtt|v[ée]lo|cyclo/i],
	['horse', /cheval|[ée]questre/i],
	['donkey', /[âa]ne/i],
	['walking', /p[ée]destre|randonn|marche|trail|promenade/i],
];

/** The site's difficulty from Cirkwi's level (1 very easy … 5 very hard). */
function difficultyOf(level: number | null | undefined): string | undefined {
	if (level === null || level === undefined) return undefined;
	if (level <= 2) return 'easy';
	if (level === 3) return 'moderate';
	if (level === 4) return 'hard';
	return 'very-hard';
}

/** A translated field as plain text, French and English (empty values dropped). */
function texts(field: Translated | undefined): { fr?: string; en?: string } {
	const result: { fr?: string; en?: string } = {};
	for (const language of ['fr', 'en'] as const) {
		const value = field?.[language];
		const text = typeof value === 'string' ? plainText(value).trim() : '';
		if (text) result[language] = cutText(text, MAX_DESCRIPTION_LENGTH);
	}
	return result;
}

/** Maps one trek. `source` names where it came from (a URL or a file) for the warnings. */
export function mapTrek(
	trek: Trek,
	references: TrekReferences,
	villages: TrekVillage[],
	options: { credit: string; offices?: TrekOffice[] },
): TrekMapping {
	const sourceId = trek.uuid ?? String(trek.id ?? '(no uuid)');
	const problems: TrekProblem[] = [];
	const warnings: TrekProblem[] = [];
	const englishPublished = trek.published?.['en'] !== false;
	/** French and English text; French on the English page when Geotrek has no English. */
	const both = (field: string, value: Translated | undefined) => {
		const text = texts(value);
		if (!text.fr) return undefined;
		if (!text.en || !englishPublished) {
			warnings.push({
				field: `${field}.en`,
				reason: englishPublished
					? 'no English text: the English page shows the French one'
					: 'not published in English: the English page shows the French text',
			});
			return { fr: text.fr, en: text.fr };
		}
		return { fr: text.fr, en: text.en };
	};

	const name = texts(trek.name);
	if (!name.fr) problems.push({ field: 'name.fr', reason: 'no French name' });
	if (trek.published?.['fr'] === false)
		problems.push({ field: 'published.fr', reason: 'not published in French' });
	const coordinates = trek.geometry?.type === 'LineString' ? trek.geometry.coordinates : [];
	if (coordinates.length < 2)
		problems.push({ field: 'geometry', reason: 'no line geometry: nothing to draw or measure' });
	else if (coordinates.some((point) => typeof point[2] !== 'number'))
		problems.push({ field: 'geometry', reason: 'a 2D geometry: the figures need altitudes' });
	const cities = trek.cities ?? [];
	const village = cities
		.map((insee) => villages.find((candidate) => candidate.insee === insee))
		.find((candidate) => candidate !== undefined);
	if (!village)
		problems.push({
			field: 'cities',
			reason: `outside the territory: none of its communes (${cities.join(', ') || 'none'}) is a village of the territory`,
		});
	if (problems.length > 0 || !name.fr || !village)
		return { ok: false, sourceId, problems, warnings };

	const points = coordinates.map(([lon, lat, ele]) => ({
		lat: Number((lat as number).toFixed(6)),
		lon: Number((lon as number).toFixed(6)),
		ele: Number((ele as number).toFixed(1)),
	}));
	const id = entryIdFor(sourceId, name.fr);
	const title = both('name', trek.name) as { fr: string; en: string };
	const description = both('description', trek.description);
	const teaser = both('description_teaser', trek.description_teaser);
	const summary = teaser ?? {
		fr: summaryOf(description?.fr ?? title.fr),
		en: summaryOf(description?.en ?? title.en),
	};
	// Geotrek's description is the way, step by step: one step a paragraph (or list item).
	const paragraphs = (text: string) =>
		text
			.split(/\n\s*\n/)
			.map((part) => part.replace(/^– /, '').trim())
			.filter(Boolean);
	const stepsFr = description ? paragraphs(description.fr) : [summary.fr];
	const stepsEn = description ? paragraphs(description.en) : [summary.en];
	const steps = stepsFr.map((fr, index) => ({
		fr,
		en: stepsEn.length === stepsFr.length ? (stepsEn[index] as string) : fr,
	}));

	const practiceName = references.practices.find((entry) => entry.id === trek.practice)?.name?.[
		'fr'
	];
	let practice = PRACTICES.find(([, words]) => practiceName && words.test(practiceName))?.[0];
	if (!practice) {
		practice = 'walking';
		warnings.push({
			field: 'practice',
			reason: `${practiceName ?? `practice ${trek.practice ?? 'none'}`}: not a practice of the site; listed as a walk`,
		});
	}
	const level = references.difficulties.find((entry) => entry.id === trek.difficulty);
	let difficulty = difficultyOf(level?.cirkwi_level ?? level?.id);
	if (!difficulty) {
		difficulty = 'moderate';
		warnings.push({ field: 'difficulty', reason: 'no difficulty: listed as moderate' });
	}
	const start = trek.departure_geom
		? { lat: trek.departure_geom[1], lon: trek.departure_geom[0] }
		: { lat: points[0]!.lat, lon: points[0]!.lon };
	const startName = texts(trek.departure).fr ?? village.name;
	const endName = texts(trek.arrival).fr;

	const data: Record<string, unknown> = {
		title,
		summary,
		steps,
		sector: village.sector,
		themes: themesOf(trek.themes, references.themes ?? [], warnings),
		villages: villagesOf(trek.cities, villages).map((place) => place.id),
		offices: officesOf(
			trek.information_desks,
			references.informationDesks ?? [],
			options.offices ?? [],
			warnings,
		),
		labels: labelsOf(trek.labels, references.labels ?? [], warnings),
		networks: networksOf(trek.networks, references.networks ?? [], warnings),
		images: photosOf(trek.attachments, warnings),
		practices: [practice],
		difficulty,
		start,
		startName,
		gpx: `${id}.gpx`,
		trackCredit: options.credit,
		sample: false,
	};
	for (const locale of ['fr', 'en'] as const)
		if (title[locale].length > PAGE_TITLE_MAX) {
			data['shortTitle'] = {
				fr: cutText(title.fr, PAGE_TITLE_MAX),
				en: cutText(title.en, PAGE_TITLE_MAX),
			};
			break;
		}
	if (endName && endName !== startName) data['endName'] = endName;
	const route = routeOf(trek.route, references.routes ?? [], warnings);
	if (route) data['route'] = route;
	const duration = durationOf(trek.duration);
	if (duration) data['durationMinutes'] = duration;
	const optional: [string, string, Translated | undefined][] = [
		['description', 'ambiance', trek.ambiance],
		['advice', 'advice', trek.advice],
		['gear', 'gear', trek.gear],

		['publicTransport', 'public_transport', trek.public_transport],
		['accessibility', 'accessibility_advice', trek.accessibility_advice],
	];
	for (const [key, field, value] of optional) {
		const text = both(field, value);
		if (text) data[key] = text;
	}
	// Where to park, then how to get there by road: one paragraph each.
	const parking = [
		both('advised_parking', trek.advised_parking),
		both('access', trek.access),
	].filter((text) => text !== undefined);
	if (parking.length > 0)
		data['parking'] = {
			fr: parking.map((text) => text.fr).join('\n\n'),
			en: parking.map((text) => text.en).join('\n\n'),
		};
	return {
		ok: true,
		id,
		sourceId,
		data,
		points,
		warnings,
	};
}
