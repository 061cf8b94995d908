/**
 * The one place where the newsletter meets Astro: the server core (settings, database, secret),
 * the feedback service's mail delivery and the sectors from the content collection.
 */
import { getCollection } from 'astro:content';
import { feedbackService } from '../feedback/server.ts';
import { serverCore } from '../server/core.ts';
import { hit } from '../server/rate-limits.ts';
import { NewsletterService } from './service.ts';
import { NewsletterStore } from './store.ts';
import { database } from '../server/kysely.ts';

let service: Promise<NewsletterService> | undefined;

async function start(): Promise<NewsletterService> {
	const [core, feedback, sectors] = await Promise.all([
		serverCore(),
		feedbackService(),
		getCollection('sectors'),
	]);
	return new NewsletterService({
		store: new NewsletterStore(core.driver),
		rateLimits: {
			hit: (clientKey, windowStart) => hit(database(core.driver), clientKey, windowStart),
		},
		config: core.config,
		// The same secret as the feedback service: FEEDBACK_SECRET, or the one kept in the store.
		secret: core.secret,
		sectors: sectors.sort((a, b) => a.data.order - b.data.order).map((sector) => sector.id),
		siteUrl: core.siteUrl,
		deliver: () => feedback.deliver(),
	});
}

/** The newsletter service of this server, started on first use. */
export function newsletterService(): Promise<NewsletterService> {
	service ??= start().catch((error: unknown) => {
		service = undefined;
		throw error;
	});
	return service;
}
