/**
 * A refused submission (of a feedback form, a brochure request or a newsletter sign-up) and the JSON
 * answer the forms' scripts read: the code, a message for the whole form and one per field, in
 * the visitor's language; never cached, and with `Retry-After` when the rate limit refused it or the store is unavailable.
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

/** How long a visitor's script waits before sending again while the store is unavailable. */
export const UNAVAILABLE_RETRY_SECONDS = 30;

/** The `Retry-After` of a refusal, if it is one to wait out. */
export function retryAfter(status: number, rateWindowMinutes: number): string | undefined {
	if (status === 429) return String(rateWindowMinutes * 60);
	if (status === 503) return String(UNAVAILABLE_RETRY_SECONDS);
	return undefined;
}

export function refusalResponse(
	refused: Refusal,
	locale: Locale,
	rateWindowMinutes: number,
): Response {
	const t = translator(locale);
	const wait = retryAfter(refused.status, rateWindowMinutes);
	const say = (problem: FieldProblem) => t(uiKey(problem.key), problem.values);
	return Response.json(
		{
			error: {
				code: refused.code,
				message: say(refused.problem),
				fields: Object.fromEntries(
					Object.entries(refused.fields).map(([field, problem]) => [field, say(problem)]),
				),
			},
		},
		{
			status: refused.status,
			headers: {
				'Cache-Control': 'no-store',
				...(wait ? { 'Retry-After': wait } : {}),
			},
		},
	);
}
