/**
 * The staff's actions on the inbox, against both stores: status changes, forwarding, answers and
 * notes recorded in the history, forwarding by mail without the visitor's details, and the
 * refusal of incomplete or unknown actions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository, Submission } from '../../../../src/lib/feedback/repository';
import {
	applyAction,
	forwardChoices,
	parseAction,
	recipientIndex,
} from '../../../../src/lib/staff/actions';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { DAY, NOW, seedInbox } from './inbox-seed';

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`inbox — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let repository: FeedbackRepository;
		let late: Submission;

		beforeAll(async () => {
			stores = kind.create();
			repository = await stores.open();
			({ late } = await seedInbox(repository));
		});
		afterAll(() => stores.cleanup());

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
