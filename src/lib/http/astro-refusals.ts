/**
 * What Astro refuses itself, before a form's action runs, by HTTP status: the refusal's code and
 * the dictionary's message a visitor reads instead of Astro's own English one. The actions
 * (src/actions/refusal.ts) use it for a plain form post, the feedback form's script for its own.
 */
export const ASTRO_REFUSALS: Readonly<Record<number, { code: string; key: string }>> = {
	413: { code: 'too-large', key: 'feedback.error.tooLarge' },
	415: { code: 'content-type', key: 'feedback.error.contentType' },
};

/** Any other refusal of Astro's (a body that is not a form, a cross-site post). */
export const MALFORMED = { status: 400, code: 'malformed', key: 'feedback.error.malformed' };
