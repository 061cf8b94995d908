/**
 * The feedback function's settings with their defaults, from environment variables (the server
 * reads them through `astro:env`, the commands from `process.env`). Invalid settings stop the
 * server or the command with a message naming the variable. Documented in .env.example.
 */

export interface SmtpConfig {
	host: string;
	port: number;
	/** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
	secure: boolean;
	user?: string;
	password?: string;
	/** The sender of every message: "Office de tourisme <accueil@…>". */
	from: string;
}

export interface FeedbackConfig {
	/** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
	databaseUrl?: string;
	/** The SQLite database file (created with its folder when missing). */
	sqlitePath: string;
	/** Signs form tokens and hashes client addresses; generated and kept in the database if unset. */
	secret?: string;
	/** No SMTP server: messages wait in the outbox until one is configured. */
	smtp?: SmtpConfig;
	/** Who receives the office's notifications. */
	notifyEmail?: string;
	/** Suggestions are mailed one by one, or as one digest a day. Complaints always immediately. */
	suggestionsMail: 'immediate' | 'digest';
	/** The hour (server time, 0–23) after which the day's digest is sent. */
	digestHour: number;
	/** Personal data is erased this many months after a submission is received. */
	retentionMonths: number;
	/** A complaint is due this many days after it is received: the staff's own target, not shown to visitors. */
	complaintDueDays: number;
	/**
	 * The reply time the complaint form and its acknowledgement promise, in days: an office
	 * setting (FEEDBACK_COMPLAINT_REPLY_DAYS), with no default. The quality manual answers
	 * complaints "en fonction des avis"; unset, no delay is promised.
	 */
	complaintReplyDays?: number;
	/** A form sent sooner than this after it was displayed is refused (robots fill forms at once). */
	minFillSeconds: number;
	/** Submissions allowed per client address and window. */
	rateLimit: number;
	rateWindowMinutes: number;
	/** How often a running server sends waiting mail; 0: only after submissions and by command. */
	outboxIntervalSeconds: number;
}

export type Environment = Record<string, string | number | boolean | undefined>;

export class ConfigError extends Error {
	override name = 'ConfigError';
}

function text(env: Environment, name: string): string | undefined {
	const value = env[name];
	if (value === undefined || value === '') return undefined;
	return String(value);
}

function integer(
	env: Environment,
	name: string,
	fallback: number,
	{ min, max }: { min: number; max?: number },
): number {
	const raw = text(env, name);
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < min || (max !== undefined && value > max))
		throw new ConfigError(
			`${name}="${raw}" must be a number from ${min}${max === undefined ? ' up' : ` to ${max}`}`,
		);
	return value;
}

const MAILBOX = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const SENDER = /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

/** The settings from environment variables, with defaults; throws ConfigError naming the problem. */
export function resolveConfig(env: Environment): FeedbackConfig {
	const databaseUrl = text(env, 'DATABASE_URL');
	if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
		throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');

	const secret = text(env, 'FEEDBACK_SECRET');
	if (secret !== undefined && secret.length < 32)
		throw new ConfigError('FEEDBACK_SECRET must be at least 32 characters long');

	const host = text(env, 'SMTP_HOST');
	let smtp: SmtpConfig | undefined;
	if (host) {
		const from = text(env, 'SMTP_FROM');
		if (!from || !SENDER.test(from))
			throw new ConfigError(
				'SMTP_FROM must be the sender\'s address ("Office <accueil@example.org>") when SMTP_HOST is set',
			);
		const user = text(env, 'SMTP_USER');
		const password = text(env, 'SMTP_PASSWORD');
		if (Boolean(user) !== Boolean(password))
			throw new ConfigError('SMTP_USER and SMTP_PASSWORD go together: set both or neither');
		const secureRaw = text(env, 'SMTP_SECURE');
		if (secureRaw !== undefined && !['true', 'false'].includes(secureRaw))
			throw new ConfigError('SMTP_SECURE must be true or false');
		smtp = {
			host,
			port: integer(env, 'SMTP_PORT', 587, { min: 1, max: 65535 }),
			secure: secureRaw === 'true',
			from,
			...(user && password ? { user, password } : {}),
		};
	}

	const notifyEmail = text(env, 'OFFICE_NOTIFY_EMAIL');
	if (notifyEmail && !notifyEmail.split(',').every((address) => MAILBOX.test(address.trim())))
		throw new ConfigError(
			'OFFICE_NOTIFY_EMAIL must be one or more e-mail addresses, comma-separated',
		);
	if (smtp && !notifyEmail)
		throw new ConfigError('OFFICE_NOTIFY_EMAIL is required when SMTP_HOST is set');

	const suggestionsMail = text(env, 'FEEDBACK_SUGGESTIONS_MAIL') ?? 'immediate';
	if (suggestionsMail !== 'immediate' && suggestionsMail !== 'digest')
		throw new ConfigError('FEEDBACK_SUGGESTIONS_MAIL must be "immediate" or "digest"');

	return {
		...(databaseUrl ? { databaseUrl } : {}),
		sqlitePath: text(env, 'SQLITE_PATH') ?? 'data/feedback.sqlite',
		...(secret ? { secret } : {}),
		...(smtp ? { smtp } : {}),
		...(notifyEmail ? { notifyEmail } : {}),
		suggestionsMail,
		digestHour: integer(env, 'FEEDBACK_DIGEST_HOUR', 8, { min: 0, max: 23 }),
		retentionMonths: integer(env, 'FEEDBACK_RETENTION_MONTHS', 24, { min: 1 }),
		complaintDueDays: integer(env, 'FEEDBACK_COMPLAINT_DUE_DAYS', 3, { min: 1 }),
		...(text(env, 'FEEDBACK_COMPLAINT_REPLY_DAYS') === undefined
			? {}
			: { complaintReplyDays: integer(env, 'FEEDBACK_COMPLAINT_REPLY_DAYS', 1, { min: 1 }) }),
		minFillSeconds: integer(env, 'FEEDBACK_MIN_FILL_SECONDS', 3, { min: 0 }),
		rateLimit: integer(env, 'FEEDBACK_RATE_LIMIT', 10, { min: 1 }),
		rateWindowMinutes: integer(env, 'FEEDBACK_RATE_WINDOW_MINUTES', 10, { min: 1 }),
		outboxIntervalSeconds: integer(env, 'FEEDBACK_OUTBOX_INTERVAL_SECONDS', 60, { min: 0 }),
	};
}
