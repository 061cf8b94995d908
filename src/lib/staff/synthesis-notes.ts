/**
 * The groupe qualité's own part of a synthesis (table `synthesis_notes`, migration 8): the
 * "pistes d'amélioration" it sees and the "actions décidées", kept with the period's synthesis
 * ("2026", "2026-summer": ./periods.ts) and printed with it, with who wrote them last and when.
 */
import type { Driver, Row } from '../server/sql.ts';
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

const toNotes = (row: Row): SynthesisNotes => ({
	improvements: String(row['improvements']),
	actions: String(row['actions']),
	updatedAt:
		row['updated_at'] instanceof Date ? row['updated_at'] : new Date(String(row['updated_at'])),
	updatedBy: String(row['updated_by']),
});

export class SynthesisNotesStore {
	readonly #driver: Driver;

	constructor(driver: Driver) {
		this.#driver = driver;
	}

	/** The notes of a period, if any were written. */
	async find(period: string): Promise<SynthesisNotes | undefined> {
		const [row] = await this.#driver.query('SELECT * FROM synthesis_notes WHERE period = $1', [
			period,
		]);
		return row ? toNotes(row) : undefined;
	}

	/** Writes a period's notes (replacing what was there), recording who and when. */
	async save(period: string, fields: NotesFields, by: string, at: Date): Promise<void> {
		await this.#driver.query(
			`INSERT INTO synthesis_notes (period, improvements, actions, updated_at, updated_by)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (period) DO UPDATE SET improvements = excluded.improvements,
			actions = excluded.actions, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
			[period, fields.improvements, fields.actions, at, by],
		);
	}
}
