/**
 * Erasing one person on request, on both stores: found by e-mail or by name (case aside), their
 * submissions, history, mail and newsletter subscription go; another visitor's message quoting
 * them is kept with the quote blanked; then every table of the store is read whole and none holds
 * any of the person's values. The log says who, when and how many, never whom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import type { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import {
	erasePerson,
	erasureLog,
	findPerson,
	parsePerson,
} from '../../../../src/lib/staff/erasure';
import { countsParam, parseCounts } from '../../../../src/lib/staff/erasure-page';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { seed } from './seed';

const EMAIL = 'elodie.beranger.erasure@example.org';
const NAME = 'Élodie Béranger-Effacée';
const PHONE = '06 98 76 54 32';
const STREET = '7 chemin des Effacements';
const MESSAGE = 'Le sentier des Effacements est mal balisé après le pont.';
const VALUES = [EMAIL, NAME, PHONE, STREET, MESSAGE];
const AT = new Date('2026-12-07T10:00:00Z');

describe('who to erase', () => {
	it('reads an address or a name, and nothing too short or malformed', () => {
		expect(parsePerson('  Elodie@Example.ORG ')).toEqual({ email: 'elodie@example.org' });
		expect(parsePerson('Élodie  Béranger')).toEqual({ name: 'Élodie Béranger' });
		expect(parsePerson('a')).toBeUndefined();
		expect(parsePerson('not@address')).toBeUndefined();
		expect(
			parseCounts(
				countsParam({ submissions: 3, history: 5, mail: 4, subscribers: 1, mentions: 2 }),
			),
		).toEqual({ submissions: 3, history: 5, mail: 4, subscribers: 1, mentions: 2 });
		expect(parseCounts('3.5.x.1.2')).toBeUndefined();
	});
});

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`erasing one person on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let repository: FeedbackRepository;
		const driver = () => (repository as SqlRepository).driver;

		beforeAll(async () => {
			store = storeKind.create();
			repository = await store.open();
		});
		afterAll(async () => {
			await store.cleanup();
		});

		/** Every row of every table of the store, as text. */
		async function everything(): Promise<string> {
			const tables =
				repository.dialect === 'sqlite'
					? await driver().query("SELECT name FROM sqlite_master WHERE type = 'table'")
					: await driver().query(
							'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
						);
			const dump: string[] = [];
			for (const table of tables) {
				const name = String(table['name']);
				expect(name).toMatch(/^\w+$/);
				dump.push(name, JSON.stringify(await driver().query(`SELECT * FROM ${name}`)));
			}
			return dump.join('\n');
		}

		it('erases everything about the person in every table, and blanks their quotes elsewhere', async () => {
			// Their complaint, with the acknowledgement and the office's mail (Reply-To: them).
			const complaint = await repository.createSubmission(
				{
					kind: 'complaint',
					locale: 'fr',
					receivedAt: new Date('2026-07-10T10:00:00Z'),
					idempotencyKey: `erasure-complaint-${Date.now()}`,
					topic: 'other',
					contactName: NAME,
					contactEmail: EMAIL,
					contactPhone: PHONE,
					data: { subject: 'other', description: MESSAGE, expectation: 'Un balisage.' },
				},
				() => `REC-2026-ERASE${Math.floor(Math.random() * 9)}`,
				() => [
					{ kind: 'acknowledgement', to: EMAIL, subject: 'Reçu', text: 'Merci.' },
					{
						kind: 'office',
						to: 'accueil@example.org',
						subject: 'Réclamation',
						text: `${NAME} écrit : ${MESSAGE}`,
						headers: { 'Reply-To': EMAIL },
					},
				],
			);
			if (complaint.status === 'rate-limited') throw new Error('rate-limited');
			await repository.addHistory(complaint.submission.id, {
				at: AT,
				actor: 'accueil@example.org',
				action: 'note',
				detail: { note: `Rappeler ${NAME} au ${PHONE}` },
			});
			// Their brochure request: a name and a postal address, no e-mail (a capitalised name).
			await seed(repository, {
				kind: 'brochureRequest',
				contactName: NAME.toLocaleUpperCase('fr'),
				data: { street: STREET, postalCode: '48220', city: 'Vialas', country: 'FR' },
			});
			// Their newsletter subscription, with its confirmation mail.
			const [subscriber] = await driver().query(
				`INSERT INTO newsletter_subscribers (email, locale, sectors, status, created_at, updated_at)
				VALUES ($1, 'fr', $2, 'confirmed', $3, $3) RETURNING id`,
				[EMAIL.toUpperCase(), JSON.stringify(['mont-lozere']), AT],
			);
			await driver().query(
				`INSERT INTO outbox (kind, recipient, subject, body, created_at, next_attempt_at, subscriber_id)
				VALUES ('newsletter', $1, 'Confirmez', 'Lien', $2, $2, $3)`,
				[EMAIL, AT, Number(subscriber?.['id'])],
			);
			// Someone else's suggestion that quotes them, and a staff note about it.
			const other = await seed(repository, {
				kind: 'suggestion',
				contactName: 'Marc Autre',
				contactEmail: 'marc.autre@example.org',
				data: {
					topic: 'other',
					message: `Comme ${NAME} (${EMAIL}), je trouve le balisage faible.`,
				},
			});
			await repository.addHistory(other.id, {
				at: AT,
				actor: 'accueil@example.org',
				action: 'note',
				detail: { note: `Voir aussi la réclamation de ${NAME}.` },
			});

			const byEmail = await findPerson(driver(), { email: EMAIL });
			expect(byEmail.submissions.map((item) => item.kind)).toEqual(['complaint']);
			expect(byEmail.subscriptions).toEqual([{ email: EMAIL.toUpperCase(), status: 'confirmed' }]);
			expect(byEmail.mail).toBe(3);

			// By name, as staff type it: their two items, and what their address leads to.
			const person = parsePerson('élodie béranger-effacée');
			if (!person) throw new Error('no person');
			const held = await findPerson(driver(), person);
			expect(held.submissions.map((item) => item.kind).sort()).toEqual([
				'brochureRequest',
				'complaint',
			]);
			expect(held.mentions).toBe(2);
			expect((await everything()).includes(STREET)).toBe(true);

			const counts = await erasePerson(driver(), person, 'accueil@example.org', AT);
			expect(counts).toEqual({ submissions: 2, history: 3, mail: 3, subscribers: 1, mentions: 2 });

			const dump = await everything();
			for (const value of VALUES) expect(dump, value).not.toContain(value);
			expect(dump.toLowerCase()).not.toContain(EMAIL);
			expect(dump.toLowerCase()).not.toContain('effacée');
			// The other visitor's message stays, without the quote.
			const kept = await repository.findSubmission(other.reference);
			expect(kept?.data['message']).toBe('Comme […] ([…]), je trouve le balisage faible.');
			expect(kept?.contactName).toBe('Marc Autre');
			expect((await repository.history(other.id)).at(-1)?.detail).toEqual({
				note: 'Voir aussi la réclamation de […].',
			});

			expect(await erasureLog(driver())).toEqual([
				{ at: AT, actor: 'accueil@example.org', counts },
			]);
			// Again: nothing left to erase.
			expect(await findPerson(driver(), person)).toEqual({
				submissions: [],
				subscriptions: [],
				mail: 0,
				mentions: 0,
			});
		});
	});
}
