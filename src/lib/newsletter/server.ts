/**
 * The one place where the newsletter meets Astro: the feedback function's service (its store,
 * settings, secret and mail delivery) and the sectors from the content collection.
 */
import { getCollection } from 'astro:content';
import { feedbackService } from '../feedback/server.ts';
import { newSecret } from '../feedback/token.ts';
import { NewsletterService } from './service.ts';
import { NewsletterStore } from './store.ts';

let service: Promise<NewsletterService> | undefined;

async function start(): Promise<NewsletterService> {
	const [feedback, sectors] = await Promise.all([feedbackService(), getCollection('sectors')]);
	const { config, repository } = feedback;
	// The same secret as the feedback service: FEEDBACK_SECRET, or the one kept in the store.
	const secret = config.secret ?? (await repository.setting('feedback.secret', newSecret));
	return new NewsletterService({
		store: NewsletterStore.of(repository),
		repository,
		config,
		secret,
		sectors: sectors.sort((a, b) => a.data.order - b.data.order).map((sector) => sector.id),
		siteUrl: import.meta.env.SITE ?? 'https://www.cevennes-montlozere.com',
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
