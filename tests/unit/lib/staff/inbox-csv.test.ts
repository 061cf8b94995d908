/**
 * The inbox's CSV as a French spreadsheet opens it, against both stores: the rows of a filtered
 * view, semicolons, accents intact through UTF-8 with a BOM, quoting, formulas neutralised, codes
 * and dates written as the office reads them, and a brochure request's postal address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository, Submission } from '../../../../src/lib/feedback/repository';
import { BOM, csvCell, submissionsCsv, toCsv } from '../../../../src/lib/staff/csv';
import { parseFilters, toQuery } from '../../../../src/lib/staff/filters';
import { staffLabels } from '../../../../src/lib/staff/labels';
import { allSubmissions } from '../../../../src/lib/staff/load';
import { useTranslations } from '../../../../src/lib/i18n/ui';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { CHOICES, NOW, seedInbox } from './inbox-seed';

/** A semicolon CSV reader, written for the test: rows of cells, quotes undone. */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (character === '"') quoted = false;
			else cell += character;
		} else if (character === '"') quoted = true;
		else if (character === ';') {
			row.push(cell);
			cell = '';
		} else if (character === '\r' && text[index + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			index++;
		} else cell += character;
	}
	return rows;
}

const LABELS = {
	header: [
		'Référence',
		'Type',
		'Statut',
		'Reçu le',
		'Origine',
		'Date de la visite ou de l’avis',
		'Réponse due le',
		'En retard',
		'Objet',
		'Bureau',
		'Prestataire',
		'Page',
		'Nom',
		'E-mail',
		'Téléphone',
		'Transmis à',
		'Réponse',
		'Répondu le',
		'Clos le',
		'Langue',
	],
	names: staffLabels(
		useTranslations('fr'),
		[{ id: 'vialas', name: 'Bureau de Vialas' }],
		[{ id: 'gite-de-la-baume', name: 'Gîte de la Baume' }],
	),
	yes: 'oui',
};

describe('CSV cells', () => {
	it('quotes what needs it and neutralises formulas', () => {
		expect(csvCell('simple')).toBe('simple');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('dit "bonjour"')).toBe('"dit ""bonjour"""');
		expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
		for (const formula of ['=HYPERLINK("http://x")', '+33 4 66', '-1+1', '@SUM(A1)', '\tx'])
			expect(csvCell(formula).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell('a; b')).toBe('"a; b"');
		expect(toCsv(['a', 'b'], [[1, 'é']])).toBe(`${BOM}a;b\r\n1,é\r\n`.replace('1,é', '1;é'));
	});
});

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`inbox — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let repository: FeedbackRepository;
		let late: Submission;
		let hostile: Submission;

		beforeAll(async () => {
			stores = kind.create();
			repository = await stores.open();
			({ late, hostile } = await seedInbox(repository));
		});
		afterAll(() => stores.cleanup());

		it('exports the filtered view as CSV that reads back with its accents', async () => {
			const submissions = await allSubmissions(
				repository,
				toQuery(parseFilters(new URLSearchParams('kind=complaint&overdue=1'), CHOICES), NOW),
			);
			const csv = submissionsCsv(submissions, LABELS, NOW, 'complaint');
			const bytes = new TextEncoder().encode(csv);
			expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const rows = readCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes));
			expect(rows[0]?.[0]).toBe('Référence');
			expect(rows).toHaveLength(2);
			const row = rows[1] ?? [];
			const column = (name: string) => row[(rows[0] ?? []).indexOf(name)];
			expect(column('Référence')).toBe(late.reference);
			expect(column('Nom')).toBe('Hélène Château');
			expect(column('En retard')).toBe('oui');
			expect(column('Statut')).toBe('Nouveau');
			expect(column('Objet')).toBe('Un bureau d’information');
			expect(column('Bureau')).toBe('Bureau de Vialas');
			expect(column('Reçu le')).toBe('10/07/2026 12:00');
			expect(column('Langue')).toBe('français');
			expect(column('Que s’est-il passé ?')).toBe('Le bureau était fermé, « porte close » à 10 h.');
			// One kind's file has only that form's columns.
			expect(rows[0]).not.toContain('Votre suggestion');
			expect(rows[0]).not.toContain('Pays de résidence');

			const all = readCsv(submissionsCsv([hostile], LABELS, NOW).slice(1));
			const hostileRow = all[1] ?? [];
			expect(hostileRow[(all[0] ?? []).indexOf('Nom')]).toBe(
				'\'=HYPERLINK("http://evil.example","clic")',
			);
			expect(hostileRow[(all[0] ?? []).indexOf('Reçu le')]).toBe('02/07/2026 00:30');
			expect(hostileRow[(all[0] ?? []).indexOf('Votre suggestion')]).toBe(
				'<script>alert("x")</script>, et "guillemets"\nsur deux lignes',
			);
		});

		it('exports a paper-brochure request with the postal address to send it to', () => {
			const request = {
				...hostile,
				kind: 'brochureRequest',
				data: {
					'brochure-tourist-map': true,
					language: 'fr',
					street: '12 rue du Quai',
					postalCode: '48220',
					city: 'Le Pont-de-Montvert',
					country: 'FR',
				},
			} as Submission;
			const rows = readCsv(submissionsCsv([request], LABELS, NOW, 'brochureRequest').slice(1));
			const column = (name: string) => rows[1]?.[(rows[0] ?? []).indexOf(name)];
			expect(column('La carte touristique')).toBe('oui');
			expect(column('Langue des brochures')).toBe('français');
			expect(column('Adresse (numéro et rue)')).toBe('12 rue du Quai');
			expect(column('Code postal')).toBe('48220');
			expect(column('Ville')).toBe('Le Pont-de-Montvert');
			expect(column('Pays de résidence')).toBe('France');
		});
	});
}
