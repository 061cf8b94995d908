/**
 * A refused submission (of a feedback form, a brochure request or a newsletter sign-up) and the JSON
 * answer the forms' scripts read: the code, a message for the whole form and one per field, in
 * the visitor's language; never cached, and with `Retry-After` when the rate limit refused it.
 */
import type { FieldProblem } from './errors.ts';
import type { FeedbackLocale } from './repository.ts';
import { translator } from './text.ts';

export interface Refusal {
	status: number;
	code: string;
	problem: FieldProblem;
	fields: Record<string, FieldProblem>;
}

export function refusalResponse(
	refused: Refusal,
	locale: FeedbackLocale,
	rateWindowMinutes: number,
): Response {
	const t = translator(locale);
	const say = (problem: FieldProblem) => t(problem.key, problem.values);
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
				...(refused.status === 429 ? { 'Retry-After': String(rateWindowMinutes * 60) } : {}),
			},
		},
	);
}
