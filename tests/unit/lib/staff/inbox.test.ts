/**
 * The inbox against both stores: filters (kind, status, office, provider, Paris-day period,
 * overdue), finding a message, the default order, and a message's extract. The CSV export is in
 * inbox-csv.test.ts, the staff actions in inbox-actions.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository, Submission } from '../../../../src/lib/feedback/repository';
import {
	filtersToSearch,
	isOverdue,
	parseFilters,
	toQuery,
} from '../../../../src/lib/staff/filters';
import { messageExtract } from '../../../../src/lib/staff/labels';
import { allSubmissions } from '../../../../src/lib/staff/load';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { CHOICES, NOW, seedInbox } from './inbox-seed';

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
			({ late, onTime, answered, hostile } = await seedInbox(repository));
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
	});
}
