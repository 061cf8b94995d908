/**
 * The retention purge leaves nothing that names the visitor anywhere in the database: not in the
 * answers (short ones included), not in the staff's answer, forwarding and notes, not in the
 * history. Every table is read back and searched for the visitor's name, e-mail and phone.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { purge, textScrubber } from '../../../../src/lib/feedback/purge';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import { applyAction } from '../../../../src/lib/staff/actions';
import {
	storedAnswer,
	apiBody,
	makeService,
	post,
	token,
	VALID,
} from '../../../tools/feedback-fixture';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

const RECEIVED = new Date('2024-03-01T10:00:00Z');
const NOW = new Date('2026-12-07T10:00:00Z');
const VISITOR = { name: 'Marie Dupont', email: 'marie.dupont@example.org', phone: '0612345678' };
/** What must not be found anywhere after the purge, whatever the case or spacing. */
const TRACES = [/marie/i, /dupont/i, /0612345678/, /06 12 34 56 78/, /example\.org/i];

/** Every text value of every table of the store. */
async function everyValue(repository: FeedbackRepository): Promise<string[]> {
	if (!(repository instanceof SqlRepository)) throw new Error('SQL store expected');
	const driver = repository.driver;
	const tables =
		driver.dialect === 'sqlite'
			? await driver.query(
					"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
				)
			: await driver.query(
					'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
				);
	const values: string[] = [];
	for (const { name } of tables)
		for (const row of await driver.query(`SELECT * FROM "${String(name)}"`))
			for (const value of Object.values(row))
				if (value !== null && value !== undefined)
					values.push(
						typeof value === 'string'
							? value
							: JSON.stringify(value instanceof Date ? value.toISOString() : value),
					);
	return values;
}

describe('the text scrubber', () => {
	it('blanks the visitor’s name, address and phone, and numbers, in short texts too', () => {
		const clean = textScrubber(VISITOR);
		expect(clean('Appelez 0612345678')).toBe('Appelez […]');
		expect(clean('Réponse envoyée à marie.dupont@example.org (Marie Dupont)')).toBe(
			'Réponse envoyée à […] ([…])',
		);
		expect(clean('rappeler Mme DUPONT')).toBe('rappeler Mme […]');
		// Dates are kept for the statistics; words that merely contain a name part are kept.
		expect(clean('2024-02-28')).toBe('2024-02-28');
		expect(clean('Dupontel')).toBe('Dupontel');
	});
});

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`retention purge on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let repository: FeedbackRepository;

		beforeAll(() => {
			store = storeKind.create();
		});
		afterAll(() => store.cleanup());
		beforeEach(async () => {
			repository = await store.open();
		});

		it('leaves no e-mail, phone or name of the visitor in any table', async () => {
			const { service } = makeService(repository, { now: () => RECEIVED });
			const response = await post(
				service,
				apiBody(
					'complaint',
					{
						...VALID.complaint,
						...VISITOR,
						factsDate: '2024-02-28',
						description: 'Que Marie Dupont soit rappelée, vite.',
						expectation: 'Appelez 0612345678',
					},
					{ token: token(new Date(RECEIVED.getTime() - 60_000)) },
				),
				'203.0.113.7',
			);
			expect(response).toMatchObject({ status: 200, created: true });
			const { reference } = storedAnswer(response);
			const submission = await repository.findSubmission(reference);
			if (!submission) throw new Error('not stored');
			const staff = 'accueil@cevennes-montlozere.com';
			await applyAction(
				repository,
				submission,
				{ action: 'note', note: 'Rappeler Mme Dupont au 06 12 34 56 78' },
				staff,
				RECEIVED,
				{},
			);
			await applyAction(
				repository,
				submission,
				{
					action: 'status',
					status: 'answered',
					forwardedTo: 'Gîte de la Baume, pour Marie Dupont',
					answer: `Réponse envoyée à ${VISITOR.email} (${VISITOR.name})`,
					note: 'Marie a remercié',
					// Mailed to the visitor: the outbox holds their address until the purge.
					send: true,
				},
				staff,
				RECEIVED,
				{},
			);
			const before = (await everyValue(repository)).join('\n');
			for (const trace of TRACES) expect(before).toMatch(trace);

			expect((await purge(repository, 24, NOW)).anonymised).toBe(1);

			const after = await everyValue(repository);
			for (const trace of TRACES)
				expect(
					after.filter((value) => trace.test(value)),
					String(trace),
				).toEqual([]);
			// The message itself stays, for the statistics.
			expect(await repository.findSubmission(reference)).toMatchObject({
				status: 'answered',
				data: {
					description: 'Que […] soit rappelée, vite.',
					expectation: 'Appelez […]',
					factsDate: '2024-02-28',
				},
			});
		});
	});
}
