/**
 * The mail the function sends, written into the outbox in the same transaction as the submission
 * (so a mail failure never loses anything), then sent over SMTP by ./outbox.ts:
 * - the office's notification: complaints at once, suggestions at once or in a daily digest;
 * - the visitor's acknowledgement, when they gave an e-mail address.
 * The office's mail is in French (the staff's language), the visitor's in the form's language.
 */
import type { MailNames } from './choices.ts';
import type { FeedbackConfig } from '../server/config.ts';
import { FORM_FIELDS } from './schemas.ts';
import type { NewMail } from '../server/outbox-store.ts';
import type { NewSubmission, Submission } from './repository.ts';
import { dateTime, longDate, translator, uiKey } from '../server/text.ts';
import { answerText } from './answers.ts';

type Stored = NewSubmission & { reference: string };

/** Fields that identify or reach the visitor: kept out of a forwarded item. */
const CONTACT_FIELDS = new Set([
	'name',
	'email',
	'phone',
	'consent',
	'street',
	'addressLine2',
	'postalCode',
	'city',
]);

/** The lines "Label : value" of everything the visitor sent; offices and providers by name. */
function answers(submission: Stored, names?: MailNames, withContact = true): string[] {
	const t = translator('fr');
	const named = (map: ReadonlyMap<string, string> | undefined, id: string | undefined) =>
		id === undefined ? undefined : (map?.get(id) ?? id);
	const values: Record<string, unknown> = {
		...submission.data,
		topic: submission.kind === 'complaint' ? undefined : submission.topic,
		subject: submission.kind === 'complaint' ? submission.topic : undefined,
		officeId: named(names?.offices, submission.officeId),
		providerId: named(names?.providers, submission.providerId),
		page: submission.page,
		name: submission.contactName,
		email: submission.contactEmail,
		phone: submission.contactPhone,
	};
	return FORM_FIELDS[submission.kind]
		.filter((field) => withContact || !CONTACT_FIELDS.has(field))
		.filter((field) => values[field] !== undefined && values[field] !== '')
		.map((field) => {
			const value = answerText(field, values[field], 'fr', t);
			const label = t(uiKey(`feedback.field.${field}`));
			return value.includes('\n')
				? `${label} :\n${value.replace(/^/gm, '    ')}`
				: `${label} : ${value}`;
		});
}

/** The item's page in the back office. */
const staffLink = (reference: string, siteUrl: string) =>
	new URL(`/staff/messages/${encodeURIComponent(reference)}/`, siteUrl).href;

/**
 * The office's notification: a link to the item in the back office, and the visitor's address as
 * Reply-To when they gave one, so that "reply" in the office's mail client writes to them.
 */
function officeNotification(
	submission: Stored,
	config: FeedbackConfig,
	siteUrl: string,
	names?: MailNames,
): NewMail {
	const t = translator('fr');
	const kind = t(`feedback.kind.${submission.kind}`);
	const about = submission.topic
		? t(
				uiKey(
					`${submission.kind === 'complaint' ? 'feedback.subject.' : 'feedback.topic.'}${submission.topic}`,
				),
			)
		: '';
	const lines = [
		t('feedback.mail.office.received', {
			kind,
			reference: submission.reference,
			date: dateTime(submission.receivedAt, 'fr'),
		}),
		...(submission.dueAt
			? [t('feedback.mail.office.due', { date: longDate(submission.dueAt, 'fr') })]
			: []),
		t('feedback.mail.office.open', { url: staffLink(submission.reference, siteUrl) }),
		'',
		...answers(submission, names),
		'',
		t('feedback.mail.office.language', { language: t(`feedback.language.${submission.locale}`) }),
		...(submission.page ? [new URL(submission.page, siteUrl).href] : []),
	];
	return {
		kind: 'office',
		to: config.notifyEmail ?? '',
		subject: `[${kind} ${submission.reference}] ${about}`.trim(),
		text: lines.join('\n'),
		...(submission.contactEmail ? { headers: { 'Reply-To': submission.contactEmail } } : {}),
	};
}

function acknowledgement(submission: Stored, config: FeedbackConfig): NewMail {
	const t = translator(submission.locale);
	const kind = t(`feedback.kindWithArticle.${submission.kind}`);
	// Nothing the visitor typed goes into this mail: its address is not confirmed, and anyone could
	// otherwise have the office mail a sentence of their choosing to any address.
	const lines = [
		t('feedback.mail.ack.greeting'),
		'',
		t('feedback.mail.ack.received', {
			kind,
			date: longDate(submission.receivedAt, submission.locale),
			reference: submission.reference,
		}),
		submission.kind === 'complaint' && config.complaintReplyDays !== undefined
			? t('feedback.next.complaintDays', { days: config.complaintReplyDays })
			: t(`feedback.next.${submission.kind}`),
		'',
		t('feedback.mail.ack.privacy', { months: config.retentionMonths }),
		'',
		t('site.name'),
	];
	return {
		kind: 'acknowledgement',
		to: submission.contactEmail ?? '',
		subject: t('feedback.mail.ack.subject', { reference: submission.reference }),
		text: lines.join('\n'),
	};
}

/**
 * The answer written in the back office, to the visitor, in the language of their form: their
 * reference, the staff's text, the office's name. Replies go to the office's address.
 */
export function replyMail(
	submission: Pick<Submission, 'reference' | 'locale' | 'receivedAt' | 'contactEmail'>,
	answer: string,
	config: Pick<FeedbackConfig, 'notifyEmail'>,
): NewMail {
	const t = translator(submission.locale);
	return {
		kind: 'reply',
		to: submission.contactEmail ?? '',
		subject: t('feedback.mail.reply.subject', { reference: submission.reference }),
		text: [
			t('feedback.mail.ack.greeting'),
			'',
			answer,
			'',
			t('feedback.mail.reply.about', {
				reference: submission.reference,
				date: longDate(submission.receivedAt, submission.locale),
			}),
			'',
			t('site.name'),
		].join('\n'),
		...(config.notifyEmail ? { headers: { 'Reply-To': config.notifyEmail } } : {}),
	};
}

/**
 * An item forwarded from the back office to a member, an office or a colleague, in French: what
 * the visitor wrote and nothing that identifies or reaches them; replies go to the office.
 */
export function forwardMail(
	submission: Stored,
	to: string,
	config: Pick<FeedbackConfig, 'notifyEmail'>,
	names?: MailNames,
): NewMail {
	const t = translator('fr');
	const kind = t(`feedback.kind.${submission.kind}`);
	return {
		kind: 'forward',
		to,
		subject: t('feedback.mail.forward.subject', { kind, reference: submission.reference }),
		text: [
			t('feedback.mail.forward.intro', {
				kind: kind.toLocaleLowerCase('fr'),
				reference: submission.reference,
				date: longDate(submission.receivedAt, 'fr'),
			}),
			'',
			...answers(submission, names, false),
			'',
			t('feedback.mail.forward.reply'),
			'',
			t('site.name'),
		].join('\n'),
		...(config.notifyEmail ? { headers: { 'Reply-To': config.notifyEmail } } : {}),
	};
}

/** Whether the office is mailed about this submission as soon as it arrives. */
export function notifiesAtOnce(kind: Submission['kind'], config: FeedbackConfig): boolean {
	// A complaint has a deadline; a brochure request is a parcel to post.
	if (kind === 'complaint' || kind === 'brochureRequest') return true;
	if (kind === 'suggestion') return config.suggestionsMail === 'immediate';
	// Questionnaires feed the annual synthesis; nobody is mailed about each one.
	return false;
}

/** The mail to queue with a new submission. */
export function mailFor(
	submission: Stored,
	config: FeedbackConfig,
	siteUrl: string,
	names?: MailNames,
): NewMail[] {
	const mails: NewMail[] = [];
	if (config.notifyEmail && notifiesAtOnce(submission.kind, config))
		mails.push(officeNotification(submission, config, siteUrl, names));
	if (submission.contactEmail) mails.push(acknowledgement(submission, config));
	return mails;
}

/** One mail to the office with the suggestions received since the last digest. */
export function digest(
	suggestions: Submission[],
	config: FeedbackConfig,
	siteUrl: string,
): NewMail {
	const t = translator('fr');
	const parts = suggestions.map((suggestion) =>
		[
			`— ${suggestion.reference}, ${dateTime(suggestion.receivedAt, 'fr')}`,
			staffLink(suggestion.reference, siteUrl),
			...answers(suggestion),
			...(suggestion.page ? [new URL(suggestion.page, siteUrl).href] : []),
		].join('\n'),
	);
	return {
		kind: 'digest',
		to: config.notifyEmail ?? '',
		subject: t('feedback.mail.digest.subject', { count: suggestions.length }),
		text: [t('feedback.mail.digest.intro', { count: suggestions.length }), '', ...parts].join(
			'\n\n',
		),
	};
}

/**
 * The daily reminder to the office: the complaints still to handle whose due date is within a
 * day, and those overdue (first), each with its link in the back office.
 */
export function reminderMail(
	items: Submission[],
	config: FeedbackConfig,
	siteUrl: string,
	now: Date,
): NewMail {
	const t = translator('fr');
	const overdue = items.filter((item) => item.dueAt && item.dueAt.getTime() < now.getTime());
	const lines = items.map((item) =>
		[
			`— ${item.reference}, ${t(`feedback.kind.${item.kind}`)}` +
				(item.dueAt
					? `, ${t('feedback.mail.reminder.due', { date: longDate(item.dueAt, 'fr') })}`
					: '') +
				(overdue.includes(item) ? ` ${t('feedback.mail.reminder.late')}` : ''),
			staffLink(item.reference, siteUrl),
		].join('\n'),
	);
	return {
		kind: 'reminder',
		to: config.notifyEmail ?? '',
		subject: t('feedback.mail.reminder.subject', { count: items.length, overdue: overdue.length }),
		text: [t('feedback.mail.reminder.intro'), '', ...lines].join('\n\n'),
	};
}
