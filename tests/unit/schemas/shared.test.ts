import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
	GeoPointSchema,
	OpeningRangeSchema,
	PhoneSchema,
	SeasonsSchema,
	TranslatedTextSchema,
} from '../../../src/schemas/shared';

/** The messages of a failed parse, as "path: message" lines. */
const problems = (schema: z.ZodType, input: unknown) => {
	const result = schema.safeParse(input);
	if (result.success) return [];
	return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('GeoPointSchema', () => {
	it('accepts a village centre of the territory', () => {
		expect(GeoPointSchema.parse({ lat: 44.33314, lon: 3.89624 })).toEqual({
			lat: 44.33314,
			lon: 3.89624,
		});
	});
	it('rejects a latitude of 91, naming the field', () => {
		expect(problems(GeoPointSchema, { lat: 91, lon: 3.89 })).toContain(
			'lat: latitude must be between -90 and 90',
		);
	});
	it('rejects a valid point outside the territory (Paris)', () => {
		expect(problems(GeoPointSchema, { lat: 48.8566, lon: 2.3522 })[0]).toMatch(
			/outside the territory/,
		);
	});
	it('rejects a latitude written as text', () => {
		expect(problems(GeoPointSchema, { lat: '44.3', lon: 3.89 })).toContain(
			'lat: latitude must be a number',
		);
	});
});

describe('PhoneSchema', () => {
	it('stores the office number in E.164', () => {
		expect(PhoneSchema.parse('+33(0)4 66 45 81 94')).toBe('+33466458194');
	});
	it('rejects a malformed number with the value in the message', () => {
		expect(problems(PhoneSchema, '04 66 45')).toEqual([
			': "04 66 45" is not a French phone number (expected e.g. +33 4 66 45 81 94 or 04 66 45 81 94)',
		]);
	});
});

describe('TranslatedTextSchema', () => {
	it('requires the English translation, saying why', () => {
		expect(problems(TranslatedTextSchema, { fr: 'Bonjour' })).toEqual([
			'en: English translation (en) is missing: it is required for the page under /en/',
		]);
	});
	it('rejects an empty French text', () => {
		expect(problems(TranslatedTextSchema, { fr: '  ', en: 'Hello' })).toEqual([
			'fr: must not be empty',
		]);
	});
});

describe('opening hours', () => {
	it('rejects a range that closes before it opens, on the closes field', () => {
		expect(problems(OpeningRangeSchema, { days: ['mo'], opens: '14:00', closes: '12:00' })).toEqual(
			['closes: closes at 12:00, before it opens at 14:00'],
		);
	});
	it('rejects a time that is not HH:MM', () => {
		expect(problems(OpeningRangeSchema, { days: ['mo'], opens: '9h', closes: '12:00' })).toEqual([
			'opens: must be a time "HH:MM" (24 h)',
		]);
	});
	it('rejects overlapping seasons', () => {
		const season = (from: string, to: string, name: string) => ({
			name: { fr: name, en: name },
			from,
			to,
			hours: [],
		});
		expect(
			problems(SeasonsSchema, [
				season('04-01', '07-15', 'Printemps'),
				season('07-01', '08-31', 'Été'),
			]),
		).toEqual(['1.from: season "Été" overlaps season "Printemps"']);
	});
	it('accepts a winter season spanning New Year beside a summer one', () => {
		const season = (from: string, to: string) => ({
			name: { fr: 'S', en: 'S' },
			from,
			to,
			hours: [],
		});
		expect(problems(SeasonsSchema, [season('11-01', '03-31'), season('04-01', '10-31')])).toEqual(
			[],
		);
	});
});
