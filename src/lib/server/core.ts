/**
 * The one place where the server core meets Astro: its settings from `astro:env` (validated when
 * the server starts, see astro.config.mjs), the database (migrated, every feature's tables) and
 * the mail transport, opened once per process and shared by feedback, newsletter and staff.
 */
import * as env from 'astro:env/server';
import { resolveConfig, type FeedbackConfig } from './config.ts';
import { openDatabase } from './database.ts';
import { smtpTransport, type MailTransport } from './outbox.ts';
import { setting } from './settings.ts';
import type { Driver } from './sql.ts';
import { newSecret } from './token.ts';
import { database } from './kysely.ts';

export interface ServerCore {
	config: FeedbackConfig;
	/** The connection every feature queries its own tables on. */
	driver: Driver;
	/** Signs form tokens and keys client addresses: FEEDBACK_SECRET, or one kept in the database. */
	secret: string;
	/** Unset without an SMTP server: mail waits in the outbox. */
	transport: MailTransport | undefined;
	/** The site's public address, for links in mail. */
	siteUrl: string;
}

/** The server's settings, from the environment as `astro:env` validated it. */
export const configFromEnv = (): FeedbackConfig =>
	resolveConfig({
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

let core: Promise<ServerCore> | undefined;

async function start(): Promise<ServerCore> {
	const config = configFromEnv();
	const driver = await openDatabase(config);
	console.log(
		`[server] storage: ${driver.dialect === 'postgres' ? 'PostgreSQL' : `SQLite (${config.sqlitePath})`}; ` +
			`mail: ${config.smtp ? `${config.smtp.host}:${config.smtp.port}` : 'no SMTP server, kept in the outbox'}`,
	);
	return {
		config,
		driver,
		secret: config.secret ?? (await setting(database(driver), 'feedback.secret', newSecret)),
		transport: config.smtp ? smtpTransport(config.smtp) : undefined,
		siteUrl: import.meta.env.SITE ?? 'https://www.cevennes-montlozere.com',
	};
}

/** The server core of this process, started on first use (and again after a failed start). */
export function serverCore(): Promise<ServerCore> {
	core ??= start().catch((error: unknown) => {
		core = undefined;
		throw error;
	});
	return core;
}
