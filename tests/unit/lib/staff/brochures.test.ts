/**
 * Brochure requests to send: their addresses as a French post office wants them on a label, the
 * sheets of 24, the CSV for a mailing read back, and "mark as sent" changing only the requests
 * printed (not one that arrived meanwhile, nor other kinds), in their history — on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { useTranslations } from '../../../../src/lib/i18n/ui';
import {
	addressLines,
	brochureMailingCsv,
	markSent,
	parseReferences,
	requestsToSend,
	sheets,
} from '../../../../src/lib/staff/brochures';
import { staffLabels } from '../../../../src/lib/staff/labels';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { seed } from './seed';

const country = (code: string) =>
	new Intl.DisplayNames(['fr'], { type: 'region' }).of(code) ?? code;
const FRENCH = {
	contactName: 'Claire Fabre',
	data: {
		street: '12 rue des Châtaigniers',
		addressLine2: 'Bâtiment B',
		postalCode: '30100',
		city: 'Alès',
		country: 'FR',
		language: 'fr',
		'brochure-tourist-map': 'yes',
		'brochure-gastronomy': 'yes',
	},
};

describe('labels and mailing list', () => {
	it('writes an address as the post wants it: town in capitals, the country only abroad', () => {
		expect(addressLines(FRENCH, country)).toEqual([
			'Claire Fabre',
			'12 rue des Châtaigniers',
			'Bâtiment B',
			'30100 ALÈS',
		]);
		expect(
			addressLines(
				{
					contactName: 'Anna de Vries',
					data: { street: 'Kerkstraat 1', postalCode: '1017 GA', city: 'Amsterdam', country: 'NL' },
				},
				country,
			),
		).toEqual(['Anna de Vries', 'Kerkstraat 1', '1017 GA AMSTERDAM', 'PAYS-BAS']);
	});

	it('puts 24 labels on a sheet', () => {
		expect(
			sheets(Array.from({ length: 50 }, (_, index) => index)).map((page) => page.length),
		).toEqual([24, 24, 2]);
	});

	it('accepts only references to mark', () => {
		expect(parseReferences('BRO-2026-ABCDEF  BRO-2026-ABCDEF BRO-2026-GHJKMN')).toEqual([
			'BRO-2026-ABCDEF',
			'BRO-2026-GHJKMN',
		]);
		expect(parseReferences('')).toBeUndefined();
		expect(parseReferences('BRO-2026-ABCDEF x')).toBeUndefined();
	});
});

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`brochure requests on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let repository: FeedbackRepository;

		beforeAll(async () => {
			store = storeKind.create();
			repository = await store.open();
		});
		afterAll(async () => {
			await store.cleanup();
		});

		it('lists those to send oldest first, exports them, and marks only the printed ones sent', async () => {
			const newer = await seed(repository, {
				kind: 'brochureRequest',
				receivedAt: new Date('2026-07-20T10:00:00Z'),
				contactName: '=Dupont',
				contactEmail: 'dupont@example.org',
				data: {
					street: '1 place du Temple',
					postalCode: '48220',
					city: 'Vialas',
					country: 'FR',
					language: 'en',
					'brochure-village-plans': 'yes',
				},
			});
			const older = await seed(repository, {
				kind: 'brochureRequest',
				receivedAt: new Date('2026-07-02T10:00:00Z'),
				...FRENCH,
			});
			const complaint = await seed(repository, { kind: 'complaint', data: {} });

			const printed = await requestsToSend(repository);
			expect(printed.map((request) => request.reference)).toEqual([
				older.reference,
				newer.reference,
			]);

			const t = useTranslations('fr');
			const labels = staffLabels(t, [], []);
			const csv = brochureMailingCsv(printed, {
				...labels,
				header: (column) =>
					column === 'brochures' ? t('staff.brochures.col.brochures') : t(`staff.col.${column}`),
			});
			expect(csv.startsWith('\uFEFFRéférence;Reçu le;Nom;Adresse (numéro et rue);')).toBe(true);
			const [, first, second] = csv.slice(1).split('\r\n');
			expect(first).toBe(
				`${older.reference};02/07/2026 12:00;Claire Fabre;12 rue des Châtaigniers;Bâtiment B;30100;Alès;France;français;"La carte touristique, Le fascicule gastronomie";`,
			);
			// A name starting with "=" never runs as a formula.
			expect(second).toContain(";'=Dupont;");
			expect(second).toContain(';anglais;Les plans de village;dupont@example.org');

			// One more arrives after the labels were printed: it stays to send.
			const late = await seed(repository, {
				kind: 'brochureRequest',
				contactName: 'Tard',
				data: {},
			});
			const marked = await markSent(
				repository,
				[...printed.map((request) => request.reference), complaint.reference],
				'accueil@example.org',
				new Date('2026-07-21T08:00:00Z'),
			);
			expect(marked).toBe(2);
			expect((await requestsToSend(repository)).map((request) => request.reference)).toEqual([
				late.reference,
			]);
			expect((await repository.findSubmission(older.reference))?.status).toBe('closed');
			expect((await repository.findSubmission(complaint.reference))?.status).toBe('new');
			const history = await repository.history(older.id);
			expect(history.at(-1)).toMatchObject({
				actor: 'accueil@example.org',
				action: 'status',
				detail: { from: 'new', to: 'closed' },
			});
			// Marking again changes nothing.
			expect(await markSent(repository, [older.reference], 'accueil@example.org', new Date())).toBe(
				0,
			);
		});
	});
}
