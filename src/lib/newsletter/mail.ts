/**
 * The newsletter's mail, in the subscriber's chosen language: the confirmation (double opt-in)
 * and, to an address that is already subscribed, a reminder that it is — the same sign-up answer
 * on the page either way, so the form never tells anyone whether an address is subscribed. Every
 * mail carries its unsubscribe link, in the text and as a List-Unsubscribe header; the page it
 * opens unsubscribes with one press of its button.
 *
 * No List-Unsubscribe-Post (RFC 8058): a mail program's one-click POST comes from another origin,
 * which Astro's CSRF protection (`security.checkOrigin`, on for every on-demand route) refuses
 * with 403; announcing it would promise an unsubscribe that fails.
 *
 * @see https://www.rfc-editor.org/rfc/rfc2369 (List-Unsubscribe)
 */
import type { NewMail } from '../server/outbox-store.ts';
import { longDate, translator } from '../server/text.ts';
import type { SignUpOutcome, Subscriber } from './store.ts';

export interface MailLinks {
	/** The confirmation page with this sign-up's signed link. */
	confirm: string;
	/** The unsubscribe page with this subscriber's signed link. */
	unsubscribe: string;
	/** When the confirmation link stops working. */
	expiresAt: Date;
}

/** The header that lets mail programs offer "Unsubscribe", opening the unsubscribe page. */
export const unsubscribeHeaders = (unsubscribeUrl: string): Record<string, string> => ({
	'List-Unsubscribe': `<${unsubscribeUrl}>`,
});

/** The mail about a sign-up: confirm it, or (already subscribed) a reminder with no change. */
export function signUpMail(
	subscriber: Subscriber,
	outcome: SignUpOutcome,
	links: MailLinks,
): NewMail {
	const t = translator(subscriber.locale);
	const body =
		outcome === 'confirmed'
			? [t('newsletter.mail.already.intro'), '', t('newsletter.mail.already.change')]
			: [
					t('newsletter.mail.confirm.intro'),
					'',
					t('newsletter.mail.confirm.action'),
					links.confirm,
					'',
					t('newsletter.mail.confirm.expires', {
						date: longDate(links.expiresAt, subscriber.locale),
					}),
					t('newsletter.mail.confirm.ignore'),
				];
	return {
		kind: 'newsletter',
		to: subscriber.email,
		subject: t(
			outcome === 'confirmed'
				? 'newsletter.mail.already.subject'
				: 'newsletter.mail.confirm.subject',
		),
		text: [
			t('newsletter.mail.greeting'),
			'',
			...body,
			'',
			t('newsletter.mail.unsubscribe'),
			links.unsubscribe,
			'',
			t('site.name'),
		].join('\n'),
		headers: unsubscribeHeaders(links.unsubscribe),
	};
}
