/**
 * Items typed in by staff ("Saisir une fiche"): each type read with its form's schema, refused
 * with a problem per field and what was typed kept; stored with its source, the day of the visit
 * and who typed it (history), on both stores; and counted by the synthesis in the year of the
 * visit, not of the typing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { newReference } from '../../../../src/lib/server/token';
import { parseEntry, type EntryContext } from '../../../../src/lib/staff/entry';
import { entryFields } from '../../../../src/lib/staff/entry-form';
import { nextEntryPath } from '../../../../src/lib/staff/entry-page';
import { submissionsBetween } from '../../../../src/lib/staff/load';
import { periodBounds } from '../../../../src/lib/staff/periods';
import { periodSynthesis } from '../../../../src/lib/staff/synthesis';
import { useTranslations } from '../../../../src/lib/i18n/ui';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { seed } from './seed';

/** Typed in on a January morning (Paris), about the summer before. */
const TYPED = new Date('2027-01-12T09:30:00Z');
const CONTEXT: EntryContext = {
	choices: { offices: ['vialas', 'florac'], providers: ['gite-de-la-baume'] },
	now: TYPED,
	actor: 'accueil@example.org',
	complaintDueDays: 3,
};
const KEY = 'entry-key-0123456789abcdef';

const QUESTIONNAIRE = {
	type: 'questionnaire',
	idempotencyKey: KEY,
	entryOffice: 'vialas',
	entryDate: '2026-07-20',
	heardFrom: 'guidebook',
	welcome: '5',
	wifi: '',
	overall: '4',
	recommend: 'yes',
	country: 'FR',
	departement: '30',
	groupType: 'family',
	groupSize: '4',
	comment: 'Très bon accueil.',
};

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('reading an entry', () => {
	it('stores a paper questionnaire as one, dated on the day of the visit, typed by its author', () => {
		const outcome = parseEntry(form(QUESTIONNAIRE), CONTEXT);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		expect(outcome.submission).toMatchObject({
			kind: 'questionnaire',
			source: 'paper',
			receivedAt: TYPED,
			// Midnight in Paris (summer time) on the day of the visit.
			datedAt: new Date('2026-07-19T22:00:00Z'),
			enteredBy: 'accueil@example.org',
			officeId: 'vialas',
			idempotencyKey: KEY,
			data: {
				officeId: 'vialas',
				visitDate: '2026-07-20',
				overall: 4,
				welcome: 5,
				groupSize: 4,
				collectedBy: 'vialas',
			},
		});
		expect(outcome.submission.data).not.toHaveProperty('wifi');
		expect(outcome.common).toEqual({
			type: 'questionnaire',
			officeId: 'vialas',
			date: '2026-07-20',
			locale: 'fr',
		});
	});

	it('refuses a wrong entry field by field, keeping everything typed', () => {
		const outcome = parseEntry(
			form({ ...QUESTIONNAIRE, entryDate: '2027-03-01', overall: '', comment: '<b>gras</b>' }),
			CONTEXT,
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.problems).toEqual({
			entryDate: { key: 'feedback.error.dateFuture' },
			overall: { key: 'feedback.error.required' },
		});
		expect(outcome.values).toMatchObject({
			entryOffice: 'vialas',
			entryDate: '2027-03-01',
			comment: '<b>gras</b>',
			groupSize: '4',
		});
	});

	it('asks for the office and the day of every entry', () => {
		const outcome = parseEntry(
			form({ type: 'oral', idempotencyKey: KEY, topic: 'office', message: 'Manque de bancs.' }),
			CONTEXT,
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(Object.keys(outcome.problems).sort()).toEqual(['entryDate', 'entryOffice']);
	});

	it('stores a paper complaint with its due date from the typing, and its facts on the day given', () => {
		const outcome = parseEntry(
			form({
				type: 'complaint',
				idempotencyKey: KEY,
				entryOffice: 'florac',
				entryDate: '2026-08-03',
				locale: 'en',
				subject: 'provider',
				providerId: 'gite-de-la-baume',
				description: 'La chambre réservée n’était pas libre à notre arrivée.',
				expectation: 'Un geste.',
				name: 'John Smith',
				email: 'john@example.org',
				consent: 'yes',
			}),
			CONTEXT,
		);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		expect(outcome.submission).toMatchObject({
			kind: 'complaint',
			source: 'paper',
			locale: 'en',
			topic: 'provider',
			providerId: 'gite-de-la-baume',
			// The office that collected it, when the complaint is about a member.
			officeId: 'florac',
			contactName: 'John Smith',
			dueAt: new Date('2027-01-15T09:30:00Z'),
			data: { factsDate: '2026-08-03', collectedBy: 'florac' },
		});
	});

	it('stores an online review with its site, rating and link, and refuses a link that is not a web address', () => {
		const review = {
			type: 'review',
			idempotencyKey: KEY,
			entryOffice: 'vialas',
			entryDate: '2026-09-02',
			platform: 'tripadvisor',
			rating: '2',
			link: 'https://www.tripadvisor.fr/ShowUserReviews-g1-d2-r3.html',
			topic: 'office',
			message: 'Fermé à l’heure indiquée.',
			name: 'Marcel48',
		};
		const outcome = parseEntry(form(review), CONTEXT);
		if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
		expect(outcome.submission).toMatchObject({
			kind: 'suggestion',
			source: 'review',
			contactName: 'Marcel48',
			data: { platform: 'tripadvisor', rating: 2, link: review.link, topic: 'office' },
		});
		const refused = parseEntry(form({ ...review, link: 'javascript:alert(1)' }), CONTEXT);
		expect(refused.ok || refused.problems).toEqual({ link: { key: 'feedback.error.link' } });
	});

	it('says which reference was saved, and keeps the office, the day and the language for the next one', () => {
		const next = new URL(
			nextEntryPath(
				{ type: 'questionnaire', officeId: 'vialas', date: '2026-07-20', locale: 'fr' },
				'SAT-2027-ABCDEF',
			),
			'https://example.org',
		);
		expect(next.pathname).toBe('/staff/saisie/');
		expect(Object.fromEntries(next.searchParams)).toEqual({
			fiche: 'questionnaire',
			bureau: 'vialas',
			date: '2026-07-20',
			langue: 'fr',
			enregistre: 'SAT-2027-ABCDEF',
		});
	});

	it('has a labelled control for every field of every type', () => {
		const t = useTranslations('fr');
		for (const type of ['questionnaire', 'suggestion', 'complaint', 'oral', 'review'] as const)
			for (const field of entryFields(type, t, [{ id: 'vialas', name: 'Vialas' }], []))
				expect(field.label, `${type} ${field.name}`).toMatch(/\p{L}/u);
	});
});

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`entries on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let repository: FeedbackRepository;

		beforeAll(async () => {
			store = storeKind.create();
			repository = await store.open();
		});
		afterAll(async () => {
			await store.cleanup();
		});

		it('keeps the source, the day and the author, and counts the summer questionnaire in that summer', async () => {
			const outcome = parseEntry(form(QUESTIONNAIRE), CONTEXT);
			if (!outcome.ok) throw new Error('refused');
			const created = await repository.createSubmission(
				outcome.submission,
				() => newReference('questionnaire', TYPED),
				() => [],
			);
			if (created.status === 'rate-limited') throw new Error('rate-limited');
			const stored = await repository.findSubmission(created.submission.reference);
			expect(stored).toMatchObject({
				source: 'paper',
				datedAt: new Date('2026-07-19T22:00:00Z'),
				enteredBy: 'accueil@example.org',
				receivedAt: TYPED,
			});
			const history = await repository.history(created.submission.id);
			expect(history.map(({ actor, action, detail }) => ({ actor, action, detail }))).toEqual([
				{ actor: 'accueil@example.org', action: 'entered', detail: { source: 'paper' } },
			]);
			// The same post again (a double click) stores nothing more.
			const again = await repository.createSubmission(
				outcome.submission,
				() => newReference('questionnaire', TYPED),
				() => [],
			);
			expect(again.status).toBe('duplicate');

			// A questionnaire sent from the site in January 2027 counts in 2027.
			const web = await seed(repository, {
				kind: 'questionnaire',
				receivedAt: new Date('2027-01-05T10:00:00Z'),
				data: { officeId: 'vialas', overall: 2, recommend: 'no', country: 'BE' },
			});
			expect(web.source).toBe('web');

			const of2026 = await submissionsBetween(repository, periodBounds({ year: 2026 }));
			expect(of2026.map((item) => item.reference)).toEqual([created.submission.reference]);
			const synthesis2026 = periodSynthesis(of2026, { year: 2026 }, ['vialas'], TYPED).overall
				.current;
			expect(synthesis2026.questionnaires).toBe(1);
			expect(synthesis2026.recommend.yes).toBe(1);

			const of2027 = await submissionsBetween(repository, periodBounds({ year: 2027 }));
			expect(of2027.map((item) => item.reference)).toEqual([web.reference]);
			expect(
				periodSynthesis(of2027, { year: 2027 }, ['vialas'], TYPED).overall.current.questionnaires,
			).toBe(1);
		});
	});
}
