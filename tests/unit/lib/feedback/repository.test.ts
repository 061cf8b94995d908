/**
 * The repository contract, against both stores: migrations, statuses and their history, due
 * dates and the "overdue" filter, outbox leases, settings, the rate-limit counter, and the
 * retention purge that anonymises personal data and keeps the message.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../../src/lib/server/schema';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { purge, redact, retentionCutoff } from '../../../../src/lib/feedback/purge';
import {
	apiBody,
	makeService,
	NOW,
	post,
	storedAnswer,
	token,
	VALID,
} from '../../../tools/feedback-fixture';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

const DAY = 24 * 60 * 60 * 1000;

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`feedback repository on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let repository: FeedbackRepository;

		beforeAll(() => {
			store = storeKind.create();
		});
		afterAll(async () => {
			await store.cleanup();
		});
		beforeEach(async () => {
			repository = await store.open();
		});

		/** Stores a submission received at `at` through the real handler. */
		async function submit(
			kind: 'suggestion' | 'complaint' | 'questionnaire',
			at: Date,
			fields = VALID[kind],
		) {
			const { service } = makeService(repository, { now: () => at });
			const response = await post(
				service,
				apiBody(kind, fields, { token: token(new Date(at.getTime() - 60_000)) }),
				'x',
			);
			const { reference } = storedAnswer(response);
			const submission = await repository.findSubmission(reference);
			if (!submission) throw new Error(`not stored: ${response.status}`);
			return submission;
		}

		it('applies its migrations once, however often it is started', async () => {
			const latest = schemaVersion();
			expect(await repository.migrate()).toBe(latest);
			expect(await repository.migrate()).toBe(latest);
		});

		it('records status changes, with who and what, in the history', async () => {
			const complaint = await submit('complaint', NOW);
			const later = new Date(NOW.getTime() + DAY);
			await repository.changeStatus(complaint.reference, {
				status: 'forwarded',
				actor: 'agent@cevennes-montlozere.com',
				at: later,
				forwardedTo: 'Gîte de la Baume',
			});
			const answered = await repository.changeStatus(complaint.reference, {
				status: 'answered',
				actor: 'agent@cevennes-montlozere.com',
				at: new Date(later.getTime() + DAY),
				answer: 'Remboursement de la première nuit accepté.',
			});
			expect(answered).toMatchObject({
				status: 'answered',
				forwardedTo: 'Gîte de la Baume',
				answer: 'Remboursement de la première nuit accepté.',
				answeredAt: new Date(later.getTime() + DAY),
			});
			const history = await repository.history(complaint.id);
			expect(history.map((entry) => [entry.action, entry.actor, entry.detail['to']])).toEqual([
				['received', 'visitor', undefined],
				['status', 'agent@cevennes-montlozere.com', 'forwarded'],
				['status', 'agent@cevennes-montlozere.com', 'answered'],
			]);
			expect(history[1]?.detail).toMatchObject({ from: 'new', forwardedTo: 'Gîte de la Baume' });
		});

		it('lists complaints past their due date and not yet answered as overdue', async () => {
			const old = await submit('complaint', new Date(NOW.getTime() - 10 * DAY), {
				...VALID.complaint,
				factsDate: '2026-07-01',
			});
			const answered = await submit('complaint', new Date(NOW.getTime() - 9 * DAY), {
				...VALID.complaint,
				factsDate: '2026-07-01',
			});
			await submit('complaint', NOW);
			await submit('suggestion', new Date(NOW.getTime() - 10 * DAY));
			await repository.changeStatus(answered.reference, {
				status: 'answered',
				actor: 'a',
				at: NOW,
			});
			const overdue = await repository.listSubmissions({ overdueAt: NOW });
			expect(overdue.map((submission) => submission.reference)).toEqual([old.reference]);
			expect(await repository.countSubmissions({ kind: 'complaint' })).toBe(3);
			expect(await repository.countSubmissions({ kind: 'complaint', status: 'new' })).toBe(2);
			expect(await repository.countSubmissions({ providerId: 'gite-de-la-baume' })).toBe(3);
			expect(
				await repository.countSubmissions({
					receivedFrom: new Date(NOW.getTime() - DAY),
					receivedBefore: new Date(NOW.getTime() + 1),
				}),
			).toBe(1);
		});

		it('lists newest first', async () => {
			const first = await submit('suggestion', new Date(NOW.getTime() - DAY));
			const second = await submit('suggestion', NOW);
			expect((await repository.listSubmissions()).map((submission) => submission.id)).toEqual([
				second.id,
				first.id,
			]);
		});

		it('holds claimed mail so that two instances never send the same message', async () => {
			await submit('complaint', NOW);
			const lease = new Date(NOW.getTime() + 60_000);
			const [first, second] = await Promise.all([
				repository.claimMail(NOW, lease, 10),
				repository.claimMail(NOW, lease, 10),
			]);
			const ids = [...(first ?? []), ...(second ?? [])].map((mail) => mail.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids).toHaveLength(2);
			expect(await repository.claimMail(NOW, lease, 10)).toEqual([]);
			expect(
				await repository.claimMail(lease, new Date(lease.getTime() + 60_000), 10),
			).toHaveLength(2);
		});

		it('keeps the first value of a setting', async () => {
			expect(await repository.setting('feedback.secret', () => 'first')).toBe('first');
			expect(await repository.setting('feedback.secret', () => 'second')).toBe('first');
			await repository.writeSetting('digest.lastDay', '2026-07-15');
			expect(await repository.setting('digest.lastDay', () => '')).toBe('2026-07-15');
		});

		it('counts hits per client and window', async () => {
			const window = new Date('2026-07-15T10:00:00Z');
			expect(await repository.hit('a', window)).toBe(1);
			expect(await repository.hit('a', window)).toBe(2);
			expect(await repository.hit('b', window)).toBe(1);
			expect(await repository.forgetHits(new Date(window.getTime() + 1))).toBe(2);
			expect(await repository.hit('a', window)).toBe(1);
		});

		describe('retention purge', () => {
			it('erases personal data past the retention period and keeps the message', async () => {
				const old = await submit('complaint', new Date('2024-06-01T10:00:00Z'), {
					...VALID.complaint,
					factsDate: '2024-05-30',
					description: 'Rappelez-moi au 06 11 22 33 44 ou sur jean.perso@example.org, merci.',
				});
				const recent = await submit('complaint', new Date('2026-07-01T10:00:00Z'), {
					...VALID.complaint,
					factsDate: '2026-06-30',
				});
				expect(await repository.anonymisationQueue(10)).toEqual([
					{ reference: old.reference, receivedAt: old.receivedAt },
					{ reference: recent.reference, receivedAt: recent.receivedAt },
				]);

				const report = await purge(repository, 24, NOW);
				expect(report).toMatchObject({ anonymised: 1, cutoff: retentionCutoff(NOW, 24) });

				const erased = await repository.findSubmission(old.reference);
				expect(erased).toMatchObject({
					contactName: undefined,
					contactEmail: undefined,
					contactPhone: undefined,
					clientHash: undefined,
					anonymisedAt: NOW,
				});
				expect(erased?.data['description']).toBe('Rappelez-moi au […] ou sur […], merci.');
				expect(erased?.data['expectation']).toBe(VALID.complaint['expectation']);
				expect((await repository.listMail()).every((mail) => mail.submissionId !== old.id)).toBe(
					true,
				);
				expect((await repository.history(old.id)).at(-1)?.action).toBe('anonymised');

				const kept = await repository.findSubmission(recent.reference);
				expect(kept?.contactEmail).toBe('jean.dupont@example.org');
				expect(await repository.anonymisationQueue(10)).toEqual([
					{ reference: recent.reference, receivedAt: recent.receivedAt },
				]);
				// Running it again changes nothing.
				expect((await purge(repository, 24, NOW)).anonymised).toBe(0);
			});
		});
	});
}

describe('redact', () => {
	it('blanks e-mail addresses and phone numbers in free text', () => {
		expect(redact('Écrivez à marie@example.fr ou au +33 4 66 45 81 94.')).toBe(
			'Écrivez à […] ou au […].',
		);
		expect(redact('Le 12 juillet à 14 h, chambre 3.')).toBe('Le 12 juillet à 14 h, chambre 3.');
	});
});
