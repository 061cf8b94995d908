/**
 * The sample feed of content/feed/sample/ (scripts/feed/generate-sample-feed.ts): at least 150
 * fictional members, marked as sample data, bilingual, spread over the villages and sectors, each
 * inside its village's commune (content/reference/communes.geojson, IGN), all loading through the
 * same mapping as the real feed, with the labels visitors filter on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Node } from '../../../src/lib/datatourisme/jsonld';
import { mapProvider, type MappedProvider } from '../../../src/lib/datatourisme/map-provider';
import { feedFiles } from '../../../src/lib/datatourisme/sync';
import { KINDS_BY_CATEGORY, PROVIDER_CATEGORIES } from '../../../src/lib/datatourisme/vocabulary';
import { parseCommunes } from '../../../src/lib/geo/communes';
import { isPointInArea } from '../../../src/lib/geo/polygon';
import { readVillages } from '../../../src/loaders/datatourisme';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));
const villages = readVillages(content);
const communes = parseCommunes(readFileSync(`${content}reference/communes.geojson`, 'utf8'));
const objects = feedFiles(`${content}feed/sample`).map((file) => ({
	file,
	object: JSON.parse(readFileSync(file, 'utf8')) as Node,
}));
const mapped = objects.map(({ file, object }) => ({
	file,
	object,
	mapping: mapProvider(object, { villages }),
}));
const providers = mapped.flatMap<MappedProvider>(({ mapping }) =>
	mapping.ok ? [mapping.data] : [],
);

describe('the sample feed', () => {
	it('has at least 150 providers, each of which loads', () => {
		expect(objects.length).toBeGreaterThanOrEqual(150);
		const failures = mapped
			.filter(({ mapping }) => !mapping.ok)
			.map(({ file, mapping }) => `${file}: ${JSON.stringify(!mapping.ok && mapping.problems)}`);
		expect(failures).toEqual([]);
	});

	it('marks every object as sample data, in a comment and with "sample": true', () => {
		for (const { object } of objects) {
			expect(object['$comment']).toMatch(/^SAMPLE DATA/);
			expect(object['sample']).toBe(true);
		}
		expect(providers.every((provider) => provider.sample)).toBe(true);
	});

	it('places each provider inside its village’s commune', () => {
		const outside = providers.filter((provider) => {
			const village = villages.find((candidate) => candidate.id === provider.village);
			const commune = village && communes.get(village.insee);
			return !commune || !isPointInArea(provider.location, commune.geometry);
		});
		expect(outside.map((provider) => provider.name)).toEqual([]);
	});

	it('covers every category and accommodation kind, most villages and every sector', () => {
		for (const category of PROVIDER_CATEGORIES)
			expect(providers.some((provider) => provider.category === category)).toBe(true);
		for (const kind of KINDS_BY_CATEGORY.accommodation)
			expect(providers.some((provider) => provider.kinds.includes(kind))).toBe(true);
		const used = new Set(providers.map((provider) => provider.village));
		expect(used.size).toBeGreaterThanOrEqual(Math.min(villages.length, 15));
		const sectorOf = (id: string) =>
			(parse(readFileSync(`${content}villages/${id}.yaml`, 'utf8')) as { sector: string }).sector;
		expect(new Set([...used].map(sectorOf)).size).toBe(4);
	});

	it('is bilingual', () => {
		for (const provider of providers) {
			expect(provider.summary?.en, provider.name).toBeTruthy();
			expect(provider.description?.en, provider.name).toBeTruthy();
		}
	});

	it('has the labels visitors look for, with Tourisme & Handicap in its four families', () => {
		const labels = new Set(
			providers.flatMap((provider) => provider.labels.map((label) => label.code)),
		);
		for (const code of [
			'gites-de-france',
			'clevacances',
			'accueil-paysan',
			'esprit-parc-national',
			'tourisme-handicap',
		]) {
			expect(labels, code).toContain(code);
		}
		expect(new Set(providers.flatMap((provider) => provider.accessibility))).toEqual(
			new Set(['motor', 'hearing', 'visual', 'mental']),
		);
		expect(
			providers.some((provider) =>
				provider.labels.some((label) => label.code === 'gites-de-france' && label.level),
			),
		).toBe(true);
	});

	it('gives accommodation a capacity, prices and seasons, and says whether pets are welcome', () => {
		for (const provider of providers.filter(
			(candidate) => candidate.category === 'accommodation',
		)) {
			expect(provider.capacity, provider.name).toBeGreaterThan(0);
			expect(provider.prices.length, provider.name).toBeGreaterThan(0);
			expect(provider.openingPeriods.length, provider.name).toBeGreaterThan(0);
			expect(provider.petsAllowed, provider.name).toBeTypeOf('boolean');
		}
	});
});
