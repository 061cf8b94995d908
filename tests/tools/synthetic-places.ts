/**
 * Synthetic providers for the map's budget test and benchmark: `count` places inside the
 * territory box, most of them around the real village centres of tests/fixtures/reference/
 * places.csv, with names, kinds and URLs as long as real ones. Deterministic for a given seed.
 * Not content: nothing here is shown on the site.
 *
 * Imports name their `.ts` files: `npm run bench` runs this with Node's own TypeScript support,
 * which does not guess extensions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TERRITORY_BOUNDS } from '../../src/lib/geo/territory.ts';
import type { MapKind, MapPlace } from '../../src/lib/map/types.ts';
import { ROOT } from './built-site.ts';

/** Kinds of the synthetic places (the providers' categories and accommodation types). */
export const SYNTHETIC_KINDS = [
	'hotel',
	'guesthouse',
	'rental',
	'campsite',
	'restaurant',
	'activity',
	'producer',
] as const;

const PREFIXES: Record<(typeof SYNTHETIC_KINDS)[number], string[]> = {
	hotel: ['Hôtel', 'Auberge', 'Hôtel-restaurant'],
	guesthouse: ["Chambres d'hôtes", 'Maison d’hôtes'],
	rental: ['Gîte', 'Meublé de tourisme', 'Gîte d’étape'],
	campsite: ['Camping', 'Aire naturelle'],
	restaurant: ['Restaurant', 'Ferme-auberge', 'Bistrot'],
	activity: ['Randonnée avec un âne', 'Canyoning', 'Escalade', 'Accompagnateur en montagne'],
	producer: ['Miellerie', 'Châtaigneraie', 'Fromagerie', 'Chèvrerie'],
};

const NAMES = [
	'du Mas de la Fage',
	'des Châtaigniers',
	'de la Vallée Longue',
	'du Mont Lozère',
	'les Genêts',
	'la Clède',
	'du Tarn',
	'des Bouviers',
	'le Pradal',
	'la Baume',
	'du Gardon',
	'les Faïsses',
];

/** A small, fast, seedable pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Village {
	name: string;
	lat: number;
	lon: number;
}

function villages(): Village[] {
	const [, ...rows] = readFileSync(join(ROOT, 'tests/fixtures/reference/places.csv'), 'utf8')
		.trim()
		.split('\n');
	return rows
		.map((row) => row.split(','))
		.map(([name = '', lat = '', lon = '']) => ({ name, lat: Number(lat), lon: Number(lon) }))
		.filter(
			(village) =>
				village.lat >= TERRITORY_BOUNDS.south &&
				village.lat <= TERRITORY_BOUNDS.north &&
				village.lon >= TERRITORY_BOUNDS.west &&
				village.lon <= TERRITORY_BOUNDS.east,
		);
}

const slug = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** `count` synthetic places, in French, with URLs under `/prestataires/`. */
export function syntheticPlaces(count: number, seed = 7): MapPlace[] {
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const centres = villages();
	const { south, north, west, east } = TERRITORY_BOUNDS;
	return Array.from({ length: count }, (_, index) => {
		const kind = pick(SYNTHETIC_KINDS);
		const village = pick(centres);
		// Three places in four within about 3 km of a village centre, the rest anywhere.
		const nearVillage = next() < 0.75;
		const lat = nearVillage
			? village.lat + (next() - 0.5) * 0.05
			: south + next() * (north - south);
		const lon = nearVillage ? village.lon + (next() - 0.5) * 0.07 : west + next() * (east - west);
		const name = `${pick(PREFIXES[kind])} ${pick(NAMES)} ${index + 1}`;
		const id = `${slug(name)}-${slug(village.name)}`;
		return {
			id,
			name,
			kind: kind as unknown as MapKind,
			village: village.name,
			url: `/prestataires/${id}/`,
			location: { lat: clamp(lat, south, north), lon: clamp(lon, west, east) },
		};
	});
}
