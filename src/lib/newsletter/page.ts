/**
 * What the newsletter's pages show for a request, decided before they render (so that they can
 * redirect or set their status): the sign-up form, the form again with its problems, the "check
 * your mailbox" message; the outcome of a confirmation link; an unsubscribe link's button and its
 * outcome.
 */
import type { AstroGlobal } from 'astro';
import type { FieldProblem } from '../server/errors.ts';
import { newsletterService } from './server.ts';
import type { ConfirmOutcome, UnsubscribeOutcome } from './service.ts';
import { MAX_FORM_BYTES, readForm } from '../http/body.ts';
import { refusal, type PostedForm, type Refusal } from '../server/refusal.ts';

export interface SignUpFormState {
	token: string;
	values: {
		email?: string | undefined;
		language?: string | undefined;
		sectors: string[];
		consent?: string | undefined;
	};
	fields: Record<string, FieldProblem>;
	problem?: FieldProblem | undefined;
	/** True when the page shows a post sent back. */
	sentBack: boolean;
}

export type SignUpPage =
	{ redirect: string } | { status: number; sent: true } | { status: number; form: SignUpFormState };

type Context = Pick<AstroGlobal, 'request' | 'url'>;

/**
 * The sign-up page for a request: after a plain form post, what the sign-up action made of it
 * (`posted`: the redirect to "check your mailbox", or the form again with what was typed and the
 * problems); otherwise the form with a fresh token, or "check your mailbox" (`?sent`).
 */
export async function signUpPage(astro: Context, posted: PostedForm<unknown>): Promise<SignUpPage> {
	if (posted?.ok) return { redirect: `${astro.url.pathname}?sent` };
	if (astro.request.method === 'POST') return sentBack(astro.request, posted?.refusal);
	const service = await newsletterService().catch(unavailable);
	if (!service)
		return {
			status: 503,
			form: {
				token: '',
				values: { sectors: [] },
				fields: {},
				problem: { key: 'feedback.error.unavailable' },
				sentBack: false,
			},
		};
	if (astro.url.searchParams.has('sent')) return { status: 200, sent: true };
	return {
		status: 200,
		form: { token: service.newFormToken(), values: { sectors: [] }, fields: {}, sentBack: false },
	};
}

/** A post the action refused, shown again: what was typed, and a token that still works. */
async function sentBack(request: Request, refused: Refusal | undefined): Promise<SignUpPage> {
	// A post without the action's query string is not one of the form's.
	const why = refused ?? refusal(400, 'malformed', 'feedback.error.malformed');
	const read = why.code === 'too-large' ? undefined : await readForm(request, MAX_FORM_BYTES);
	const form = read?.ok ? read.value : new URLSearchParams();
	const text = (name: string) => form.get(name) ?? undefined;
	const posted = text('token');
	const keepToken = posted && why.code !== 'token-invalid' && why.code !== 'token-expired';
	const fresh = keepToken ? undefined : await newsletterService().catch(unavailable);
	return {
		status: why.status,
		form: {
			token: keepToken ? posted : (fresh?.newFormToken() ?? ''),
			values: {
				email: text('email'),
				language: text('language'),
				consent: text('consent'),
				sectors: form.getAll('sectors'),
			},
			fields: why.fields,
			problem: why.problem,
			sentBack: true,
		},
	};
}

/** Logs why the newsletter cannot start (the store is unreachable); the pages answer 503. */
function unavailable(error: unknown): undefined {
	console.error('[newsletter] unavailable:', error instanceof Error ? error.message : error);
	return undefined;
}

const STATUS: Record<LinkOutcome, number> = {
	ready: 200,
	confirmed: 200,
	already: 200,
	done: 200,
	invalid: 400,
	expired: 410,
	gone: 404,
	unavailable: 503,
};

/** The outcome of a mail link's page, or `unavailable` while the store cannot be reached. */
export type LinkOutcome = ConfirmOutcome | UnsubscribeOutcome | 'unavailable';

/**
 * The confirmation page: GET checks the link in `?t=` and shows the button, POST (the button)
 * confirms. Mail scanners that open every link therefore confirm nobody.
 */
export async function confirmPage(
	astro: Context,
): Promise<{ status: number; outcome: ConfirmOutcome | 'unavailable'; token: string }> {
	const token = astro.url.searchParams.get('t') ?? '';
	const outcome = await newsletterService()
		.then((service) =>
			astro.request.method === 'POST' ? service.confirm(token) : service.checkConfirm(token),
		)
		.catch(unavailable);
	return outcome
		? { status: STATUS[outcome], outcome, token }
		: { status: 503, outcome: 'unavailable', token };
}

/** The unsubscribe page: GET shows the button, POST (the button, or one click) unsubscribes. */
export async function unsubscribePage(
	astro: Context,
): Promise<{ status: number; outcome: UnsubscribeOutcome | 'unavailable'; token: string }> {
	const token = astro.url.searchParams.get('t') ?? '';
	const outcome = await newsletterService()
		.then((service) =>
			astro.request.method === 'POST'
				? service.unsubscribe(token)
				: service.checkUnsubscribe(token),
		)
		.catch(unavailable);
	return outcome
		? { status: STATUS[outcome], outcome, token }
		: { status: 503, outcome: 'unavailable', token };
}
