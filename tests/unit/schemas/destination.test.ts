import { describe, expect, it } from 'vitest';
import {
	MetaDescriptionSchema,
	ParagraphsSchema,
	PhotoSchema,
} from '../../../src/schemas/destination';
import { HeritageWalkSchema, VillageServiceSchema } from '../../../src/schemas/village';

const issues = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('MetaDescriptionSchema', () => {
	it('accepts 50 to 160 characters in each language', () => {
		const text = 'x'.repeat(80);
		expect(MetaDescriptionSchema.safeParse({ fr: text, en: text }).success).toBe(true);
	});

	it('names the language whose text is too short or too long', () => {
		const result = MetaDescriptionSchema.safeParse({ fr: 'Trop court.', en: 'y'.repeat(161) });
		expect(issues(result)).toEqual([
			"fr: must be 50–160 characters (it is the page's meta description), not 11",
			"en: must be 50–160 characters (it is the page's meta description), not 161",
		]);
	});
});

describe('ParagraphsSchema', () => {
	it('needs at least one paragraph in each language', () => {
		expect(ParagraphsSchema.safeParse({ fr: ['Un.'], en: ['One.'] }).success).toBe(true);
		expect(issues(ParagraphsSchema.safeParse({ fr: [], en: ['One.'] }))).toEqual([
			'fr: needs at least one paragraph',
		]);
	});
});

describe('VillageServiceSchema', () => {
	const service = { kind: 'bakery', location: { lat: 44.33, lon: 3.89 } };

	it('accepts a known kind of service inside the territory', () => {
		expect(VillageServiceSchema.safeParse(service).success).toBe(true);
	});

	it('refuses an unknown kind and a point outside the territory', () => {
		expect(VillageServiceSchema.safeParse({ ...service, kind: 'casino' }).success).toBe(false);
		expect(
			issues(
				VillageServiceSchema.safeParse({ ...service, location: { lat: 48.85, lon: 2.35 } }),
			)[0],
		).toMatch(/^location: is outside the territory/);
	});
});

describe('HeritageWalkSchema', () => {
	it('needs at least three stops', () => {
		const step = {
			name: { fr: 'Le pont', en: 'The bridge' },
			description: { fr: 'Vue.', en: 'View.' },
			location: { lat: 44.36, lon: 3.74 },
		};
		const walk = {
			title: { fr: 'Balade', en: 'Walk' },
			summary: { fr: 'Une heure.', en: 'An hour.' },
			steps: [step, step],
		};
		expect(issues(HeritageWalkSchema.safeParse(walk))).toEqual([
			'steps: a walk needs at least three stops',
		]);
		expect(HeritageWalkSchema.safeParse({ ...walk, steps: [step, step, step] }).success).toBe(true);
	});
});

describe('PhotoSchema', () => {
	it('needs alt text in both languages and a credit', () => {
		expect(
			PhotoSchema.safeParse({ alt: { fr: 'Le pont', en: 'The bridge' }, credit: '© Office' })
				.success,
		).toBe(true);
		expect(issues(PhotoSchema.safeParse({ alt: { fr: 'Le pont' }, credit: '' }))).toEqual([
			'alt.en: English translation (en) is missing: it is required for the page under /en/',
			'credit: must not be empty',
		]);
	});
});
