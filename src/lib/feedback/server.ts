/**
 * The one place where the feedback function meets Astro: its settings from `astro:env`
 * (validated when the server starts, see astro.config.mjs) and the offices and providers from
 * the content collections. Everything else is plain TypeScript in this folder.
 */
import { getCollection } from 'astro:content';
import * as env from 'astro:env/server';
import { resolveConfig } from './config.ts';
import { FeedbackService } from './handler.ts';
import { smtpTransport } from './outbox.ts';
import { openRepository } from './store.ts';
import { newSecret } from './token.ts';

let service: Promise<FeedbackService> | undefined;

async function start(): Promise<FeedbackService> {
	const config = resolveConfig({
		DATABASE_URL: env.DATABASE_URL,
		SQLITE_PATH: env.SQLITE_PATH,
		FEEDBACK_SECRET: env.FEEDBACK_SECRET,
		SMTP_HOST: env.SMTP_HOST,
		SMTP_PORT: env.SMTP_PORT,
		SMTP_SECURE: env.SMTP_SECURE,
		SMTP_USER: env.SMTP_USER,
		SMTP_PASSWORD: env.SMTP_PASSWORD,
		SMTP_FROM: env.SMTP_FROM,
		OFFICE_NOTIFY_EMAIL: env.OFFICE_NOTIFY_EMAIL,
		FEEDBACK_SUGGESTIONS_MAIL: env.FEEDBACK_SUGGESTIONS_MAIL,
		FEEDBACK_DIGEST_HOUR: env.FEEDBACK_DIGEST_HOUR,
		FEEDBACK_RETENTION_MONTHS: env.FEEDBACK_RETENTION_MONTHS,
		FEEDBACK_COMPLAINT_DUE_DAYS: env.FEEDBACK_COMPLAINT_DUE_DAYS,
		FEEDBACK_COMPLAINT_REPLY_DAYS: env.FEEDBACK_COMPLAINT_REPLY_DAYS,
		FEEDBACK_MIN_FILL_SECONDS: env.FEEDBACK_MIN_FILL_SECONDS,
		FEEDBACK_RATE_LIMIT: env.FEEDBACK_RATE_LIMIT,
		FEEDBACK_RATE_WINDOW_MINUTES: env.FEEDBACK_RATE_WINDOW_MINUTES,
		FEEDBACK_OUTBOX_INTERVAL_SECONDS: env.FEEDBACK_OUTBOX_INTERVAL_SECONDS,
	});
	const [repository, offices, providers] = await Promise.all([
		openRepository(config),
		getCollection('offices'),
		getCollection('providers'),
	]);
	const secret = config.secret ?? (await repository.setting('feedback.secret', newSecret));
	const feedback = new FeedbackService({
		config,
		repository,
		secret,
		choices: {
			offices: offices.map((office) => office.id),
			providers: providers.map((provider) => provider.id),
			names: {
				offices: new Map(offices.map((office) => [office.id, office.data.name])),
				providers: new Map(providers.map((provider) => [provider.id, provider.data.name])),
			},
		},
		siteUrl: import.meta.env.SITE ?? 'https://www.cevennes-montlozere.com',
		transport: config.smtp ? smtpTransport(config.smtp) : undefined,
	});
	feedback.startDeliveryTimer();
	// Mail left waiting by a previous run (a crash, an SMTP outage) goes now.
	void feedback.deliver().catch((error: unknown) => console.error('[feedback] mail:', error));
	console.log(
		`[feedback] storage: ${repository.dialect === 'postgres' ? 'PostgreSQL' : `SQLite (${config.sqlitePath})`}; ` +
			`mail: ${config.smtp ? `${config.smtp.host}:${config.smtp.port}` : 'no SMTP server, kept in the outbox'}`,
	);
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
