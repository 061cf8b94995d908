/**
 * What a feedback form page shows for a request, decided before the page renders (so that it
 * can redirect or set its status): the empty form (GET, pre-filled from the query string), the
 * confirmation (GET `?reference=`), the redirect after a post the feedback action stored, or the
 * form again with its problems and everything typed.
 */
import type { AstroGlobal } from 'astro';
import type { FeedbackKind } from './choices.ts';
import { BROCHURE_FIELDS } from './fields.ts';
import { FORM_FIELDS } from './schemas.ts';
import { sentBackForm, type FeedbackFormState } from './sent-back.ts';
import { feedbackService } from './server.ts';
import { MAX_FORM_BYTES, readForm } from '../http/body.ts';
import { resolveConfig } from '../server/config.ts';
import { refusal, type PostedForm } from '../server/refusal.ts';
import { newIdempotencyKey, REFERENCE } from '../server/token.ts';

export type { FeedbackFormState };

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

/**
 * The form's page for a request: after a plain form post, what the feedback action made of it
 * (`posted`: the redirect to the confirmation, or the form again with what was typed and the
 * problems); otherwise the form (pre-filled from the query string) or the confirmation.
 */
export async function feedbackPage(
	astro: Pick<AstroGlobal, 'request' | 'url'>,
	kind: FeedbackKind,
	posted: PostedForm<{ reference: string }>,
): Promise<FeedbackPage> {
	if (posted?.ok) return { redirect: `${astro.url.pathname}?reference=${posted.data.reference}` };
	const service = await feedbackService().catch((error: unknown) => {
		console.error('[feedback] unavailable:', error instanceof Error ? error.message : error);
		return undefined;
	});
	const settings: FeedbackSettings = service
		? {
				complaintReplyDays: service.config.complaintReplyDays,
				retentionMonths: service.config.retentionMonths,
			}
		: DEFAULT_SETTINGS;
	if (astro.request.method === 'POST') {
		// A post without the action's query string is not one of the form's.
		const refused = posted?.refusal ?? refusal(400, 'malformed', 'feedback.error.malformed');
		return {
			status: refused.status,
			settings,
			form: sentBackForm(
				refused.code === 'too-large' ? undefined : await readForm(astro.request, MAX_FORM_BYTES),
				kind,
				refused,
				service?.newForm(),
			),
		};
	}
	if (!service)
		return {
			status: 503,
			settings,
			form: {
				token: '',
				idempotencyKey: newIdempotencyKey(),
				values: {},
				fields: {},
				problem: { key: 'feedback.error.unavailable' },
				sentBack: false,
			},
		};
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
