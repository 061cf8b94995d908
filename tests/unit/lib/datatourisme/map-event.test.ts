import { describe, expect, it } from 'vitest';
import type { Node } from '../../../../src/lib/datatourisme/jsonld';
import {
	eventCategoryOf,
	mapEvent,
	occurrencesOf,
} from '../../../../src/lib/datatourisme/map-event';
import { moveTo, realObject, SITE_RULES, WITHOUT_TERRITORY_RULE } from './fixtures';

describe('the real exhibition (schema:Event, 537 dates in takesPlaceAt)', () => {
	const mapping = mapEvent(realObject('event'), WITHOUT_TERRITORY_RULE);
	if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
	const event = mapping.data;

	it('keeps the French title, the only one the feed has, and warns about the English one', () => {
		expect(event.title).toEqual({ fr: 'EXPOSITION : "ÉMOTIONS ENFOUIES" D\'ANNA-EVA BERGE' });
		expect(mapping.warnings).toContainEqual({
			field: 'rdfs:label.en',
			reason: 'no English title: the English page shows the French one',
		});
		expect(mapping.id).toBe('exposition-emotions-enfouies-d-anna-eva-berge-00037bcf');
	});

	it('is an exhibition in the agenda, with its summary and contact', () => {
		expect(event.category).toBe('exhibition');
		expect(event.summary?.en).toBe(
			'"Buried Emotions" is a new work to be discovered in the Ackerman cellars in Saumur.',
		);
		expect(event.contact).toEqual({
			phones: ['+33241530321'],
			email: 'tourisme@ackerman.fr',
			url: 'http://www.ackerman.fr/',
		});
		expect(event.village).toBe('saumur');
		expect(event.location).toEqual({ lat: 47.272283, lon: -0.106429 });
	});

	it('has one occurrence per date of takesPlaceAt, sorted, without duplicates', () => {
		expect(event.occurrences).toHaveLength(537);
		expect(event.occurrences[0]).toEqual({ date: '2023-11-09' });
		expect(event.occurrences.at(-1)).toEqual({ date: '2025-04-28' });
		const dates = event.occurrences.map((occurrence) => occurrence.date);
		expect([...dates].sort()).toEqual(dates);
		expect(new Set(dates).size).toBe(dates.length);
	});

	it('is rejected by the territory rule, like the providers', () => {
		const rejected = mapEvent(realObject('event'), SITE_RULES);
		expect(rejected.ok).toBe(false);
		if (!rejected.ok) expect(rejected.problems[0]?.reason).toMatch(/outside the territory/);
	});

	it('loads in a village of the territory', () => {
		const object = moveTo(
			realObject('event'),
			{ lat: '44.3335', lon: '3.8960' },
			{ insee: '48194', name: 'Vialas', postalCode: '48220' },
		);
		const moved = mapEvent(object, SITE_RULES);
		expect(moved.ok && moved.data.village).toBe('vialas');
	});
});

describe('event dates and categories', () => {
	it('expands a period of several days into dates, with its times', () => {
		const object: Node = {
			takesPlaceAt: [
				{
					startDate: '2026-07-30',
					endDate: '2026-08-01',
					startTime: '20:30:00',
					endTime: '23:00:00',
				},
			],
		};
		expect(occurrencesOf(object)).toEqual([
			{ date: '2026-07-30', start: '20:30', end: '23:00' },
			{ date: '2026-07-31', start: '20:30', end: '23:00' },
			{ date: '2026-08-01', start: '20:30', end: '23:00' },
		]);
	});

	it('caps a very long period at a year of dates', () => {
		expect(
			occurrencesOf({ takesPlaceAt: [{ startDate: '2026-01-01', endDate: '2028-12-31' }] }),
		).toHaveLength(366);
	});

	it('falls back on schema:startDate without takesPlaceAt', () => {
		expect(occurrencesOf({ 'schema:startDate': ['2026-08-15', '2026-08-14'] })).toEqual([
			{ date: '2026-08-14' },
			{ date: '2026-08-15' },
		]);
	});

	it('prefers the specific class to CulturalEvent, and has no category for an unknown class', () => {
		expect(eventCategoryOf(['schema:Event', 'CulturalEvent', 'Concert'])).toBe('concert');
		expect(eventCategoryOf(['schema:Event', 'CulturalEvent'])).toBe('festival');
		expect(eventCategoryOf(['schema:Event', 'schema:SaleEvent'])).toBe('market');
		expect(eventCategoryOf(['schema:Event'])).toBeUndefined();
	});
});
