import { describe, expect, it } from 'vitest';
import {
	facetPages,
	filtersFromQuery,
	filtersToQuery,
	matches,
	noFilters,
	type HikeFacets,
} from '../../../../src/lib/hikes/filters';

const hike = (overrides: Partial<HikeFacets>): HikeFacets => ({
	id: 'h',
	practice: ['walking'],
	difficulty: 'easy',
	sector: 'mont-lozere',
	theme: [],
	duration: 90,
	length: 4_000,
	ascent: 150,
	loop: true,
	family: false,
	...overrides,
});

const short = hike({ id: 'short' });
const long = hike({
	id: 'long',
	practice: ['walking', 'donkey'],
	difficulty: 'hard',
	sector: 'calbertois',
	theme: ['unesco'],
	duration: 420,
	length: 24_000,
	ascent: 1_100,
	loop: false,
});
const bike = hike({
	id: 'bike',
	practice: ['mountain-bike'],
	difficulty: 'moderate',
	sector: 'vallee-longue',
	duration: 240,
	length: 18_000,
	ascent: 600,
	family: true,
});

const kept = (filters: ReturnType<typeof noFilters>) =>
	[short, long, bike].filter((item) => matches(item, filters)).map((item) => item.id);

describe('matches', () => {
	it('keeps everything without filters', () => {
		expect(kept(noFilters())).toEqual(['short', 'long', 'bike']);
	});

	it('matches any chosen value within a facet, and all facets together', () => {
		expect(kept({ ...noFilters(), practice: ['donkey', 'mountain-bike'] })).toEqual([
			'long',
			'bike',
		]);
		expect(kept({ ...noFilters(), practice: ['walking'], sector: ['calbertois'] })).toEqual([
			'long',
		]);
	});

	it('uses half-open ranges so a value sits in exactly one range', () => {
		expect(kept({ ...noFilters(), duration: '4h-6h' })).toEqual(['bike']);
		expect(kept({ ...noFilters(), duration: '2h-4h' })).toEqual([]);
		expect(kept({ ...noFilters(), length: 'over-15km', ascent: 'over-900m' })).toEqual(['long']);
	});

	it('filters loops and family hikes', () => {
		expect(kept({ ...noFilters(), loop: true })).toEqual(['short', 'bike']);
		expect(kept({ ...noFilters(), loop: true, family: true })).toEqual(['bike']);
	});
});

describe('query string', () => {
	it('round-trips filters', () => {
		const filters = {
			...noFilters(),
			practice: ['walking', 'donkey'],
			sector: ['mont-lozere'],
			length: '5-10km',
			loop: true,
		};
		const query = filtersToQuery(filters);
		expect(query).toBe('practice=walking&practice=donkey&sector=mont-lozere&length=5-10km&loop=1');
		expect(filtersFromQuery(query)).toEqual(filters);
	});

	it('ignores unknown ranges and reads comma-separated values', () => {
		expect(filtersFromQuery('?duration=forever&theme=unesco,famille')).toEqual({
			...noFilters(),
			theme: ['unesco', 'famille'],
		});
	});

	it('writes nothing when nothing is chosen', () => {
		expect(filtersToQuery(noFilters())).toBe('');
	});
});

describe('facetPages', () => {
	it('makes one page per value that some hike has, never an empty one', () => {
		const ids = facetPages([short, long, bike]).map((page) => page.id);
		expect(ids).toContain('sector-calbertois');
		expect(ids).toContain('practice-donkey');
		expect(ids).toContain('duration-under-2h');
		expect(ids).toContain('loop');
		expect(ids).not.toContain('sector-vallee-francaise');
		expect(ids).not.toContain('duration-2h-4h');
		expect(new Set(ids).size).toBe(ids.length);
		// A value every hike shares filters nothing: it gets no page.
		expect(facetPages([short, { ...short, id: 'other' }]).map((page) => page.id)).not.toContain(
			'practice-walking',
		);
	});
});
