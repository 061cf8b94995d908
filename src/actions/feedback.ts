/**
 * The feedback forms (suggestion, complaint, questionnaire, brochure request) as one Astro
 * action: the form's script posts its FormData to `/_actions/feedback/` (and sends it again,
 * with the same idempotency key, when a queued draft is replayed), a browser without JavaScript
 * posts the form to its page with `?_action=feedback`. The checks (idempotency key, honeypot,
 * form token, fields, rate limit) are the feedback service's (src/lib/feedback/handler.ts).
 */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { feedbackService } from '../lib/feedback/server.ts';
import { clientAddressOf } from '../lib/http/client-address.ts';
import { isLocale } from '../lib/i18n/locales.ts';
import { describeRefusal, refusal } from '../lib/server/refusal.ts';
import { refuse } from './refusal.ts';

/**
 * The form as the service reads it: every field as sent (the service refuses unknown ones and
 * checks the rest with the form's schema, src/lib/feedback/schemas.ts, which knows the offices
 * and providers and runs after the honeypot and the token).
 */
const feedbackInput = z.looseObject({ kind: z.string().optional(), locale: z.string().optional() });

export const feedback = defineAction({
	accept: 'form',
	input: feedbackInput,
	handler: async (posted, context) => {
		const service = await feedbackService().catch((error: unknown) => {
			console.error('[feedback] unavailable:', error instanceof Error ? error.message : error);
			return undefined;
		});
		if (!service) {
			const unavailable = refusal(503, 'unavailable', 'feedback.error.unavailable');
			const locale = isLocale(posted.locale) ? posted.locale : 'fr';
			return refuse(context, unavailable, describeRefusal(unavailable, locale, 0));
		}
		const { locale, outcome } = await service.submitForm(posted, clientAddressOf(context));
		if (!outcome.ok) return refuse(context, outcome, service.describe(outcome, locale));
		return { reference: outcome.submission.reference, created: outcome.created };
	},
});
