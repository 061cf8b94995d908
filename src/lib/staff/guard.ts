/**
 * What the middleware (src/middleware.ts) decides for a request under /staff/, before the page
 * runs: without a valid session, a page asked for with GET is sent to the sign-in page (and back
 * after), anything else (a post, an export) gets 401; with one, a post without the session's CSRF
 * token gets 403. The sign-in and password pages are open (`OPEN_PATHS`).
 */
import type { BodyResult } from '../http/body.ts';
import type { PostedForm } from './actions.ts';
import type { StaffAuth, StaffSession } from './auth.ts';

export const STAFF_PREFIX = '/staff/';
export const SIGN_IN_PATH = '/staff/connexion/';
export const SET_PASSWORD_PATH = '/staff/mot-de-passe/';
export const PASSWORD_RESET_PATH = '/staff/mot-de-passe-oublie/';
/**
 * The pages open without a session: signing in, asking for a reset link, setting a password from
 * an invitation or reset link. Their posts carry tokens of their own (a cookie-bound form token,
 * or the link's single-use token).
 */
export const OPEN_PATHS: readonly string[] = [SIGN_IN_PATH, PASSWORD_RESET_PATH, SET_PASSWORD_PATH];

/** Headers of every staff response: never indexed, never cached, never framed. */
export const STAFF_HEADERS: Readonly<Record<string, string>> = {
	'X-Robots-Tag': 'noindex, nofollow',
	'Cache-Control': 'no-store',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'same-origin',
	'X-Content-Type-Options': 'nosniff',
};

/**
 * Whether the browser reached us over HTTPS: the request's own scheme, or the
 * `X-Forwarded-Proto` of a reverse proxy that ends TLS in front of the Node server. Only used to
 * add `Secure` to cookies, which a forged header cannot turn into a weakness.
 */
export function servedOverHttps(url: URL, headers: Headers): boolean {
	if (url.protocol === 'https:') return true;
	const forwarded = headers.get('x-forwarded-proto') ?? '';
	return forwarded.split(',')[0]?.trim().toLowerCase() === 'https';
}

export const isStaffPath = (pathname: string) =>
	pathname === '/staff' || pathname.startsWith(STAFF_PREFIX);

export interface GuardRequest {
	method: string;
	pathname: string;
	search: string;
	/** The session cookie's value. */
	cookie: string | undefined;
	/** The posted form (read only for posts, with a size cap). */
	form: () => Promise<BodyResult<PostedForm>>;
}

export type GuardDecision =
	| { kind: 'pass'; session: StaffSession | undefined }
	| { kind: 'redirect'; location: string }
	| { kind: 'refuse'; status: 400 | 401 | 403 | 413 | 415 };

/** A safe place to go back to after signing in: a staff page of this site, nothing else. */
export function returnPath(value: string | null | undefined): string {
	return value && value.startsWith(STAFF_PREFIX) && !value.startsWith('//') && !/[\\\s]/.test(value)
		? value
		: STAFF_PREFIX;
}

export async function guard(
	auth: StaffAuth,
	request: GuardRequest,
	now: Date,
): Promise<GuardDecision> {
	const session = await auth.session(request.cookie, now);
	if (OPEN_PATHS.includes(request.pathname)) return { kind: 'pass', session };
	const reading = request.method === 'GET' || request.method === 'HEAD';
	if (!session) {
		if (reading && request.pathname.endsWith('/'))
			return {
				kind: 'redirect',
				location: `${SIGN_IN_PATH}?suite=${encodeURIComponent(request.pathname + request.search)}`,
			};
		return { kind: 'refuse', status: 401 };
	}
	if (!reading) {
		const posted = await request.form();
		if (!posted.ok) return { kind: 'refuse', status: posted.status };
		if (!auth.checkCsrf(session, posted.value.get('csrf'))) return { kind: 'refuse', status: 403 };
	}
	return { kind: 'pass', session };
}
