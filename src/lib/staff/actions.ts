/**
 * What staff do on a submission's page, read from its form posts: set the status (new →
 * forwarded → answered → closed, or back), with to whom it was forwarded and the answer given —
 * mailed to the visitor, in their language, when staff tick the box — and add internal notes. Each
 * is recorded in the submission's history with who and when.
 */
import type { FeedbackConfig } from '../server/config.ts';
import type { MailNames } from '../feedback/choices.ts';
import { forwardMail, replyMail } from '../feedback/mail.ts';
import { nameKey } from './filters.ts';
import {
	SUBMISSION_STATUSES,
	type FeedbackRepository,
	type Submission,
	type SubmissionStatus,
} from '../feedback/repository.ts';

export const ACTION_LIMITS = { forwardedTo: 200, answer: 5000, note: 2000, email: 254 } as const;

/**
 * The statuses each kind moves through: complaints and suggestions are handled; a brochure
 * request is to send, then sent (closed); a questionnaire is only recorded.
 */
export function statusesFor(kind: Submission['kind']): readonly SubmissionStatus[] {
	if (kind === 'questionnaire') return [];
	if (kind === 'brochureRequest') return ['new', 'closed'];
	return SUBMISSION_STATUSES;
}

/** One address, as the HTML e-mail input accepts it. */
const EMAIL =
	/^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)+$/i;

/** The largest staff post: an answer and a note at their limits, URL-encoded, and the token. */
export const ACTION_BODY_BYTES = 128 * 1024;

/** Dictionary keys of the problems a post can have (`staff.error.*`). */
export type ActionError =
	| 'staff.error.action'
	| 'staff.error.status'
	| 'staff.error.forwardedTo'
	| 'staff.error.answer'
	| 'staff.error.note'
	| 'staff.error.noEmail'
	| 'staff.error.forwardEmail'
	| 'staff.error.tooLong';

export type StaffAction =
	| {
			action: 'status';
			status: SubmissionStatus;
			forwardedTo?: string | undefined;
			answer?: string | undefined;
			note?: string | undefined;
			/** Mail the answer to the visitor. */
			send?: boolean | undefined;
			/** Mail the item to this address (a member, an office, a colleague). */
			forwardEmail?: string | undefined;
	  }
	| { action: 'note'; note: string };

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A posted form: what `URLSearchParams` (and `FormData`) answer. */
export interface PostedForm {
	get(name: string): string | File | null;
}

export function field(form: PostedForm, name: string): string | undefined {
	const value = form.get(name);
	if (typeof value !== 'string') return undefined;
	const text = value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim();
	return text === '' ? undefined : text;
}

/** Someone an item can be forwarded to by name: a member (its contact from the feed) or an office. */
export interface ForwardChoice {
	name: string;
	email: string;
}

/**
 * Who an item can be forwarded to, as its page's type-ahead offers them: the item's own member
 * first, then the offices ("Bureau de Vialas"), then every other member with an address.
 */
export function forwardChoices(
	providerId: string | undefined,
	providers: readonly { id: string; name: string; email?: string | undefined }[],
	offices: readonly { name: string; email?: string | undefined }[],
	officeLabel: (name: string) => string,
): ForwardChoice[] {
	const withEmail = (items: readonly { name: string; email?: string | undefined }[]) =>
		items.flatMap((item) => (item.email ? [{ name: item.name, email: item.email }] : []));
	return [
		...withEmail(providers.filter((provider) => provider.id === providerId)),
		...withEmail(offices).map((office) => ({ ...office, name: officeLabel(office.name) })),
		...withEmail(providers.filter((provider) => provider.id !== providerId)),
	];
}

/** `choices` by name (`nameKey`); of two with the same name, the first. */
export function recipientIndex(choices: readonly ForwardChoice[]): Map<string, ForwardChoice> {
	const index = new Map<string, ForwardChoice>();
	for (const choice of choices)
		if (!index.has(nameKey(choice.name))) index.set(nameKey(choice.name), choice);
	return index;
}

/**
 * A submission page's post. `recipients` gives each member and office by name (`nameKey`): the
 * forwarding field takes an address, or a name picked from its type-ahead.
 */
export function parseAction(
	form: PostedForm,
	current: Pick<Submission, 'kind' | 'forwardedTo' | 'answer' | 'contactEmail' | 'anonymisedAt'>,
	recipients: ReadonlyMap<string, ForwardChoice> = new Map(),
): { ok: true; action: StaffAction } | { ok: false; error: ActionError } {
	const note = field(form, 'note');
	if (note && note.length > ACTION_LIMITS.note) return { ok: false, error: 'staff.error.tooLong' };
	switch (form.get('action')) {
		case 'note':
			return note
				? { ok: true, action: { action: 'note', note } }
				: { ok: false, error: 'staff.error.note' };
		case 'status': {
			const status = field(form, 'status');
			if (!status || !(statusesFor(current.kind) as readonly string[]).includes(status))
				return { ok: false, error: 'staff.error.status' };
			const typed = status === 'forwarded' ? field(form, 'forwardEmail') : undefined;
			const picked =
				typed && !EMAIL.test(typed) ? recipients.get(nameKey(typed.slice(0, 300))) : undefined;
			const forwardEmail = picked ? picked.email : typed;
			if (
				typed &&
				(!forwardEmail || forwardEmail.length > ACTION_LIMITS.email || !EMAIL.test(forwardEmail))
			)
				return { ok: false, error: 'staff.error.forwardEmail' };
			const forwardedTo = field(form, 'forwardedTo') ?? picked?.name ?? typed;
			const answer = field(form, 'answer');
			if (
				(forwardedTo?.length ?? 0) > ACTION_LIMITS.forwardedTo ||
				(answer?.length ?? 0) > ACTION_LIMITS.answer
			)
				return { ok: false, error: 'staff.error.tooLong' };
			if (status === 'forwarded' && !forwardedTo && !current.forwardedTo)
				return { ok: false, error: 'staff.error.forwardedTo' };
			if (
				(status === 'answered' || (status === 'closed' && form.get('send') === 'yes')) &&
				!answer &&
				!current.answer
			)
				return { ok: false, error: 'staff.error.answer' };
			// The answer is mailed with the status "answered" (or "closed": answer and close at once),
			// to an address still on record.
			const send = (status === 'answered' || status === 'closed') && form.get('send') === 'yes';
			if (send && (!current.contactEmail || current.anonymisedAt))
				return { ok: false, error: 'staff.error.noEmail' };
			return {
				ok: true,
				action: {
					action: 'status',
					status: status as SubmissionStatus,
					forwardedTo,
					answer,
					note,
					send,
					forwardEmail,
				},
			};
		}
		default:
			return { ok: false, error: 'staff.error.action' };
	}
}

/** Applies an action by `actor` (a staff e-mail) at `at`; the history records it. */
export async function applyAction(
	repository: FeedbackRepository,
	submission: Submission,
	action: StaffAction,
	actor: string,
	at: Date,
	config: Pick<FeedbackConfig, 'notifyEmail'>,
	names?: MailNames,
): Promise<void> {
	if (action.action === 'note') {
		await repository.addHistory(submission.id, {
			at,
			actor,
			action: 'note',
			detail: { note: action.note },
		});
		return;
	}
	const answer = action.answer ?? submission.answer;
	await repository.changeStatus(submission.reference, {
		status: action.status,
		actor,
		at,
		forwardedTo: action.forwardedTo,
		answer: action.answer,
		note: action.note,
		mail:
			action.send && answer
				? replyMail(submission, answer, config)
				: action.forwardEmail
					? forwardMail(submission, action.forwardEmail, config, names)
					: undefined,
	});
}
