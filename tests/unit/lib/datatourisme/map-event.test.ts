import { describe, expect, it } from 'vitest';
import type { Node } from '../../../../src/lib/datatourisme/jsonld';
import {
	eventCategoryOf,
	mapEvent,
	occurrencesOf,
	readOccurrences,
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
		expect(event.place.location).toEqual({ lat: 47.272283, lon: -0.106429 });
		expect(event.place.address).toMatch(/^19 rue Léopold Palustre, .*49400 Saumur$/);
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

describe('an event’s photos', () => {
	it('keeps the main photo first, with its credit, licence and caption', () => {
		const object = {
			...realObject('event'),
			hasMainRepresentation: [
				{
					'ebucore:hasAnnotation': [
						{
							credits: ['© Anna-Eva Berge'],
							'ebucore:isCoveredBy': ['CC BY-SA 4.0'],
							'ebucore:comments': { fr: ['Une œuvre de l’exposition'] },
						},
					],
					'ebucore:hasRelatedResource': [
						{
							'ebucore:locator': ['https://photos.example.org/oeuvre.jpg'],
							'ebucore:width': '1600',
							'ebucore:height': '1200',
						},
					],
				},
			],
		};
		const mapping = mapEvent(object, WITHOUT_TERRITORY_RULE);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.data.images).toEqual([
			{
				url: 'https://photos.example.org/oeuvre.jpg',
				credit: '© Anna-Eva Berge',
				license: 'CC BY-SA 4.0',
				caption: { fr: 'Une œuvre de l’exposition' },
				width: 1600,
				height: 1200,
			},
		]);
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

	it('reports a period that ends before it starts, naming the period', () => {
		const object: Node = {
			takesPlaceAt: [
				{ startDate: '2026-07-01', endDate: '2026-07-02' },
				{ startDate: '2026-07-10', endDate: '2026-07-05' },
			],
		};
		expect(readOccurrences(object).problems).toEqual([
			{
				field: 'takesPlaceAt[1].endDate',
				reason: "2026-07-05 is before the period's start (2026-07-10)",
			},
		]);
	});

	it('keeps an evening that ends after midnight, with its start time, and warns', () => {
		const object: Node = {
			takesPlaceAt: [
				{
					startDate: '2026-07-01',
					endDate: '2026-07-01',
					startTime: '21:00:00',
					endTime: '01:00:00',
				},
			],
		};
		expect(readOccurrences(object)).toEqual({
			occurrences: [{ date: '2026-07-01', start: '21:00' }],
			problems: [],
			warnings: [
				{
					field: 'takesPlaceAt[0].endTime',
					reason: 'ends at 01:00 the next day (starts at 21:00): the end time is left out',
				},
			],
		});
	});

	it('reports an end time that would make an evening last more than 12 hours', () => {
		const object: Node = {
			takesPlaceAt: [{ startDate: '2026-07-01', startTime: '21:00:00', endTime: '18:00:00' }],
		};
		expect(readOccurrences(object)).toEqual({
			occurrences: [],
			problems: [
				{ field: 'takesPlaceAt[0].endTime', reason: 'ends at 18:00, before it starts at 21:00' },
			],
			warnings: [],
		});
	});

	it('reads several periods, each with its own times, in date order', () => {
		const object: Node = {
			takesPlaceAt: [
				{ startDate: '2026-08-14', endDate: '2026-08-15', startTime: '10:00', endTime: '12:00' },
				{ startDate: '2026-07-01', startTime: '21:00:00', endTime: '23:30:00' },
				{ startDate: '2026-08-15', startTime: '15:00', endTime: '17:00' },
			],
		};
		expect(occurrencesOf(object)).toEqual([
			{ date: '2026-07-01', start: '21:00', end: '23:30' },
			{ date: '2026-08-14', start: '10:00', end: '12:00' },
			{ date: '2026-08-15', start: '10:00', end: '12:00' },
			{ date: '2026-08-15', start: '15:00', end: '17:00' },
		]);
	});

	it('keeps every day and the wall-clock times of a period across the change to summer time', () => {
		// Summer time starts in France on Sunday 29 March 2026 at 02:00.
		const object: Node = {
			takesPlaceAt: [
				{
					startDate: '2026-03-28T00:00:00+01:00',
					endDate: '2026-03-30T00:00:00+02:00',
					startTime: '20:30:00',
					endTime: '22:00:00',
				},
			],
		};
		expect(occurrencesOf(object)).toEqual([
			{ date: '2026-03-28', start: '20:30', end: '22:00' },
			{ date: '2026-03-29', start: '20:30', end: '22:00' },
			{ date: '2026-03-30', start: '20:30', end: '22:00' },
		]);
	});

	it('keeps an event whose evening crosses midnight (it used to be dropped)', () => {
		const object = moveTo(
			realObject('event'),
			{ lat: '44.3335', lon: '3.8960' },
			{ insee: '48194', name: 'Vialas', postalCode: '48220' },
		);
		object['takesPlaceAt'] = [
			{ startDate: '2026-07-14', endDate: '2026-07-14', startTime: '21:00', endTime: '01:00' },
		];
		const mapping = mapEvent(object, SITE_RULES);
		expect(mapping.ok && mapping.data.occurrences).toEqual([
			{ date: '2026-07-14', start: '21:00' },
		]);
	});

	it('prefers the specific class to CulturalEvent, and has no category for an unknown class', () => {
		expect(eventCategoryOf(['schema:Event', 'CulturalEvent', 'Concert'])).toBe('concert');
		expect(eventCategoryOf(['schema:Event', 'CulturalEvent'])).toBe('festival');
		expect(eventCategoryOf(['schema:Event', 'schema:SaleEvent'])).toBe('market');
		expect(eventCategoryOf(['schema:Event'])).toBeUndefined();
	});

	it('places the ontology’s event classes the table does not name by their family', () => {
		expect(eventCategoryOf(['schema:Event', 'Carnival', 'EntertainmentAndEvent'])).toBe('fair');
		expect(eventCategoryOf(['Harvest'])).toBe('festival');
		expect(eventCategoryOf(['Rambling'])).toBe('sport');
		expect(eventCategoryOf(['BricABrac'])).toBe('market');
		expect(eventCategoryOf(['Seminar'])).toBe('talk');
		expect(eventCategoryOf(['EntertainmentAndEvent', 'CircusEvent'])).toBe('festival');
	});
});

describe('a member’s event in the territory', () => {
	const inVialas = () =>
		moveTo(
			realObject('event'),
			{ lat: '44.3335', lon: '3.8960' },
			{ insee: '48194', name: 'Vialas', postalCode: '48220' },
		);

	it('is skipped, with the period at fault, when a period ends before it starts', () => {
		const object = inVialas();
		object['takesPlaceAt'] = [{ startDate: '2027-07-14', endDate: '2027-07-13' }];
		const mapping = mapEvent(object, SITE_RULES);
		expect(mapping.ok).toBe(false);
		if (!mapping.ok)
			expect(mapping.problems).toEqual([
				{
					field: 'takesPlaceAt[0].endDate',
					reason: "2027-07-13 is before the period's start (2027-07-14)",
				},
			]);
	});

	it('is skipped when its commune is not a village of the territory', () => {
		const object = moveTo(
			realObject('event'),
			{ lat: '44.3335', lon: '3.8960' },
			{ insee: '48999', name: 'Atlantis', postalCode: '48999' },
		);
		const mapping = mapEvent(object, { villages: [] });
		expect(mapping.ok).toBe(false);
		if (!mapping.ok)
			expect(mapping.problems.map((problem) => problem.field)).toContain(
				'isLocatedAt.schema:address.hasAddressCity',
			);
	});

	it('keeps its booking contact, its price and its access, and stands in for a missing summary', () => {
		const object = inVialas();
		delete object['rdfs:comment'];
		for (const description of object['hasDescription'] as Node[])
			delete description['shortDescription'];
		object['hasBookingContact'] = [
			{ 'schema:telephone': ['04 65 71 20 99'], 'schema:email': ['reservation@example.org'] },
		];
		object['offers'] = [
			{ 'schema:priceSpecification': [{ 'schema:minPrice': ['6'], 'schema:maxPrice': ['12.5'] }] },
		];
		object['reducedMobilityAccess'] = true;
		const mapping = mapEvent(object, SITE_RULES);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.data.booking).toEqual({
			phone: '+33465712099',
			email: 'reservation@example.org',
		});
		expect(mapping.data.price).toEqual({ from: 6, to: 12.5 });
		expect(mapping.data.accessibility).toEqual({ wheelchair: true });
		expect(mapping.data.summary.fr.length).toBeGreaterThan(20);
		expect(mapping.warnings.map((warning) => warning.field)).toContain(
			'hasDescription.shortDescription',
		);
	});
});
