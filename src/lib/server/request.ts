/**
 * What every form endpoint of the server does with a request before its feature looks at it:
 * read the body within a size limit, parse it (a form post or JSON), and turn what is wrong with
 * it into a refusal (./refusal.ts) in the visitor's language; and the answer while the store is
 * unavailable.
 */
import { readText } from '../http/body.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { refusal, refusalResponse, type Refusal } from './refusal.ts';

export { refusal };

/** The largest body accepted: the longest texts of any form fit several times over. */
export const MAX_BODY_BYTES = 64 * 1024;

/** What is wrong with a request itself (size, encoding, syntax), before its fields are read. */
export class HttpProblem extends Error {
	readonly status: number;
	readonly code: string;
	constructor(status: number, code: string) {
		super(code);
		this.status = status;
		this.code = code;
	}
}

/** The body as text, or the HTTP problem that refuses it (size, encoding). */
export async function readBody(request: Request, limit: number): Promise<string> {
	const body = await readText(request, limit);
	if (!body.ok) throw new HttpProblem(body.status, body.code);
	return body.value;
}

/** A form body as an object; a field sent twice is refused (no form of ours does that). */
export function parseFormBody(body: string): Record<string, unknown> {
	const record: Record<string, unknown> = {};
	for (const [name, value] of new URLSearchParams(body)) {
		if (Object.hasOwn(record, name)) throw new HttpProblem(400, 'duplicate-field');
		record[name] = value;
	}
	return record;
}

export function parseJsonBody(body: string): Record<string, unknown> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		throw new HttpProblem(400, 'bad-json');
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		throw new HttpProblem(400, 'not-an-object');
	return parsed as Record<string, unknown>;
}

export const HTTP_PROBLEM_KEYS: Record<string, string> = {
	'too-large': 'feedback.error.tooLarge',
	'not-utf8': 'feedback.error.malformed',
	'duplicate-field': 'feedback.error.malformed',
	'bad-json': 'feedback.error.malformed',
	'not-an-object': 'feedback.error.malformed',
	'content-type': 'feedback.error.contentType',
	'unknown-kind': 'feedback.error.malformed',
};

/** The refusal of a request that could not be read. */
export const problemRefusal = (problem: HttpProblem): Refusal =>
	refusal(
		problem.status,
		problem.code,
		HTTP_PROBLEM_KEYS[problem.code] ?? 'feedback.error.malformed',
	);

/**
 * The answer of a JSON endpoint whose service could not start (the store is unreachable): 503
 * with `Retry-After` and the message in the language the body asks for, so that the form's
 * script keeps the visitor's draft and sends it again later.
 */
export async function unavailableApiResponse(request: Request): Promise<Response> {
	let locale: Locale = 'fr';
	const body = await readText(request, MAX_BODY_BYTES);
	if (body.ok) {
		try {
			const parsed: unknown = JSON.parse(body.value);
			const requested = (parsed as Record<string, unknown> | null)?.['locale'];
			if (isLocale(requested)) locale = requested;
		} catch {
			// Not JSON: the message stays in French.
		}
	}
	return refusalResponse(
		refusal(503, 'unavailable', 'feedback.error.unavailable'),
		locale,
		0, // the rate window: not used by a 503, which waits UNAVAILABLE_RETRY_SECONDS
	);
}
