/**
 * What the newsletter's pages show for a request, decided before they render (so that they can
 * redirect or set their status): the sign-up form, the form again with its problems, the "check
 * your mailbox" message; the outcome of a confirmation link; an unsubscribe link's button and its
 * outcome.
 */
import type { AstroGlobal } from 'astro';
import type { FieldProblem } from '../feedback/errors.ts';
import { newsletterService } from './server.ts';
import type { ConfirmOutcome, UnsubscribeOutcome } from './service.ts';
import { clientAddressOf } from '../http/client-address.ts';

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
	const service = await newsletterService();
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

const STATUS: Record<ConfirmOutcome | UnsubscribeOutcome, number> = {
	confirmed: 200,
	already: 200,
	ready: 200,
	done: 200,
	invalid: 400,
	expired: 410,
	gone: 404,
};

/** The confirmation page: follows the link in `?t=`. */
export async function confirmPage(
	astro: Context,
): Promise<{ status: number; outcome: ConfirmOutcome }> {
	const service = await newsletterService();
	const outcome = await service.confirm(astro.url.searchParams.get('t'));
	return { status: STATUS[outcome], outcome };
}

/** The unsubscribe page: GET shows the button, POST (the button, or one click) unsubscribes. */
export async function unsubscribePage(
	astro: Context,
): Promise<{ status: number; outcome: UnsubscribeOutcome; token: string }> {
	const service = await newsletterService();
	const token = astro.url.searchParams.get('t') ?? '';
	const outcome =
		astro.request.method === 'POST'
			? await service.unsubscribe(token)
			: await service.checkUnsubscribe(token);
	return { status: STATUS[outcome], outcome, token };
}
