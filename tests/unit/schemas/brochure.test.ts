import { describe, expect, it } from 'vitest';
import raw from '../../../content/partnership.json';
import { partnership } from '../../../src/lib/partnership';
import { BrochureSchema } from '../../../src/schemas/brochure';
import { PartnershipSchema } from '../../../src/schemas/partnership';

const issues = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

const brochure = {
	order: 1,
	title: { fr: 'La carte touristique', en: 'The tourist map' },
	description: { fr: 'Les activités et les randonnées.', en: 'Activities and walks.' },
	content: 'tourist-map',
};

describe('BrochureSchema', () => {
	it('accepts a brochure and prints it in French unless told otherwise', () => {
		const result = BrochureSchema.safeParse(brochure);
		expect(issues(result)).toEqual([]);
		expect(result.data?.paperLanguages).toEqual(['fr']);
		expect(result.data?.paperOffices).toBeUndefined();
	});

	it('names what the PDF can be compiled from', () => {
		expect(issues(BrochureSchema.safeParse({ ...brochure, content: 'atlas' }))).toEqual([
			'content: must be one of destination-guide, tourist-map, accommodation-guide, gastronomy, village-plans',
		]);
	});

	it('refuses a paper edition in no language, or handed out by an office that does not exist', () => {
		expect(issues(BrochureSchema.safeParse({ ...brochure, paperLanguages: [] }))).toEqual([
			'paperLanguages: needs at least one language',
		]);
		expect(
			issues(BrochureSchema.safeParse({ ...brochure, paperOffices: ['vialas', 'atlantis'] })),
		).toEqual(['paperOffices.1: "atlantis" is not in offices (no content/offices/atlantis.yaml)']);
	});

	it('needs both languages of the title', () => {
		expect(
			issues(BrochureSchema.safeParse({ ...brochure, title: { fr: 'La carte touristique' } })),
		).toHaveLength(1);
	});
});

describe('PartnershipSchema', () => {
	const { $comment: _comment, ...facts } = raw;

	it('accepts the partners’ space of content/partnership.json, with the manual’s six means', () => {
		expect(issues(PartnershipSchema.safeParse(facts))).toEqual([]);
		const english = partnership('en');
		expect(english.offers.map((offer) => offer.id)).toEqual(
			expect.arrayContaining([
				'promotion',
				'training',
				'visits',
				'brochure-exchange',
				'autumn-meetings',
				'newsletter',
			]),
		);
		expect(english.commitments).toHaveLength(partnership('fr').commitments.length);
	});

	it('refuses lists whose French and English differ in length', () => {
		const broken = {
			...facts,
			commitments: { fr: ['Promouvoir', 'Animer'], en: ['Promote'] },
		};
		expect(issues(PartnershipSchema.safeParse(broken))).toEqual([
			'commitments: French and English lists must have the same number of items',
		]);
	});
});
