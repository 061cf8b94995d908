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
import { clientAddressOf } from '../http/client-address.ts';
import { readForm } from '../http/body.ts';
import { MAX_BODY_BYTES } from './service.ts';

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

type Context = Pick<AstroGlobal, 'request' | 'url' | 'clientAddress'>;

export async function signUpPage(astro: Context): Promise<SignUpPage> {
	const service = await newsletterService().catch(unavailable);
	if (!service) {
		// The store cannot be reached: the form again, with what was posted and the message.
		const posted =
			astro.request.method === 'POST' ? await readForm(astro.request, MAX_BODY_BYTES) : undefined;
		const form = posted?.ok ? posted.value : new URLSearchParams();
		const text = (name: string) => form.get(name) ?? undefined;
		return {
			status: 503,
			form: {
				token: text('token') ?? '',
				values: {
					email: text('email'),
					language: text('language'),
					consent: text('consent'),
					sectors: form.getAll('sectors'),
				},
				fields: {},
				problem: { key: 'feedback.error.unavailable' },
				sentBack: astro.request.method === 'POST',
			},
		};
	}
	if (astro.request.method === 'POST') {
		const outcome = await service.handleForm(astro.request, clientAddressOf(astro));
		if (outcome.ok) return { redirect: outcome.redirect };
		return {
			status: outcome.status,
			form: {
				token: outcome.token,
				values: outcome.values,
				fields: outcome.fields,
				problem: outcome.problem,
				sentBack: true,
			},
		};
	}
	if (astro.url.searchParams.has('sent')) return { status: 200, sent: true };
	return {
		status: 200,
		form: { token: service.newFormToken(), values: { sectors: [] }, fields: {}, sentBack: false },
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
