/**
 * A refused submission (of a feedback form, a brochure request or a newsletter sign-up) and what
 * the visitor is told: the code, a message for the whole form and one per field, in the
 * visitor's language, and how long to wait when the rate limit refused it or the store is
 * unavailable. The forms' actions (src/actions/) send it; the pages show its keys.
 */
import type { Locale } from '../i18n/locales.ts';
import type { FieldProblem } from './errors.ts';
import { translator, uiKey } from './text.ts';

export interface Refusal {
	status: number;
	code: string;
	problem: FieldProblem;
	fields: Record<string, FieldProblem>;
}

/** A refusal in words: what the forms' scripts show, and the `Retry-After` of its answer. */
export interface RefusalMessage {
	status: number;
	code: string;
	message: string;
	fields: Record<string, string>;
	retryAfter?: string | undefined;
}

/**
 * What a form's action made of a plain form post to its page (no JavaScript): nothing (the page
 * was not posted to by the action), the stored submission, or the refusal to show with the form.
 */
export type PostedForm<T> = undefined | { ok: true; data: T } | { ok: false; refusal: Refusal };

/** How long a visitor's script waits before sending again while the store is unavailable. */
export const UNAVAILABLE_RETRY_SECONDS = 30;

export const refusal = (
	status: number,
	code: string,
	key: string,
	fields: Record<string, FieldProblem> = {},
): Refusal => ({ status, code, problem: { key }, fields });

/** The `Retry-After` of a refusal, if it is one to wait out. */
export function retryAfter(status: number, rateWindowMinutes: number): string | undefined {
	if (status === 429) return String(rateWindowMinutes * 60);
	if (status === 503) return String(UNAVAILABLE_RETRY_SECONDS);
	return undefined;
}

export function describeRefusal(
	refused: Refusal,
	locale: Locale,
	rateWindowMinutes: number,
): RefusalMessage {
	const t = translator(locale);
	const say = (problem: FieldProblem) => t(uiKey(problem.key), problem.values);
	return {
		status: refused.status,
		code: refused.code,
		message: say(refused.problem),
		fields: Object.fromEntries(
			Object.entries(refused.fields).map(([field, problem]) => [field, say(problem)]),
		),
		retryAfter: retryAfter(refused.status, rateWindowMinutes),
	};
}
