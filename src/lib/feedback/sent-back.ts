/**
 * A feedback form that the feedback action refused after a plain post (no JavaScript), shown
 * again: everything typed, a token that still works and the same idempotency key, so that
 * sending it again stores one message.
 */
import type { BodyResult } from '../http/body.ts';
import type { Refusal } from '../server/refusal.ts';
import { IDEMPOTENCY_KEY, newIdempotencyKey } from '../server/token.ts';
import type { FeedbackKind } from './choices.ts';
import type { FieldProblem } from '../server/errors.ts';
import { FORM_FIELDS } from './schemas.ts';

/** A form as its page shows it: its token and key, what is typed, and its problems. */
export interface FeedbackFormState {
	token: string;
	idempotencyKey: string;
	values: Record<string, string>;
	fields: Record<string, FieldProblem>;
	problem?: FieldProblem | undefined;
	/** True when the page shows a post sent back: the browser's draft must not overwrite it. */
	sentBack: boolean;
}

/**
 * The form again from the post as read back (none when it was too large to read) and a fresh
 * token and key (none while the store is unavailable). A token that was fine but too young is
 * kept, so that sending again soon works; a forged or expired one is replaced.
 */
export function sentBackForm(
	read: BodyResult<URLSearchParams> | undefined,
	kind: FeedbackKind,
	refused: Refusal,
	fresh: { token: string; idempotencyKey: string } | undefined,
): FeedbackFormState {
	const posted = read?.ok ? read.value : new URLSearchParams();
	const values = Object.fromEntries(
		FORM_FIELDS[kind].flatMap((field) => {
			const value = posted.get(field);
			return value === null ? [] : [[field, value]];
		}),
	);
	const token = posted.get('token');
	const keepToken = token && refused.code !== 'token-invalid' && refused.code !== 'token-expired';
	const key = posted.get('idempotencyKey') ?? '';
	return {
		token: keepToken ? token : (fresh?.token ?? ''),
		idempotencyKey: IDEMPOTENCY_KEY.test(key)
			? key
			: (fresh?.idempotencyKey ?? newIdempotencyKey()),
		values,
		fields: refused.fields,
		problem: refused.problem,
		sentBack: true,
	};
}
