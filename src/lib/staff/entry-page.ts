/**
 * The entry page ("Saisir une fiche", /staff/saisie/): the form of one type of entry, and its
 * post. Saved, it redirects to the same form, empty, with the type, the office, the day and the
 * language kept and the reference just saved named — the next questionnaire of the stack is typed
 * at once. Refused, it comes back with everything typed and a message under each wrong field. Not
 * rate-limited: the middleware has checked the session and the CSRF token (and Astro the origin).
 */
import type { AstroGlobal } from 'astro';
import type { FieldProblem } from '../server/errors.ts';
import { newIdempotencyKey, newReference, REFERENCE } from '../server/token.ts';
import { readForm } from '../http/body.ts';
import { ACTION_BODY_BYTES } from './actions.ts';
import { isEntryType, parseEntry, type EntryCommon, type EntryType } from './entry.ts';
import { STAFF_PREFIX } from './guard.ts';
import { context, type Redirect, type StaffContext } from './pages.ts';

type Astro = Pick<AstroGlobal, 'request' | 'url' | 'cookies' | 'locals' | 'clientAddress'>;

export const ENTRY_PATH = `${STAFF_PREFIX}saisie/`;

export interface EntryState extends StaffContext {
	status: number;
	type: EntryType;
	/** The values to show: empty but for the kept ones, or what was typed when refused. */
	values: Record<string, string>;
	problems: Record<string, FieldProblem>;
	idempotencyKey: string;
	/** The reference of the entry just saved. */
	saved?: string | undefined;
}

/** The address of the empty form that follows a saved entry. */
export function nextEntryPath(common: EntryCommon, reference: string): string {
	const search = new URLSearchParams({
		fiche: common.type,
		bureau: common.officeId,
		date: common.date,
		langue: common.locale,
		enregistre: reference,
	});
	return `${ENTRY_PATH}?${search}`;
}

export async function entryPage(astro: Astro): Promise<Redirect | EntryState> {
	const { repository, config, session, offices, providers, now, workload } = await context(astro);
	const base = { session, offices, providers, now, workload };
	const params = astro.url.searchParams;
	if (astro.request.method === 'POST') {
		const posted = await readForm(astro.request, ACTION_BODY_BYTES);
		const form = posted.ok ? posted.value : new URLSearchParams();
		const outcome = parseEntry(form, {
			choices: {
				offices: offices.map((office) => office.id),
				providers: providers.map((provider) => provider.id),
			},
			now,
			actor: session.email,
			complaintDueDays: config.complaintDueDays,
		});
		if (outcome.ok) {
			const result = await repository.createSubmission(
				outcome.submission,
				() => newReference(outcome.submission.kind, now),
				() => [],
			);
			if (result.status === 'rate-limited') throw new Error('Staff entries have no rate limit');
			console.log(
				`[staff] ${result.submission.reference} typed in by ${session.email} (${result.status})`,
			);
			return { redirect: nextEntryPath(outcome.common, result.submission.reference) };
		}
		const type = form.get('type');
		const key = form.get('idempotencyKey');
		return {
			...base,
			status: 422,
			type: isEntryType(type) ? type : 'questionnaire',
			values: outcome.values,
			problems: outcome.problems,
			// The same key: a corrected entry sent twice is still stored once.
			idempotencyKey:
				typeof key === 'string' && /^[\w-]{16,64}$/.test(key) ? key : newIdempotencyKey(),
		};
	}
	const type = params.get('fiche');
	const officeId = params.get('bureau') ?? '';
	const date = params.get('date') ?? '';
	const saved = params.get('enregistre') ?? '';
	return {
		...base,
		status: 200,
		type: isEntryType(type) ? type : 'questionnaire',
		values: {
			entryOffice: offices.some((office) => office.id === officeId) ? officeId : '',
			entryDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '',
			locale: params.get('langue') === 'en' ? 'en' : 'fr',
		},
		problems: {},
		idempotencyKey: newIdempotencyKey(),
		saved: REFERENCE.test(saved) ? saved : undefined,
	};
}
