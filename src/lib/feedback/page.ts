/**
 * What a feedback form page shows for a request, decided before the page renders (so that it
 * can redirect or set its status): the empty form (GET, pre-filled from the query string), the
 * confirmation (GET `?reference=`), the redirect after a stored post, or the form again with its
 * problems and everything typed.
 */
import type { AstroGlobal } from 'astro';
import type { FeedbackKind } from './choices.ts';
import type { FieldProblem } from '../server/errors.ts';
import type { FeedbackLocale } from './repository.ts';
import { BROCHURE_FIELDS } from './fields.ts';
import { FORM_FIELDS } from './schemas.ts';
import { feedbackService } from './server.ts';
import { unavailableForm } from './handler.ts';
import { resolveConfig } from '../server/config.ts';
import { REFERENCE } from '../server/token.ts';
import { clientAddressOf } from '../http/client-address.ts';

export interface FeedbackFormState {
	token: string;
	idempotencyKey: string;
	values: Record<string, string>;
	fields: Record<string, FieldProblem>;
	problem?: FieldProblem | undefined;
	/** True when the page shows a post sent back: the browser's draft must not overwrite it. */
	sentBack: boolean;
}

/** What the visitor is told about delays and retention. */
export interface FeedbackSettings {
	/** The reply time the office promises for complaints, when it set one (none by default). */
	complaintReplyDays?: number | undefined;
	retentionMonths: number;
}

export type FeedbackPage =
	| { redirect: string }
	| { status: number; settings: FeedbackSettings; confirmation: string }
	| { status: number; settings: FeedbackSettings; form: FeedbackFormState };

/** What the page says about delays and retention while the store (and its settings) is away. */
const DEFAULTS = resolveConfig({});
const DEFAULT_SETTINGS: FeedbackSettings = {
	complaintReplyDays: DEFAULTS.complaintReplyDays,
	retentionMonths: DEFAULTS.retentionMonths,
};

/** Pre-filled values a link may carry (`?topic=provider&providerId=…&page=/…`), checked later. */
const PREFILL: Record<FeedbackKind, readonly string[]> = {
	suggestion: ['topic', 'providerId', 'page'],
	complaint: ['subject', 'officeId', 'providerId'],
	questionnaire: ['officeId'],
	brochureRequest: [...BROCHURE_FIELDS, 'country'],
};

export async function feedbackPage(
	astro: Pick<AstroGlobal, 'request' | 'url' | 'clientAddress'>,
	kind: FeedbackKind,
	locale: FeedbackLocale,
): Promise<FeedbackPage> {
	const service = await feedbackService().catch((error: unknown) => {
		console.error('[feedback] unavailable:', error instanceof Error ? error.message : error);
		return undefined;
	});
	if (!service) {
		// The store cannot be reached: the form again, with what was posted and the message.
		const kept = await unavailableForm(astro.request, FORM_FIELDS[kind]);
		return {
			status: 503,
			settings: DEFAULT_SETTINGS,
			form: {
				...kept,
				fields: {},
				problem: { key: 'feedback.error.unavailable' },
				sentBack: astro.request.method === 'POST',
			},
		};
	}
	const settings: FeedbackSettings = {
		complaintReplyDays: service.config.complaintReplyDays,
		retentionMonths: service.config.retentionMonths,
	};
	if (astro.request.method === 'POST') {
		const outcome = await service.handleForm(astro.request, kind, locale, clientAddressOf(astro));
		if (outcome.ok) return { redirect: outcome.redirect };
		return {
			status: outcome.status,
			settings,
			form: {
				token: outcome.token,
				idempotencyKey: outcome.idempotencyKey,
				values: outcome.values,
				fields: outcome.fields,
				problem: outcome.problem,
				sentBack: true,
			},
		};
	}
	const reference = astro.url.searchParams.get('reference');
	if (reference && REFERENCE.test(reference))
		return { status: 200, settings, confirmation: reference };
	const allowed = new Set(FORM_FIELDS[kind]);
	const values = Object.fromEntries(
		PREFILL[kind]
			.filter((field) => allowed.has(field))
			.flatMap((field) => {
				const value = astro.url.searchParams.get(field);
				return value && value.length <= 300 ? [[field, value]] : [];
			}),
	);
	return {
		status: 200,
		settings,
		form: { ...service.newForm(), values, fields: {}, sentBack: false },
	};
}
