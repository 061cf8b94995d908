/**
 * The retention rule (GDPR): a submission's personal data — name, e-mail, phone, postal address, the hash of the
 * client's address, the mail sent about it — is erased FEEDBACK_RETENTION_MONTHS after it was
 * received. The message itself stays for the statistics, with e-mail addresses and phone numbers
 * written in it blanked. Run by `npm run feedback:purge` (README: "Retention purge").
 */
import { POSTAL_ADDRESS_FIELDS } from './fields.ts';
import type { FeedbackRepository } from './repository.ts';

/** What replaces personal details found in free text. */
export const REDACTED = '[…]';

const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE_IN_TEXT = /\+?\d[\d .-]{7,}\d/g;

/** Free text with e-mail addresses and phone numbers blanked. */
export const redact = (text: string) =>
	text.replace(EMAIL_IN_TEXT, REDACTED).replace(PHONE_IN_TEXT, REDACTED);

/** A submission's answers with the personal details in its free text blanked. */
export function scrub(data: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(data).map(([field, value]) => [
			field,
			// A postal address (paper-brochure requests) is personal data through and through.
			(POSTAL_ADDRESS_FIELDS as readonly string[]).includes(field)
				? REDACTED
				: typeof value === 'string' && value.length > 20
					? redact(value)
					: value,
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
	const anonymised = await repository.anonymise(cutoff, now, scrub);
	const rateLimitWindowsForgotten = await repository.forgetHits(
		new Date(now.getTime() - 24 * 60 * 60 * 1000),
	);
	return { cutoff, anonymised, rateLimitWindowsForgotten };
}
