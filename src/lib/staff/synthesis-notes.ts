/**
 * The groupe qualité's own part of a synthesis (table `synthesis_notes`, migration 8): the
 * "pistes d'amélioration" it sees and the "actions décidées", kept with the period's synthesis
 * ("2026", "2026-summer": ./periods.ts) and printed with it, with who wrote them last and when.
 */
import type { Selectable } from 'kysely';
import { database, toDate, type Timestamp } from '../server/kysely.ts';
import type { Driver } from '../server/sql.ts';
import { field, type PostedForm } from './actions.ts';

/** The longest text of each part. */
export const NOTES_LIMIT = 10_000;

export interface SynthesisNotes {
	improvements: string;
	actions: string;
	updatedAt: Date;
	updatedBy: string;
}

export type NotesFields = Pick<SynthesisNotes, 'improvements' | 'actions'>;

export type NotesError = 'staff.synthesis.notes.error.tooLong';

/** A post of the notes form: both texts (either may be empty, to clear it). */
export function parseNotes(
	form: PostedForm,
): { ok: true; fields: NotesFields } | { ok: false; error: NotesError } {
	const improvements = field(form, 'improvements') ?? '';
	const actions = field(form, 'actions') ?? '';
	if (improvements.length > NOTES_LIMIT || actions.length > NOTES_LIMIT)
		return { ok: false, error: 'staff.synthesis.notes.error.tooLong' };
	return { ok: true, fields: { improvements, actions } };
}

/** The notes' table (./migrations.ts, version 8), one row per period. */
export interface SynthesisNotesTables {
	synthesis_notes: {
		period: string;
		improvements: string;
		actions: string;
		updated_at: Timestamp;
		updated_by: string;
	};
}

const toNotes = (row: Selectable<SynthesisNotesTables['synthesis_notes']>): SynthesisNotes => ({
	improvements: row.improvements,
	actions: row.actions,
	updatedAt: toDate(row.updated_at),
	updatedBy: row.updated_by,
});

export class SynthesisNotesStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/** The notes of a period, if any were written. */
	async find(period: string): Promise<SynthesisNotes | undefined> {
		const row = await database(this.#driver)
			.selectFrom('synthesis_notes')
			.selectAll()
			.where('period', '=', period)
			.executeTakeFirst();
		return row && toNotes(row);
	}

	/** Writes a period's notes (replacing what was there), recording who and when. */
	async save(period: string, fields: NotesFields, by: string, at: Date): Promise<void> {
		await database(this.#driver)
			.insertInto('synthesis_notes')
			.values({
				period,
				improvements: fields.improvements,
				actions: fields.actions,
				updated_at: at,
				updated_by: by,
			})
			.onConflict((conflict) =>
				conflict.column('period').doUpdateSet((update) => ({
					improvements: update.ref('excluded.improvements'),
					actions: update.ref('excluded.actions'),
					updated_at: update.ref('excluded.updated_at'),
					updated_by: update.ref('excluded.updated_by'),
				})),
			)
			.execute();
	}
}
