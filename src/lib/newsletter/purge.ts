/**
 * Unconfirmed sign-ups do not stay: once their confirmation link has expired (CONFIRM_LINK_HOURS
 * after the last confirmation mail), the address is deleted with its mail. Run by the feedback
 * function's purge (`npm run feedback:purge`, daily).
 */
import { CONFIRM_LINK_HOURS } from './links.ts';
import type { NewsletterStore } from './store.ts';

export async function purgeUnconfirmed(store: NewsletterStore, now: Date): Promise<number> {
	return store.purgeUnconfirmed(new Date(now.getTime() - CONFIRM_LINK_HOURS * 60 * 60_000));
}
