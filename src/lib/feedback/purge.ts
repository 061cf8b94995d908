/**
 * The retention rule (GDPR): a submission's personal data — name, e-mail, phone, postal address, the hash of the
 * client's address, the mail sent about it — is erased FEEDBACK_RETENTION_MONTHS after it was
 * received. The message itself stays for the statistics, with e-mail addresses, phone numbers and
 * the visitor's name blanked wherever they are written: in the answers, in the staff's answer and
 * forwarding, in the history's notes and details. Run by `npm run feedback:purge` (README: "Retention purge").
 */
import { POSTAL_ADDRESS_FIELDS } from './fields.ts';
import type { FeedbackRepository } from './repository.ts';

/** What replaces personal details found in free text. */
export const REDACTED = '[…]';

const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE_IN_TEXT = /\+?\d[\d .-]{7,}\d/g;
/** A date as the forms store it ("2026-07-14"): not a phone number, kept for the statistics. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Free text with e-mail addresses and phone numbers blanked. */
export const redact = (text: string) =>
	text.replace(EMAIL_IN_TEXT, REDACTED).replace(PHONE_IN_TEXT, REDACTED);

/** Who a submission came from: what must not survive anywhere once it is anonymised. */
export interface Identity {
	name?: string | undefined;
	email?: string | undefined;
	phone?: string | undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that blanks, in any text, the e-mail addresses and phone numbers it finds, and the
 * visitor's own name, e-mail and phone wherever they are quoted (a staff answer "Réponse envoyée
 * à marie.dupont@example.org (Marie Dupont)", a note "rappeler M. Dupont").
 */
export function textScrubber(identity: Identity): (text: string) => string {
	const known = [identity.email, identity.phone, identity.name]
		.flatMap((value) => (value ? [value.trim()] : []))
		// Each word of the name too ("Dupont" alone), but not initials or particles.
		.concat(identity.name?.split(/[\s,]+/).filter((word) => word.length >= 3) ?? [])
		.filter((value) => value !== '')
		.sort((a, b) => b.length - a.length);
	const names =
		known.length > 0
			? new RegExp(`(?<![\\p{L}\\d])(?:${known.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'giu')
			: undefined;
	return (text) => {
		if (ISO_DATE.test(text)) return text;
		// Addresses and numbers first: a name inside an address ("jean.perso@…") goes with it.
		const redacted = redact(text);
		return names ? redacted.replace(names, REDACTED) : redacted;
	};
}

/** Every string in `value` (an object, an array, a string), scrubbed by `text`. */
export function scrubDeep(value: unknown, text: (text: string) => string): unknown {
	if (typeof value === 'string') return text(value);
	if (Array.isArray(value)) return value.map((item) => scrubDeep(item, text));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, scrubDeep(item, text)]),
		);
	return value;
}

/** A submission's answers with the personal details in its free text blanked. */
export function scrub(
	data: Record<string, unknown>,
	text: (text: string) => string = textScrubber({}),
): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(data).map(([field, value]) => [
			field,
			// A postal address (paper-brochure requests) is personal data through and through.
			(POSTAL_ADDRESS_FIELDS as readonly string[]).includes(field)
				? REDACTED
				: scrubDeep(value, text),
		]),
	);
}

/** The date before which submissions lose their personal data. */
export function retentionCutoff(now: Date, months: number): Date {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	return cutoff;
}

export interface PurgeReport {
	cutoff: Date;
	anonymised: number;
	rateLimitWindowsForgotten: number;
}

/** Anonymises what is past retention and forgets old rate-limit windows. */
export async function purge(
	repository: FeedbackRepository,
	retentionMonths: number,
	now: Date,
): Promise<PurgeReport> {
	const cutoff = retentionCutoff(now, retentionMonths);
	const anonymised = await repository.anonymise(cutoff, now, textScrubber);
	const rateLimitWindowsForgotten = await repository.forgetHits(
		new Date(now.getTime() - 24 * 60 * 60 * 1000),
	);
	return { cutoff, anonymised, rateLimitWindowsForgotten };
}
