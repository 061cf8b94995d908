/**
 * The newsletter's sign-up as an Astro action: the form's script posts its FormData to
 * `/_actions/newsletter/`, a browser without JavaScript posts the form to its page with
 * `?_action=newsletter`. The checks (honeypot, form token, fields, rate limit) are the
 * newsletter service's (src/lib/newsletter/service.ts); this turns its refusals into answers.
 */
import { defineAction } from 'astro:actions';
import { z } from 'astro/zod';
import { clientAddressOf } from '../lib/http/client-address.ts';
import { isLocale } from '../lib/i18n/locales.ts';
import { newsletterService } from '../lib/newsletter/server.ts';
import { describeRefusal, refusal } from '../lib/server/refusal.ts';
import { refuse } from './refusal.ts';

/**
 * The form as the service reads it: every field as sent (the service refuses unknown ones), the
 * ticked sectors as a list; the fields' own rules are the service's schema (validateSignUp), which
 * knows the site's sectors and runs after the honeypot and the token.
 */
const signUpInput = z.looseObject({
	locale: z.string().optional(),
	sectors: z.array(z.string()).optional(),
});

export const newsletter = defineAction({
	accept: 'form',
	input: signUpInput,
	handler: async ({ locale: requested, ...input }, context) => {
		const locale = isLocale(requested) ? requested : 'fr';
		const service = await newsletterService().catch((error: unknown) => {
			console.error('[newsletter] unavailable:', error instanceof Error ? error.message : error);
			return undefined;
		});
		if (!service) {
			const unavailable = refusal(503, 'unavailable', 'feedback.error.unavailable');
			return refuse(context, unavailable, describeRefusal(unavailable, locale, 0));
		}
		const result = await service.signUp(input, clientAddressOf(context));
		if (!result.ok) return refuse(context, result, service.describe(result, locale));
		return { sent: true };
	},
});
