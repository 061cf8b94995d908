/**
 * The inbox against both stores: filters (kind, status, office, provider, Paris-day period,
 * overdue), staff actions recorded in the history, and the CSV of a filtered view as a French
 * spreadsheet opens it — the right rows, semicolons, accents intact through UTF-8 with a BOM,
 * quoting, formulas neutralised, codes and dates written as the office reads them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository, Submission } from '../../../../src/lib/feedback/repository';
import {
	applyAction,
	forwardChoices,
	parseAction,
	recipientIndex,
} from '../../../../src/lib/staff/actions';
import { BOM, csvCell, submissionsCsv, toCsv } from '../../../../src/lib/staff/csv';
import {
	filtersToSearch,
	isOverdue,
	nameIndex,
	parseFilters,
	toQuery,
} from '../../../../src/lib/staff/filters';
import { messageExtract, staffLabels } from '../../../../src/lib/staff/labels';
import { allSubmissions } from '../../../../src/lib/staff/load';
import { useTranslations } from '../../../../src/lib/i18n/ui';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { seed } from './seed';

const NOW = new Date('2026-07-15T10:00:00Z');
const DAY = 86_400_000;
const CHOICES = {
	offices: ['vialas', 'florac'],
	providers: ['gite-de-la-baume'],
	providerNames: nameIndex([{ id: 'gite-de-la-baume', name: 'Gîte de la Baume' }]),
};

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

describe('message extract in the inbox', () => {
	it('joins what the visitor wrote on one line and cuts it at a word', () => {
		const data = {
			description: 'Le bureau\nétait fermé à 10 h,',
			expectation: 'des excuses',
			name: 'Hélène',
		};
		expect(messageExtract({ data })).toBe('Le bureau était fermé à 10 h, — des excuses');
		expect(messageExtract({ data }, 30)).toBe('Le bureau était fermé à 10 h…');
		expect(messageExtract({ data: { groupSize: 3 } })).toBe('');
	});
});

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
		let onTime: Submission;
		let answered: Submission;
		let hostile: Submission;

		beforeAll(async () => {
			stores = kind.create();
			repository = await stores.open();
			late = await seed(repository, {
				kind: 'complaint',
				receivedAt: new Date(NOW.getTime() - 5 * DAY),
				dueAt: new Date(NOW.getTime() - 2 * DAY),
				topic: 'office',
				officeId: 'vialas',
				contactName: 'Hélène Château',
				contactEmail: 'helene@example.org',
				data: {
					description: 'Le bureau était fermé, « porte close » à 10 h.',
					expectation: 'Des excuses',
				},
			});
			onTime = await seed(repository, {
				kind: 'complaint',
				receivedAt: new Date(NOW.getTime() - DAY),
				dueAt: new Date(NOW.getTime() + 2 * DAY),
				topic: 'provider',
				providerId: 'gite-de-la-baume',
				data: {
					description: 'Chambre non conforme à la description.',
					expectation: 'Remboursement',
				},
			});
			answered = await seed(repository, {
				kind: 'complaint',
				receivedAt: new Date(NOW.getTime() - 10 * DAY),
				dueAt: new Date(NOW.getTime() - 7 * DAY),
				topic: 'office',
				officeId: 'florac',
				data: { description: 'Horaires affichés faux sur la porte.', expectation: 'Correction' },
			});
			await repository.changeStatus(answered.reference, {
				status: 'answered',
				actor: 'agent@example.org',
				at: new Date(NOW.getTime() - 8 * DAY),
				answer: 'Corrigé.',
			});
			hostile = await seed(repository, {
				kind: 'suggestion',
				receivedAt: new Date('2026-07-01T22:30:00Z'), // 2 July, 00:30 in Paris
				topic: 'website',
				contactName: '=HYPERLINK("http://evil.example","clic")',
				data: { message: '<script>alert("x")</script>, et "guillemets"\nsur deux lignes' },
			});
		});
		afterAll(() => stores.cleanup());

		const find = async (search: string) =>
			(
				await allSubmissions(
					repository,
					toQuery(parseFilters(new URLSearchParams(search), CHOICES), NOW),
				)
			).map((submission) => submission.reference);

		it('filters by kind, office, provider, period and overdue', async () => {
			expect(await find('kind=complaint&sort=newest')).toEqual([
				onTime.reference,
				late.reference,
				answered.reference,
			]);
			expect(await find('overdue=1')).toEqual([late.reference]);
			expect(await find('kind=suggestion&overdue=1')).toEqual([late.reference]);
			expect(await find('office=vialas')).toEqual([late.reference]);
			expect(await find('provider=gite-de-la-baume')).toEqual([onTime.reference]);
			// The type-ahead sends the name, matched case and spacing aside, back to the id.
			expect(await find('prestataire=G%C3%AEte%20de%20la%20Baume')).toEqual([onTime.reference]);
			expect(await find('prestataire=%20g%C3%AEte%20%20DE%20la%20baume')).toEqual([
				onTime.reference,
			]);
			const unknown = parseFilters(new URLSearchParams('prestataire=Gite de la Baume'), CHOICES);
			expect(unknown.unknownProvider).toBe('Gite de la Baume');
			expect(unknown.provider).toBeUndefined();
			expect(filtersToSearch(unknown)).toBe('');
			expect(await find('status=answered')).toEqual([answered.reference]);
			// Paris days: the suggestion sent at 00:30 on 2 July (22:30 UTC on the 1st) is on the 2nd.
			expect(await find('from=2026-07-02&to=2026-07-02')).toEqual([hostile.reference]);
			expect(await find('from=2026-07-03&to=2026-07-04')).toEqual([]);
			// Unknown values are ignored, never sent to the database.
			expect(await find("office=x' OR 1=1 --&kind=nope")).toHaveLength(4);
			expect(isOverdue(late, NOW)).toBe(true);
			const afterAnswer = await repository.findSubmission(answered.reference);
			expect(afterAnswer && isOverdue(afterAnswer, NOW)).toBe(false);
			expect(
				filtersToSearch(
					parseFilters(new URLSearchParams('overdue=1&kind=complaint&page=3'), CHOICES),
					true,
				),
			).toBe('?kind=complaint&overdue=1&page=3');
		});

		it('finds a message by reference, name, e-mail or its words, wildcards taken literally', async () => {
			expect(await find(`q=${late.reference.toLowerCase()}`)).toEqual([late.reference]);
			expect(await find('q=Château')).toEqual([late.reference]);
			expect(await find('q=HELENE@example')).toEqual([late.reference]);
			expect(await find('q=porte  close')).toEqual([late.reference]);
			expect(await find('q=porte ouverte')).toEqual([]);
			expect(await find('q=%25')).toEqual([]);
			expect(await find('q=_')).toEqual([]);
		});

		it('lists what is to handle first, soonest due first, by default', async () => {
			expect(await find('')).toEqual([
				late.reference, // overdue
				onTime.reference, // due in two days
				hostile.reference, // a suggestion to handle, no due date
				answered.reference, // done
			]);
			expect(await find('sort=newest')).toEqual([
				onTime.reference,
				late.reference,
				answered.reference,
				hostile.reference,
			]);
		});

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

		it('records status changes, forwarding, answers and notes in the history', async () => {
			const steps: [Record<string, string>, string][] = [
				[{ action: 'status', status: 'forwarded', forwardedTo: 'Bureau de Vialas' }, 'forwarded'],
				[{ action: 'note', note: 'Appelé la responsable.' }, 'forwarded'],
				[
					{
						action: 'status',
						status: 'answered',
						answer: 'Nous vous présentons nos excuses.',
						send: 'yes',
					},
					'answered',
				],
				[{ action: 'status', status: 'closed', note: 'Clos après réponse.' }, 'closed'],
			];
			let at = NOW.getTime();
			for (const [fields, expected] of steps) {
				const form = new FormData();
				for (const [name, value] of Object.entries(fields)) form.set(name, value);
				const current = await repository.findSubmission(late.reference);
				if (!current) throw new Error('missing');
				const parsed = parseAction(form, current);
				if (!parsed.ok) throw new Error(parsed.error);
				at += 60_000;
				await applyAction(repository, current, parsed.action, 'agent@example.org', new Date(at), {
					notifyEmail: 'accueil@cevennes-montlozere.com',
				});
				expect((await repository.findSubmission(late.reference))?.status).toBe(expected);
			}
			const stored = await repository.findSubmission(late.reference);
			expect(stored).toMatchObject({
				forwardedTo: 'Bureau de Vialas',
				answer: 'Nous vous présentons nos excuses.',
			});
			expect(stored?.answeredAt).toEqual(new Date(NOW.getTime() + 3 * 60_000));
			const history = await repository.history(late.id);
			expect(history.map((entry) => [entry.actor, entry.action, entry.detail])).toEqual([
				['visitor', 'received', {}],
				[
					'agent@example.org',
					'status',
					{ from: 'new', to: 'forwarded', forwardedTo: 'Bureau de Vialas' },
				],
				['agent@example.org', 'note', { note: 'Appelé la responsable.' }],
				[
					'agent@example.org',
					'status',
					{
						from: 'forwarded',
						to: 'answered',
						answer: 'Nous vous présentons nos excuses.',
						mailed: 'reply',
					},
				],
				[
					'agent@example.org',
					'status',
					{ from: 'answered', to: 'closed', note: 'Clos après réponse.' },
				],
			]);
			// The answer went to the visitor once, in their language, replies going to the office.
			const replies = (await repository.listMail()).filter((mail) => mail.kind === 'reply');
			expect(replies).toHaveLength(1);
			expect(replies[0]).toMatchObject({
				to: 'helene@example.org',
				subject: `Réponse à votre message ${late.reference}`,
				headers: { 'Reply-To': 'accueil@cevennes-montlozere.com' },
			});
			expect(replies[0]?.text).toContain('Nous vous présentons nos excuses.');
			expect(replies[0]?.text).toContain(`En réponse à votre message ${late.reference} du`);
		});

		it('forwards an item by mail without the visitor’s name or address, and records it', async () => {
			const current = await repository.findSubmission(late.reference);
			if (!current) throw new Error('missing');
			const form = new FormData();
			form.set('action', 'status');
			form.set('status', 'forwarded');
			form.set('forwardEmail', 'contact@gite-de-la-baume.example');
			const parsed = parseAction(form, current);
			if (!parsed.ok) throw new Error(parsed.error);
			await applyAction(
				repository,
				current,
				parsed.action,
				'agent@example.org',
				new Date(NOW.getTime() + DAY), // after the history test's steps
				{ notifyEmail: 'accueil@cevennes-montlozere.com' },
				{ offices: new Map([['vialas', 'Bureau de Vialas']]), providers: new Map() },
			);
			const forwards = (await repository.listMail()).filter((mail) => mail.kind === 'forward');
			expect(forwards).toHaveLength(1);
			expect(forwards[0]).toMatchObject({
				to: 'contact@gite-de-la-baume.example',
				subject: `Réclamation ${late.reference} transmise par l’office de tourisme`,
				headers: { 'Reply-To': 'accueil@cevennes-montlozere.com' },
			});
			expect(forwards[0]?.text).toContain('Le bureau était fermé, « porte close » à 10 h.');
			expect(forwards[0]?.text).toContain('Bureau d’information : Bureau de Vialas');
			// Nothing that identifies or reaches the visitor.
			expect(forwards[0]?.text).not.toContain('Hélène');
			expect(forwards[0]?.text).not.toContain('helene@example.org');
			const stored = await repository.findSubmission(late.reference);
			expect(stored).toMatchObject({
				status: 'forwarded',
				forwardedTo: 'contact@gite-de-la-baume.example',
			});
			const last = (await repository.history(late.id)).at(-1);
			expect(last?.detail).toMatchObject({
				mailed: 'forward',
				mailedTo: 'contact@gite-de-la-baume.example',
			});
			const bad = new FormData();
			bad.set('action', 'status');
			bad.set('status', 'forwarded');
			bad.set('forwardEmail', 'pas une adresse');
			expect(parseAction(bad, current)).toEqual({ ok: false, error: 'staff.error.forwardEmail' });

			// A member or an office picked by name from the type-ahead: its known address.
			const choices = forwardChoices(
				'gite-de-la-baume',
				[
					{ id: 'auberge', name: 'Auberge du Pont', email: 'auberge@example.org' },
					{ id: 'gite-de-la-baume', name: 'Gîte de la Baume', email: 'baume@example.org' },
					{ id: 'sans-adresse', name: 'Sans adresse' },
				],
				[{ name: 'Vialas', email: 'vialas@example.org' }],
				(name) => `Bureau de ${name}`,
			);
			expect(choices.map((choice) => choice.name)).toEqual([
				'Gîte de la Baume',
				'Bureau de Vialas',
				'Auberge du Pont',
			]);
			const byName = new FormData();
			byName.set('action', 'status');
			byName.set('status', 'forwarded');
			byName.set('forwardEmail', 'auberge  DU pont');
			expect(parseAction(byName, current, recipientIndex(choices))).toMatchObject({
				ok: true,
				action: { forwardEmail: 'auberge@example.org', forwardedTo: 'Auberge du Pont' },
			});
			byName.set('forwardEmail', 'Bureau de Vialas');
			expect(parseAction(byName, current, recipientIndex(choices))).toMatchObject({
				ok: true,
				action: { forwardEmail: 'vialas@example.org' },
			});
			byName.set('forwardEmail', 'Sans adresse');
			expect(parseAction(byName, current, recipientIndex(choices))).toEqual({
				ok: false,
				error: 'staff.error.forwardEmail',
			});
		});

		it('refuses incomplete or unknown actions', () => {
			const form = (fields: Record<string, string>) => {
				const data = new FormData();
				for (const [name, value] of Object.entries(fields)) data.set(name, value);
				return data;
			};
			const blank = {
				kind: 'complaint' as const,
				forwardedTo: undefined,
				answer: undefined,
				contactEmail: undefined,
				anonymisedAt: undefined,
			};
			// Each kind its statuses: a questionnaire has none, brochures go to send → sent.
			const kinded = (kind: Submission['kind']) => ({ ...blank, kind });
			expect(
				parseAction(form({ action: 'status', status: 'closed' }), kinded('questionnaire')),
			).toEqual({ ok: false, error: 'staff.error.status' });
			expect(
				parseAction(form({ action: 'status', status: 'answered' }), kinded('brochureRequest')),
			).toEqual({ ok: false, error: 'staff.error.status' });
			expect(
				parseAction(form({ action: 'status', status: 'closed' }), kinded('brochureRequest')).ok,
			).toBe(true);
			// No address on record (none given, or erased): nothing can be mailed.
			expect(
				parseAction(
					form({ action: 'status', status: 'answered', answer: 'Merci', send: 'yes' }),
					blank,
				),
			).toEqual({ ok: false, error: 'staff.error.noEmail' });
			expect(parseAction(form({ action: 'status', status: 'forwarded' }), blank)).toEqual({
				ok: false,
				error: 'staff.error.forwardedTo',
			});
			expect(parseAction(form({ action: 'status', status: 'answered' }), blank)).toEqual({
				ok: false,
				error: 'staff.error.answer',
			});
			expect(
				parseAction(form({ action: 'status', status: 'answered' }), {
					...blank,
					answer: 'Déjà répondu',
				}).ok,
			).toBe(true);
			expect(parseAction(form({ action: 'status', status: 'deleted' }), blank)).toEqual({
				ok: false,
				error: 'staff.error.status',
			});
			expect(parseAction(form({ action: 'note', note: '   ' }), blank)).toEqual({
				ok: false,
				error: 'staff.error.note',
			});
			expect(parseAction(form({ action: 'note', note: 'x'.repeat(2001) }), blank)).toEqual({
				ok: false,
				error: 'staff.error.tooLong',
			});
			expect(parseAction(form({ action: 'drop' }), blank)).toEqual({
				ok: false,
				error: 'staff.error.action',
			});
		});
	});
}
