/**
 * The purge's SQL side (./purge.ts holds the rule): the submissions received before `cutoff` and
 * not yet anonymised lose their contact details and client hash, their free text is scrubbed,
 * their history's details too, and the mail about them is deleted — on `db`, a transaction.
 */
import type { Kysely } from 'kysely';
import { fromJson } from '../server/kysely.ts';
import type { Database } from '../server/tables.ts';
import { scrub, scrubDeep, type Identity } from './purge.ts';

/** Anonymises what `cutoff` makes due, at `at`; returns how many submissions. */
export async function anonymiseBefore(
	db: Kysely<Database>,
	cutoff: Date,
	at: Date,
	scrubberFor: (identity: Identity) => (text: string) => string,
): Promise<number> {
	const rows = await db
		.selectFrom('submissions')
		.select([
			'id',
			'data',
			'contact_name',
			'contact_email',
			'contact_phone',
			'answer',
			'forwarded_to',
		])
		.where('anonymised_at', 'is', null)
		.where('received_at', '<', cutoff)
		.execute();
	for (const row of rows) {
		const clean = scrubberFor({
			name: row.contact_name ?? undefined,
			email: row.contact_email ?? undefined,
			phone: row.contact_phone ?? undefined,
		});
		await db
			.updateTable('submissions')
			.set({
				contact_name: null,
				contact_email: null,
				contact_phone: null,
				client_hash: null,
				data: scrub(fromJson(row.data), clean),
				answer: row.answer === null ? null : clean(row.answer),
				forwarded_to: row.forwarded_to === null ? null : clean(row.forwarded_to),
				anonymised_at: at,
				updated_at: at,
			})
			.where('id', '=', row.id)
			.execute();
		// Staff notes, answers and forwarding quoted in the history.
		for (const entry of await db
			.selectFrom('submission_history')
			.select(['id', 'detail'])
			.where('submission_id', '=', row.id)
			.execute())
			await db
				.updateTable('submission_history')
				.set({ detail: scrubDeep(fromJson(entry.detail), clean) as Record<string, unknown> })
				.where('id', '=', entry.id)
				.execute();
		// The mail about it quotes the visitor's words and address.
		await db.deleteFrom('outbox').where('submission_id', '=', row.id).execute();
		await db
			.insertInto('submission_history')
			.values({
				submission_id: row.id,
				at,
				actor: 'system',
				action: 'anonymised',
				detail: {},
			})
			.execute();
	}
	// Digests quote several visitors: erased once the newest suggestion in them is due.
	await db
		.deleteFrom('outbox')
		.where('submission_id', 'is', null)
		.where('sent_at', 'is not', null)
		.where('created_at', '<', cutoff)
		.execute();
	return rows.length;
}
