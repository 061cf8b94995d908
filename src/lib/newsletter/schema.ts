/**
 * The sign-up form's schema, shared by the browser (messages under each field before sending)
 * and the server (the only check that counts). Inputs are what a form sends: strings, and a list
 * for the sector boxes (absent when none is ticked). Messages are dictionary keys, turned into
 * sentences in the visitor's language by the page or the form's script.
 *
 * Imports name their `.ts` files so that the commands run this with Node alone.
 */
import { z } from 'astro/zod';
import { validate, type FieldProblem } from '../server/errors.ts';
import { NEWSLETTER_LANGUAGES, SIGN_UP_FIELDS, type NewsletterLanguage } from './fields.ts';

/** The longest address a mail server accepts (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254;

export interface SignUp {
	/** Lower-cased, trimmed: one subscription per address whatever its case. */
	email: string;
	language: NewsletterLanguage;
	/** Sector ids, in the order of the form. */
	sectors: string[];
}

const clean = (value: unknown) =>
	typeof value === 'string' ? value.trim().normalize('NFC') || undefined : value;

/** A single value or a list (several boxes of the same name) as a list, without blanks. */
function list(value: unknown): unknown[] {
	const items: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
	return items.filter((item) => item !== '');
}

/** The sign-up schema for the sectors of the site (their ids). */
export function signUpSchema(sectors: readonly string[]) {
	const sectorIds = sectors.length > 0 ? sectors : [''];
	return z.strictObject({
		email: z.preprocess(
			(value) => {
				const cleaned = clean(value);
				return typeof cleaned === 'string' ? cleaned.toLowerCase() : cleaned;
			},
			z
				.email({
					error: (issue) =>
						issue.input === undefined ? 'feedback.error.required' : 'feedback.error.email',
				})
				.max(MAX_EMAIL_LENGTH, { error: 'feedback.error.email' }),
		),
		language: z.preprocess(
			clean,
			z.enum(NEWSLETTER_LANGUAGES, {
				error: (issue) =>
					issue.input === undefined ? 'feedback.error.required' : 'feedback.error.choice',
			}),
		),
		sectors: z.preprocess(
			list,
			z
				.array(
					z.string().refine((id) => sectorIds.includes(id), { error: 'feedback.error.choice' }),
				)
				.min(1, { error: 'newsletter.error.sectors' })
				.max(sectorIds.length, { error: 'feedback.error.choice' })
				.transform((ids) => sectorIds.filter((id) => ids.includes(id))),
		),
		consent: z.preprocess(clean, z.literal('yes', { error: 'newsletter.error.consent' })),
	});
}

export type SignUpValidation =
	| { ok: true; data: SignUp }
	| { ok: false; fields: Partial<Record<string, FieldProblem>>; unknownFields: string[] };

/** A sign-up's problem: the schema's own dictionary key, else "invalid". */
const signUpProblem = (issue: z.core.$ZodIssue): FieldProblem => ({
	key: /^(feedback|newsletter)\.error\./.test(issue.message)
		? issue.message
		: 'feedback.error.invalid',
});

/** Checks a sign-up's fields: the sign-up, or a problem (dictionary key) per field. */
export function validateSignUp(sectors: readonly string[], input: unknown): SignUpValidation {
	const result = validate(signUpSchema(sectors), input, signUpProblem);
	if (!result.ok) return result;
	const { email, language, sectors: chosen } = result.data;
	return { ok: true, data: { email, language, sectors: chosen } };
}

/** Whether a name is one of the form's fields. */
export const isSignUpField = (name: string): boolean =>
	(SIGN_UP_FIELDS as readonly string[]).includes(name);
