import { describe, expect, it } from 'vitest';
import { EventSchema, OccurrenceRuleSchema } from '../../../src/schemas/event';

const issues = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const own = {
	title: { fr: 'Marché de Vialas', en: 'Vialas market' },
	summary: { fr: 'Le marché du dimanche.', en: 'The Sunday market.' },
	category: 'market',
	village: 'vialas',
	occurrences: [
		{ weekly: ['su'], from: '2027-07-04', to: '2027-08-29', start: '08:30', end: '12:30' },
	],
};

describe('an event of the office', () => {
	it('expands its rules into its dates', () => {
		const event = EventSchema.parse(own);
		expect(event.occurrences).toHaveLength(9);
		expect(event.occurrences[0]).toEqual({ date: '2027-07-04', start: '08:30', end: '12:30' });
		expect(event.village?.id).toBe('vialas');
	});

	it('refuses an end before its start, naming the field', () => {
		const result = EventSchema.safeParse({
			...own,
			occurrences: [{ date: '2027-07-04', start: '14:00', end: '10:00' }],
		});
		expect(issues(result)).toEqual(['occurrences.0.end: ends at 10:00, before it starts at 14:00']);
	});

	it('refuses a period that ends before it starts', () => {
		const result = EventSchema.safeParse({
			...own,
			occurrences: [{ from: '2027-08-01', to: '2027-07-01' }],
		});
		expect(issues(result)).toEqual([
			'occurrences.0.to: 2027-07-01 is before the start of the period (2027-08-01)',
		]);
	});

	it('refuses a date outside any plausible range, and a date that does not exist', () => {
		expect(
			issues(EventSchema.safeParse({ ...own, occurrences: [{ date: '2062-07-04' }] })),
		).toEqual(['occurrences.0.date: 2062-07-04 is more than 3 years ahead: check the year']);
		expect(
			issues(EventSchema.safeParse({ ...own, occurrences: [{ date: '1927-07-04' }] })),
		).toEqual(['occurrences.0.date: 1927-07-04 is before 2000-01-01: check the year']);
		expect(
			issues(EventSchema.safeParse({ ...own, occurrences: [{ date: '2027-02-30' }] })),
		).toEqual(['occurrences.0.date: "2027-02-30" is not a date "YYYY-MM-DD"']);
	});

	it('refuses an unknown village', () => {
		expect(issues(EventSchema.safeParse({ ...own, village: 'atlantis' }))).toEqual([
			'village: "atlantis" is not in villages (no content/villages/atlantis.yaml)',
		]);
	});

	it('needs its English text, unlike events of the feed', () => {
		const french = { ...own, title: { fr: 'Marché de Vialas' } };
		expect(issues(EventSchema.safeParse(french))).toEqual([
			'title.en: English translation (en) is missing: it is required for the page under /en/',
		]);
		expect(
			EventSchema.safeParse({ ...french, sourceId: 'https://data.datatourisme.fr/48/x' }).success,
		).toBe(true);
	});

	it('takes an event outside the territory by its town, without coordinates', () => {
		const lyon = { ...own, village: undefined, place: { name: 'Centre de congrès', town: 'Lyon' } };
		expect(EventSchema.safeParse(lyon).success).toBe(true);
		expect(issues(EventSchema.safeParse({ ...own, village: undefined }))).toEqual([
			'village: needs a village of the territory, or place.town for an event outside it',
		]);
		expect(
			issues(
				EventSchema.safeParse({
					...lyon,
					place: { ...lyon.place, location: { lat: 45.78, lon: 4.85 } },
				}),
			),
		).toContain(
			'place.location: is outside the territory (latitude 44.05–44.55, longitude 3.5–4.05)',
		);
	});

	it('refuses a price on a free event', () => {
		expect(issues(EventSchema.safeParse({ ...own, free: true, price: { from: 5 } }))).toEqual([
			'price.from: a free event has no price',
		]);
	});
});

describe('a date rule', () => {
	it('is a date, or a period of at most a year', () => {
		expect(issues(OccurrenceRuleSchema.safeParse({ start: '10:00' }))).toEqual([
			'from: needs a date, or a period from … to …',
		]);
		expect(
			issues(OccurrenceRuleSchema.safeParse({ from: '2027-01-01', to: '2028-06-01' })),
		).toEqual(['to: a period covers at most 366 days: write one per year']);
		expect(issues(OccurrenceRuleSchema.safeParse({ date: '2027-01-01', weekly: ['mo'] }))).toEqual([
			'weekly: a single date (date: 2027-01-01) has no weekly: use from and to',
		]);
		expect(issues(OccurrenceRuleSchema.safeParse({ date: '2027-01-01', on: 'mo' }))[0]).toMatch(
			/on/,
		);
	});
});
