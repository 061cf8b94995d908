/**
 * The one place where the feedback function meets Astro: the server core (settings, database,
 * secret, mail transport: src/lib/server/core.ts) and the offices and providers from the content
 * collections. Everything else is plain TypeScript in this folder.
 */
import { getCollection } from 'astro:content';
import { serverCore } from '../server/core.ts';
import { FeedbackService } from './handler.ts';
import { SqlRepository } from './sql-repository.ts';

let service: Promise<FeedbackService> | undefined;

async function start(): Promise<FeedbackService> {
	const [core, offices, providers] = await Promise.all([
		serverCore(),
		getCollection('offices'),
		getCollection('providers'),
	]);
	const feedback = new FeedbackService({
		config: core.config,
		repository: new SqlRepository(core.driver),
		secret: core.secret,
		choices: {
			offices: offices.map((office) => office.id),
			providers: providers.map((provider) => provider.id),
			names: {
				offices: new Map(offices.map((office) => [office.id, office.data.name])),
				providers: new Map(providers.map((provider) => [provider.id, provider.data.name])),
			},
		},
		siteUrl: core.siteUrl,
		transport: core.transport,
	});
	feedback.startDeliveryTimer();
	// Mail left waiting by a previous run (a crash, an SMTP outage) goes now.
	void feedback.deliver().catch((error: unknown) => console.error('[feedback] mail:', error));
	return feedback;
}

/** The feedback service of this server, started on first use. */
export function feedbackService(): Promise<FeedbackService> {
	service ??= start().catch((error: unknown) => {
		service = undefined;
		throw error;
	});
	return service;
}
