/**
 * The sign-up form's checks in the browser: the server's schema (and zod), in a chunk of its own
 * that <newsletter-form> loads on the first interaction.
 */
export { validateSignUp } from '../../lib/newsletter/schema';
