/**
 * Request bodies, read with a cap: every route that reads a body (the visitor forms, the
 * newsletter, the staff sign-in and actions) reads it here, as a stream that is abandoned as soon
 * as it passes the limit — an 8 MB post is refused after its first kilobytes, never held in
 * memory. The Node server's own limit (astro.config.mjs, `bodySizeLimit`) stands behind it.
 */

import { readCapped } from './read-capped.ts';

/** Why a body was refused: the HTTP status to answer, and a code for scripts and logs. */
export type BodyProblem =
	| { status: 413; code: 'too-large' }
	| { status: 415; code: 'content-type' }
	| { status: 400; code: 'not-utf8' | 'malformed' };

export type BodyResult<T> = { ok: true; value: T } | ({ ok: false } & BodyProblem);

/** The request's media type, lower-case, without parameters ("" when absent). */
export function mediaType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** At most `limit` bytes of the body, decoded as strict UTF-8. */
export async function readText(request: Request, limit: number): Promise<BodyResult<string>> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > limit) return { ok: false, status: 413, code: 'too-large' };
	if (!request.body) return { ok: true, value: '' };
	let bytes: Uint8Array | undefined;
	try {
		bytes = await readCapped(request.body, limit);
	} catch {
		// The client went away, or the server's own limit cut the stream.
		return { ok: false, status: 413, code: 'too-large' };
	}
	if (!bytes) return { ok: false, status: 413, code: 'too-large' };
	try {
		return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, status: 400, code: 'not-utf8' };
	}
}

/**
 * A form post (`application/x-www-form-urlencoded`, what every form of the site sends) of at
 * most `limit` bytes. Anything else — JSON, text, multipart — is refused with 415.
 */
export async function readForm(
	request: Request,
	limit: number,
): Promise<BodyResult<URLSearchParams>> {
	if (mediaType(request) !== 'application/x-www-form-urlencoded')
		return { ok: false, status: 415, code: 'content-type' };
	const text = await readText(request, limit);
	if (!text.ok) return text;
	return { ok: true, value: new URLSearchParams(text.value) };
}

/**
 * The largest form post the site takes (Astro's `security.actionBodySizeLimit`, and what a form's
 * page reads back of a refused post): the longest texts of any form fit several times over.
 */
export const MAX_FORM_BYTES = 64 * 1024;
