/**
 * The retention page's "erase one person" section (./erasure.ts): a search, posted (an address
 * typed there never lands in a URL, a log or the browser's history), shows what is held; a second
 * post, with its confirmation box ticked, erases it and comes back with the counts only.
 */
import type { Driver } from '../server/sql.ts';
import type { PostedForm } from './actions.ts';
import {
	erasePerson,
	erasureLog,
	findPerson,
	parsePerson,
	type ErasureCounts,
	type ErasureLogEntry,
	type PersonHoldings,
} from './erasure.ts';
import { STAFF_PREFIX } from './guard.ts';

export interface ErasureState {
	/** What was searched, shown again in the field. */
	query: string;
	/** The search names no one (a malformed address, one letter). */
	invalid?: boolean | undefined;
	/** The erase button was pressed without the confirmation box. */
	unconfirmed?: boolean | undefined;
	holdings?: PersonHoldings | undefined;
	/** What the erasure just done removed. */
	done?: ErasureCounts | undefined;
	log: ErasureLogEntry[];
}

const COUNT_ORDER = ['submissions', 'history', 'mail', 'subscribers', 'mentions'] as const;

/** The counts as the redirect carries them: "3.5.4.1.0" (numbers only, never who). */
export const countsParam = (counts: ErasureCounts) =>
	COUNT_ORDER.map((name) => counts[name]).join('.');

export function parseCounts(value: string | null): ErasureCounts | undefined {
	if (!value || !/^\d{1,9}(?:\.\d{1,9}){4}$/.test(value)) return undefined;
	const numbers = value.split('.').map(Number);
	return Object.fromEntries(
		COUNT_ORDER.map((name, index) => [name, numbers[index] ?? 0]),
	) as unknown as ErasureCounts;
}

/** The section on a plain visit: the log, and what the last erasure removed. */
export async function erasureState(driver: Driver, params: URLSearchParams): Promise<ErasureState> {
	return { query: '', done: parseCounts(params.get('efface')), log: await erasureLog(driver) };
}

/** A post of the section: the search's result, or the erasure then a redirect. */
export async function erasureAction(
	driver: Driver,
	form: PostedForm,
	actor: string,
	now: Date,
): Promise<ErasureState | { redirect: string }> {
	const raw = form.get('person');
	const query = typeof raw === 'string' ? raw.slice(0, 254) : '';
	const person = parsePerson(query);
	const log = await erasureLog(driver);
	if (!person) return { query, invalid: true, log };
	if (form.get('action') === 'erase') {
		if (form.get('confirm') !== 'yes')
			return { query, unconfirmed: true, holdings: await findPerson(driver, person), log };
		const counts = await erasePerson(driver, person, actor, now);
		// Who and how many, never whom.
		console.log(
			`[staff] erasure by ${actor}: ${counts.submissions} submission(s), ${counts.history} ` +
				`history entries, ${counts.mail} mail(s), ${counts.subscribers} subscriber(s), ` +
				`${counts.mentions} mention(s) blanked`,
		);
		return { redirect: `${STAFF_PREFIX}conservation/?efface=${countsParam(counts)}#effacement` };
	}
	return { query, holdings: await findPerson(driver, person), log };
}
