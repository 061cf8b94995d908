/**
 * The sign-up form's fields, without their rules (./schema.ts): small enough for the form's
 * script to carry before it loads zod.
 */

/** The fields of the sign-up form, in order; the server accepts only these. */
export const SIGN_UP_FIELDS = ['email', 'language', 'sectors', 'consent'] as const;
export type SignUpField = (typeof SIGN_UP_FIELDS)[number];

/** The languages the programme is written in. */
export const NEWSLETTER_LANGUAGES = ['fr', 'en'] as const;
export type NewsletterLanguage = (typeof NEWSLETTER_LANGUAGES)[number];
