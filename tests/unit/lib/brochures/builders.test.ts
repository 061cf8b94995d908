/**
 * The brochures' PDFs (src/lib/brochures/builders.ts), built from small inputs and read back with
 * pdf.js as a reader would: the file opens, has the expected page size, and its pages carry the
 * content, the office's contacts and the page numbers.
 */
import { describe, expect, it } from 'vitest';
import {
	buildAccommodationGuide,
	buildDestinationGuide,
	buildGastronomyBooklet,
	buildPartnershipGuide,
	buildTouristMap,
	buildVillagePlans,
	holdsSampleData,
	type CommonInput,
	type Listing,
} from '../../../../src/lib/brochures/builders';
import { PAGE_SIZES } from '../../../../src/lib/brochures/pdf-writer';
import type { AreaGeometry } from '../../../../src/lib/geo/polygon';
import { readPdf } from '../../../tools/pdf';

/** Every page's text, one string per page, and the page sizes. */
const read = (bytes: Uint8Array) => readPdf(bytes);

/** A square commune around a point of the territory. */
const square = (lat: number, lon: number, size = 0.02): AreaGeometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[lon - size, lat - size],
			[lon + size, lat - size],
			[lon + size, lat + size],
			[lon - size, lat + size],
			[lon - size, lat - size],
		],
	],
});

const common = (locale: 'fr' | 'en'): CommonInput => ({
	locale,
	date: new Date('2026-07-01T00:00:00Z'),
	pageUrl: 'https://www.cevennes-montlozere.com/brochures/',
	contacts: {
		name: 'Office de Tourisme des Cévennes au Mont Lozère',
		phone:
			locale === 'fr'
				? '04\u00a066\u00a045\u00a081\u00a094'
				: '+33\u00a04\u00a066\u00a045\u00a081\u00a094',
		email: 'info@cevennes-montlozere.com',
		website: 'https://www.cevennes-montlozere.com/',
	},
	offices: [
		{
			name: 'Bureau d’information de Vialas',
			address: 'Rue Haute, 48220 Vialas',
			services: ['Wi-Fi gratuit', 'Borne 24 h/24'],
			location: { lat: 44.3335, lon: 3.8958 },
		},
	],
});

const listing = (name: string, kind: string, sample = false): Listing => ({
	name,
	kind,
	village: 'Vialas',
	summary: `${name} : une adresse du mont Lozère.`,
	details: ['Capacité : 12 personnes'],
	phones: ['04\u00a066\u00a041\u00a000\u00a000'],
	email: 'contact@example.org',
	website: 'https://example.org/',
	location: { lat: 44.33, lon: 3.89 },
	sample,
});

// pdf.js loads on the first test: slow on a busy machine.
describe('the brochures’ PDFs', { timeout: 30_000 }, () => {
	it('compiles the destination guide in A5 with every sector, village, theme and office', async () => {
		const bytes = await buildDestinationGuide({
			...common('fr'),
			title: 'Le guide de destination',
			intro: 'Quatre pays, leurs villages et nos bureaux.',
			sectors: [
				{
					name: 'Mont Lozère',
					summary: 'Le granit et les landes.',
					portrait: ['Un plateau de granit où paissent les troupeaux.'],
					landscapes: [{ name: 'Les chaos granitiques', description: 'Des blocs arrondis.' }],
					heritage: [],
					villages: [
						{
							name: 'Vialas',
							summary: 'Village de schiste.',
							whatToSee: [{ name: 'Les mines', description: 'Plomb argentifère.' }],
						},
					],
				},
			],
			themes: [{ name: 'Randonnée', introduction: ['Marcher en Cévennes.'], highlights: [] }],
		});
		const { pages, all, info } = await read(bytes.bytes);
		expect(bytes.pages).toBe(pages.length);
		expect(pages[0]?.width).toBeCloseTo(PAGE_SIZES.A5[0], 0);
		expect(pages[0]?.height).toBeCloseTo(PAGE_SIZES.A5[1], 0);
		expect(info['Title']).toBe('Le guide de destination');
		expect(info['Language'] ?? 'fr-FR').toBe('fr-FR');
		for (const text of [
			'Le guide de destination',
			'Quatre pays, leurs villages et nos bureaux.',
			'Mont Lozère',
			'Un plateau de granit',
			'Vialas',
			'Les mines : Plomb argentifère.',
			'Randonnée',
			'Rue Haute, 48220 Vialas',
			'04 66 45 81 94',
		])
			expect(all).toContain(text);
		// Every page but the cover has the footer: contacts and "Page n sur N".
		expect(pages.slice(1).every((page) => page.text.includes('info@cevennes-montlozere.com'))).toBe(
			true,
		);
		expect(pages.at(-1)?.text).toContain(`Page ${pages.length - 1} sur ${pages.length - 1}`);
	});

	it('draws the tourist map in A4 with offices, walks and activities, in English', async () => {
		const bytes = await buildTouristMap({
			...common('en'),
			title: 'The tourist map',
			sectors: [{ id: 'mont-lozere', name: 'Mont Lozère' }],
			communes: [{ id: 'vialas', sector: 'mont-lozere', geometry: square(44.33, 3.89) }],
			villages: [{ name: 'Vialas', location: { lat: 44.333, lon: 3.896 } }],
			hikes: [
				{
					title: 'The silver mines walk',
					start: 'Vialas',
					location: { lat: 44.335, lon: 3.9 },
					distance: '7.5 km',
					duration: '2 h 30 min',
				},
			],
			activities: [listing('Ânes du Lozère', 'Donkey trekking', true)],
		});
		const { pages, all } = await read(bytes.bytes);
		expect(pages[1]?.width).toBeCloseTo(PAGE_SIZES.A4[0], 0);
		for (const text of [
			'The tourist map',
			'Key',
			'Where the walks start',
			'A. The silver mines walk',
			'Start: Vialas · 7.5 km · 2 h 30 min',
			'Ânes du Lozère',
			'fictional examples',
			'+33 4 66 45 81 94',
			'Page 1 of',
		])
			expect(all).toContain(text);
	});

	it('lists accommodation and food by section, with their contacts', async () => {
		const sections = [
			{ heading: 'Gîte, location', listings: [listing('Gîte de la Baume', 'Gîte, location')] },
		];
		const accommodation = await read(
			(
				await buildAccommodationGuide({
					...common('fr'),
					title: 'Le guide des hébergements',
					intro: 'Les hébergements des adhérents, par type.',
					sections,
				})
			).bytes,
		);
		expect(accommodation.all).toContain('Les hébergements des adhérents, par type.');
		expect(accommodation.all).toContain('Gîte de la Baume');
		expect(accommodation.all).toContain('Gîte, location (1)');
		expect(accommodation.all).toContain('Capacité : 12 personnes');
		expect(accommodation.all).toContain('contact@example.org');
		const food = await read(
			(
				await buildGastronomyBooklet({
					...common('en'),
					title: 'The food and drink booklet',
					intro: 'Local producers and places to eat.',
					sections: [{ heading: 'Cheese', listings: [listing('Fromagerie du Bougès', 'Cheese')] }],
				})
			).bytes,
		);
		expect(food.all).toContain('Local producers and places to eat.');
		expect(food.all).toContain('Fromagerie du Bougès');
		expect(food.all).toContain('Producers, farm restaurants and restaurants');
	});

	it('draws each village plan with its numbered services and lettered walk', async () => {
		const bytes = await buildVillagePlans({
			...common('fr'),
			title: 'Les plans de village',
			intro: 'Les commerces de chaque village et sa balade.',
			villages: [
				{
					name: 'Vialas',
					commune: square(44.333, 3.896),
					centre: { lat: 44.333, lon: 3.896 },
					servicesAreSample: true,
					services: [
						{
							kind: 'Boulangerie',
							where: 'Au centre du village',
							location: { lat: 44.333, lon: 3.8967 },
						},
					],
					walk: {
						title: 'Vialas, balcon du mont Lozère',
						summary: 'Trois quarts d’heure de ruelles.',
						sample: true,
						steps: [
							{
								name: 'La fontaine',
								description: 'Remplissez votre gourde.',
								location: { lat: 44.3326, lon: 3.8965 },
							},
							{
								name: 'Le belvédère',
								description: 'Vue sur les serres.',
								location: { lat: 44.334, lon: 3.897 },
							},
						],
					},
				},
			],
		});
		const { all } = await read(bytes.bytes);
		for (const text of [
			'Les commerces de chaque village et sa balade.',
			'1. Boulangerie · Au centre du village',
			'A. La fontaine',
			'B. Le belvédère',
			'Vialas, balcon du mont Lozère',
			'Exemple : commerces et services fictifs',
		])
			expect(all).toContain(text);
	});

	it('writes the partnership guide from the manual’s commitments and the member counts', async () => {
		const bytes = await buildPartnershipGuide({
			...common('fr'),
			title: 'Le guide du partenariat',
			introduction: ['L’office travaille avec les prestataires.'],
			commitments: ['Promouvoir et animer la destination'],
			expectations: ['L’appartenance à un réseau local'],
			offers: [{ title: 'Rencontres d’automne', text: 'Pour se rencontrer, échanger.' }],
			members: [
				{ year: '2019', count: 199 },
				{ year: '2020', count: 200 },
			],
			join: ['Appelez l’office.'],
			listing: ['Votre fiche vient de la base départementale.'],
			network: ['Le Comité départemental du tourisme de la Lozère'],
		});
		const { all } = await read(bytes.bytes);
		for (const text of [
			'Promouvoir et animer la destination',
			'Rencontres d’automne',
			'200 prestataires partenaires de l’office en 2020.',
			'2019 : 199 partenaires',
			'Votre fiche vient de la base départementale.',
		])
			expect(all).toContain(text);
	});

	it('writes text the standard fonts cannot show as the nearest they can, never failing', async () => {
		const bytes = await buildPartnershipGuide({
			...common('en'),
			title: 'Guide → 2026 ≥ ✓ 🐐',
			introduction: ['Narrow\u202fspaces and a goat 🐐 stay readable.'],
			commitments: ['x'],
			expectations: ['y'],
			offers: [],
			members: [],
			join: ['z'],
			listing: ['w'],
			network: ['v'],
		});
		const { all } = await read(bytes.bytes);
		expect(all).toContain('Guide -> 2026 >=');
		expect(all).toContain('Narrow spaces and a goat stay readable.');
	});

	it('knows which brochures hold sample data, for the page to say so', () => {
		const sections = (sample: boolean) => [
			{ heading: 'Gîte', listings: [listing('Gîte', 'Gîte', sample)] },
		];
		expect(
			holdsSampleData({ ...common('fr'), title: 'x', intro: '', sections: sections(true) }),
		).toBe(true);
		expect(
			holdsSampleData({ ...common('fr'), title: 'x', intro: '', sections: sections(false) }),
		).toBe(false);
		expect(
			holdsSampleData({ ...common('fr'), title: 'x', intro: '', sectors: [], themes: [] }),
		).toBe(false);
	});
});
