/**
 * Assigning items to a colleague or an office (src/lib/staff/assignment.ts), against both stores:
 * only active colleagues and known offices are offered and accepted; each change is in the
 * history with the assignee's name; "assigned to me" finds what is assigned to the person or to
 * their office, and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository, Submission } from '../../../../src/lib/feedback/repository';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import {
	assign,
	assigneeChoices,
	assigneeName,
	parseAssignee,
} from '../../../../src/lib/staff/assignment';
import { StaffStore, type StaffAccount } from '../../../../src/lib/staff/store';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

const NOW = new Date('2026-07-15T10:00:00Z');
const OFFICES = [
	{ id: 'genolhac', name: 'Génolhac' },
	{ id: 'vialas', name: 'Vialas' },
];

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`assignment — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let repository: FeedbackRepository;
		let store: StaffStore;
		let camille: StaffAccount;
		let louis: StaffAccount;
		const items: Submission[] = [];

		beforeAll(async () => {
			stores = kind.create();
			repository = await stores.open();
			if (!(repository instanceof SqlRepository)) throw new Error('SQL store expected');
			store = new StaffStore(repository.driver);
			for (const [email, name, officeId] of [
				['camille@example.org', 'Camille Roux', 'vialas'],
				['louis@example.org', 'Louis Martin', undefined],
				['ancien@example.org', 'Ancien Collègue', undefined],
			] as const) {
				const { account } = await store.saveAccount(email, 'scrypt$x', NOW, 'staff');
				await store.updateAccount(account.id, { name, officeId, role: 'staff' }, NOW);
			}
			const former = await store.findAccount('ancien@example.org');
			if (former) await store.deactivate(former.id, NOW);
			[camille, louis] = (await Promise.all(
				['camille@example.org', 'louis@example.org'].map((email) => store.findAccount(email)),
			)) as [StaffAccount, StaffAccount];
			for (let index = 0; index < 4; index += 1) {
				const result = await repository.createSubmission(
					{
						kind: 'complaint',
						locale: 'fr',
						receivedAt: NOW,
						idempotencyKey: `assign-${index}`,
						data: { subject: 'other', description: `Réclamation ${index}` },
					},
					() => `REC-2026-ASSIG${index}`,
					() => [],
				);
				if (result.status === 'rate-limited') throw new Error('rate-limited');
				items.push(result.submission);
			}
		});
		afterAll(() => stores.cleanup());

		it('offers and accepts active colleagues and the offices only', async () => {
			const choices = assigneeChoices(await store.listAccounts(), OFFICES);
			expect(choices.people.map((choice) => choice.label)).toEqual([
				'Camille Roux',
				'Louis Martin',
			]);
			expect(choices.offices.map((choice) => choice.value)).toEqual([
				'office:genolhac',
				'office:vialas',
			]);
			expect(parseAssignee(`account:${camille.id}`, choices)).toEqual({
				assignment: { accountId: camille.id },
				label: 'Camille Roux',
			});
			expect(parseAssignee('office:vialas', choices)).toEqual({
				assignment: { officeId: 'vialas' },
				label: 'Vialas',
			});
			expect(parseAssignee('', choices)).toEqual({ assignment: {} });
			const former = await store.findAccount('ancien@example.org');
			for (const wrong of [`account:${former?.id}`, 'account:999', 'office:ailleurs', null])
				expect(parseAssignee(wrong, choices)).toBeUndefined();
		});

		it('records each change in the history, and finds what is assigned to me', async () => {
			const choices = assigneeChoices(await store.listAccounts(), OFFICES);
			const [toCamille, toVialas, toLouis, nobody] = items as [
				Submission,
				Submission,
				Submission,
				Submission,
			];
			const post = (value: string) => {
				const parsed = parseAssignee(value, choices);
				if (!parsed) throw new Error(`not a choice: ${value}`);
				return parsed;
			};
			await assign(repository, toCamille, post(`account:${camille.id}`), 'louis@example.org', NOW);
			await assign(repository, toVialas, post('office:vialas'), 'louis@example.org', NOW);
			await assign(repository, toLouis, post(`account:${louis.id}`), 'camille@example.org', NOW);

			const stored = await repository.findSubmission(toCamille.reference);
			expect(stored).toMatchObject({ assignedAccountId: camille.id });
			expect(stored?.assignedOfficeId).toBeUndefined();
			expect(assigneeName(stored ?? toCamille, await store.listAccounts(), OFFICES)).toBe(
				'Camille Roux',
			);
			const history = await repository.history(toCamille.id);
			expect(history.at(-1)).toMatchObject({
				actor: 'louis@example.org',
				action: 'assigned',
				detail: { to: 'Camille Roux' },
			});
			// The same assignment again changes nothing and records nothing.
			await assign(repository, stored ?? toCamille, post(`account:${camille.id}`), 'x', NOW);
			expect(await repository.history(toCamille.id)).toHaveLength(history.length);

			const references = async (accountId: number, officeId?: string) =>
				(await repository.listSubmissions({ assignedTo: { accountId, officeId } }))
					.map((item) => item.reference)
					.sort();
			// Camille works at Vialas: hers, and her office's.
			expect(await references(camille.id, 'vialas')).toEqual([
				toCamille.reference,
				toVialas.reference,
			]);
			expect(await references(louis.id)).toEqual([toLouis.reference]);
			expect(await repository.countSubmissions({ assignedTo: { accountId: louis.id } })).toBe(1);
			expect(await references(louis.id, 'genolhac')).toEqual([toLouis.reference]);
			expect(
				(await repository.listSubmissions()).find((item) => item.reference === nobody.reference),
			).toMatchObject({ assignedAccountId: undefined, assignedOfficeId: undefined });

			// Taken back: no one, recorded.
			await assign(
				repository,
				(await repository.findSubmission(toLouis.reference)) ?? toLouis,
				post(''),
				'camille@example.org',
				NOW,
			);
			expect(await references(louis.id)).toEqual([]);
			expect((await repository.history(toLouis.id)).at(-1)).toMatchObject({
				action: 'assigned',
				detail: { to: null },
			});
		});
	});
}
