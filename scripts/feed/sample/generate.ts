/**
 * Makes fictional providers spread over the territory's villages, each placed inside its
 * commune's boundary near the village centre, and writes them as DATAtourisme objects. Used once
 * for the sample feed of content/feed/sample/ (scripts/feed/generate-sample-feed.ts) and at any
 * size for the benchmarks (scripts/feed/generate-feed.ts).
 */
import type { AreaGeometry } from '../../../src/lib/geo/polygon';
import { isPointInArea } from '../../../src/lib/geo/polygon';
import type { GeoPoint } from '../../../src/lib/geo/territory';
import { entryIdFor, slugify } from '../../../src/lib/datatourisme/map-provider';
import { toJsonLd, type SampleProvider } from './build';
import {
	AMENITIES,
	capitalised,
	frenchPlace,
	HAMLETS,
	PAYMENT,
	SECTOR_SETTINGS,
	STREETS,
} from './catalogue';
import { varied } from './fragments';
import { seededRandom, type Random } from './random';
import { TEMPLATES, type Template } from './templates';

/** A village as the generator places businesses in it. */
export interface SampleVillage {
	id: string;
	name: string;
	/** Code of the commune as the feed states it (the commune nouvelle for a merged village). */
	insee: string;
	postalCode?: string | undefined;
	sector: string;
	centre: GeoPoint;
	/** The commune's boundary: every business of the village lies inside it. */
	area: AreaGeometry;
	/** Relative share of the businesses (the office villages are the busiest). */
	weight: number;
}

/** How many businesses of each template. */
export type SamplePlan = [templateKey: string, count: number][];

/** The sample feed: 160 businesses in the proportions of the office's membership. */
export const SAMPLE_PLAN: SamplePlan = [
	['hotel', 6],
	['guesthouse', 18],
	['hostel', 10],
	['rental', 28],
	['campsite', 10],
	['restaurant', 18],
	['farm-inn', 6],
	['cafe', 6],
	['canoe', 6],
	['climbing', 4],
	['bike', 4],
	['donkey', 5],
	['horse', 2],
	['guide', 5],
	['cheese', 6],
	['honey', 4],
	['chestnut', 4],
	['meat', 3],
	['vegetables', 3],
	['drinks', 2],
	['local-products', 5],
	['crafts', 5],
];

/** The sample plan scaled to `count` businesses (for the benchmarks). */
export function scaledPlan(count: number): SamplePlan {
	const total = SAMPLE_PLAN.reduce((sum, [, share]) => sum + share, 0);
	const plan = SAMPLE_PLAN.map(([key, share]): [string, number] => [
		key,
		Math.floor((share * count) / total),
	]);
	let missing = count - plan.reduce((sum, [, share]) => sum + share, 0);
	for (let index = 0; missing > 0; index = (index + 1) % plan.length, missing--) {
		const entry = plan[index];
		if (entry) entry[1]++;
	}
	return plan;
}

const METRES_PER_DEGREE = 111_195;

/** A point inside the village's commune, within `radius` metres of its centre (a hamlet). */
export function pointIn(village: SampleVillage, random: Random, radius = 2_500): GeoPoint {
	for (let attempt = 0; attempt < 500; attempt++) {
		const distance = radius * Math.sqrt(random.next()) * (attempt < 250 ? 1 : 0.3);
		const angle = random.next() * 2 * Math.PI;
		const point = {
			lat: village.centre.lat + (distance * Math.sin(angle)) / METRES_PER_DEGREE,
			lon:
				village.centre.lon +
				(distance * Math.cos(angle)) /
					(METRES_PER_DEGREE * Math.cos((village.centre.lat * Math.PI) / 180)),
		};
		if (isPointInArea(point, village.area)) return point;
	}
	throw new Error(`No point found inside the commune of ${village.name} near its centre`);
}

const LANGUAGES: [string, number][] = [
	['en', 0.65],
	['nl', 0.3],
	['de', 0.25],
	['es', 0.1],
	['it', 0.05],
];

/** A fictional phone number in ARCEP's ranges for fiction: 04 65 71 xx xx, 06 39 98 xx xx. */
function phone(random: Random): string {
	const pair = () => String(random.int(0, 99)).padStart(2, '0');
	return random.chance(0.7) ? `+33 4 65 71 ${pair()} ${pair()}` : `+33 6 39 98 ${pair()} ${pair()}`;
}

function weightedVillage(villages: SampleVillage[], random: Random): SampleVillage {
	const total = villages.reduce((sum, village) => sum + village.weight, 0);
	let roll = random.next() * total;
	for (const village of villages) {
		roll -= village.weight;
		if (roll < 0) return village;
	}
	return villages[villages.length - 1] as SampleVillage;
}

/**
 * One business of a template in a village. `random` draws what makes its name and id, in the
 * same order as ever, so that the sample's addresses stay put; `more` draws its size and the
 * opening and closing of its description.
 */
function makeProvider(
	template: Template,
	village: SampleVillage,
	random: Random,
	more: Random,
	year: number,
	usedNames: Set<string>,
): SampleProvider {
	const [minCapacity, maxCapacity] = template.capacity ?? [0, 0];
	const context = {
		village: village.name,
		fr: frenchPlace(village.name),
		hamlet: random.pick(HAMLETS),
		setting: random.pick(SECTOR_SETTINGS[village.sector] ?? SECTOR_SETTINGS['mont-lozere'] ?? []),
		capacity: template.capacity ? random.int(minCapacity, maxCapacity) : 0,
		rooms: 0,
		pitches: 0,
		variant: '',
		year,
	};
	let name = template.name(random, context);
	for (let attempt = 0; usedNames.has(name) && attempt < 20; attempt++) {
		context.hamlet = random.pick(HAMLETS);
		name = template.name(random, context);
	}
	if (usedNames.has(name)) name = `${name} (${village.name})`;
	usedNames.add(name);
	context.variant = template.variantOf?.(name) ?? '';
	if (template.size) {
		const size = template.size(more, context);
		context.capacity = size.capacity;
		context.rooms = size.rooms ?? 0;
		context.pitches = size.pitches ?? 0;
	}
	const slug = slugify(name);
	const point = pointIn(village, random);
	const { seasons, text } = template.seasons(random, context);
	const amenities = random.some(
		template.amenities,
		Math.ceil(template.amenities.length * (0.4 + random.next() * 0.4)),
	);
	const inVillage = random.chance(0.4);
	const uuid = random.uuid();
	const texts = template.texts(random, context);
	return {
		uuid,
		types: template.types,
		name,
		summary: texts.summary,
		description: varied(more, template.key, context, texts.description),
		place: {
			...point,
			street: inVillage ? random.pick(STREETS) : capitalised(context.hamlet),
			postalCode: village.postalCode,
			locality: village.name,
			insee: village.insee,
		},
		contact: {
			phone: phone(random),
			email: `contact@${slug}.example`,
			website: random.chance(0.7) ? `https://${slug}.example/` : undefined,
		},
		booking:
			template.booking !== undefined && random.chance(template.booking)
				? {
						name,
						phone: phone(random),
						email: `reservation@${slug}.example`,
						url: `https://${slug}.example/reservation`,
					}
				: undefined,
		reviews: template.labels(random, context),
		capacity: template.capacity ? context.capacity : undefined,
		features: amenities.map((key) => AMENITIES[key]),
		themes: template.themes
			? random.some(template.themes, random.int(1, template.themes.length))
			: [],
		prices: template.prices(random, context),
		payment: random.some(Object.values(PAYMENT), random.int(2, 4)),
		seasons,
		openingText: text,
		pets: template.pets === undefined ? undefined : random.chance(template.pets),
		reducedMobilityAccess: random.chance(0.55) ? random.chance(0.3) : undefined,
		languages: LANGUAGES.filter(([, share]) => random.chance(share)).map(([code]) => code),
		lastUpdate: `${year - 1}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
	};
}

export interface GeneratedObject {
	/** The entry id the loader will give it (also the file name). */
	id: string;
	object: Record<string, unknown>;
}

/** Businesses of the plan, spread over the villages, as DATAtourisme objects. */
export function generateFeed(options: {
	villages: SampleVillage[];
	plan: SamplePlan;
	seed: number;
	year: number;
	comment: string;
}): GeneratedObject[] {
	const random = seededRandom(options.seed);
	const more = seededRandom(options.seed + 1);
	const usedNames = new Set<string>();
	const objects: GeneratedObject[] = [];
	for (const [key, count] of options.plan) {
		const template = TEMPLATES.find((candidate) => candidate.key === key);
		if (!template) throw new Error(`No sample template "${key}"`);
		for (let index = 0; index < count; index++) {
			const provider = makeProvider(
				template,
				weightedVillage(options.villages, random),
				random,
				more,
				options.year,
				usedNames,
			);
			const object = toJsonLd(provider, options.comment);
			objects.push({ id: entryIdFor(String(object['@id']), provider.name), object });
		}
	}
	return objects;
}
