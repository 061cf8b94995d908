/**
 * Sends the mail waiting in the outbox over SMTP (nodemailer). A failed send is recorded with its
 * error and tried again later, with growing delays, until it goes: nothing is dropped. Runs after
 * each submission, every FEEDBACK_OUTBOX_INTERVAL_SECONDS in a running server, and on demand
 * with `npm run feedback:outbox` (for hosts without a long-running process).
 */
import nodemailer from 'nodemailer';
import type { FeedbackConfig, SmtpConfig } from './config.ts';
import { digest, reminderMail } from './mail.ts';
import type { FeedbackRepository, NewMail } from './repository.ts';

export interface MailTransport {
	send(mail: NewMail): Promise<void>;
	close(): void;
}

/** Sends through the SMTP server of the configuration. */
export function smtpTransport(smtp: SmtpConfig): MailTransport {
	const transporter = nodemailer.createTransport({
		host: smtp.host,
		port: smtp.port,
		secure: smtp.secure,
		...(smtp.user && smtp.password ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 20_000,
	});
	return {
		async send(mail) {
			await transporter.sendMail({
				from: smtp.from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				...(mail.headers ? { headers: mail.headers } : {}),
			});
		},
		close: () => transporter.close(),
	};
}

/** Minutes to wait before the next try, after 1, 2, 3… failed tries; then once a day. */
const RETRY_MINUTES = [1, 5, 15, 60, 180, 720];
export const retryDelayMs = (attempts: number) => (RETRY_MINUTES[attempts - 1] ?? 24 * 60) * 60_000;

/** How long a claimed mail is held by the instance sending it. */
const LEASE_MS = 2 * 60_000;

export interface DeliveryReport {
	sent: number;
	failed: number;
}

/** Sends every mail due now; returns how many went and how many failed (to be retried). */
export async function deliverMail(
	repository: FeedbackRepository,
	transport: MailTransport | undefined,
	now: () => Date = () => new Date(),
): Promise<DeliveryReport> {
	const report = { sent: 0, failed: 0 };
	// Without an SMTP server, mail waits in the outbox until one is configured.
	if (!transport) return report;
	for (;;) {
		const start = now();
		const batch = await repository.claimMail(start, new Date(start.getTime() + LEASE_MS), 20);
		if (batch.length === 0) return report;
		for (const mail of batch) {
			try {
				await transport.send(mail);
				await repository.markMailSent(mail.id, now());
				report.sent += 1;
			} catch (error) {
				const message = error instanceof Error ? error.message : String(error);
				await repository.markMailFailed(
					mail.id,
					message,
					new Date(now().getTime() + retryDelayMs(mail.attempts + 1)),
				);
				report.failed += 1;
			}
		}
		// Failed mail is not due again before its delay: the loop ends when the batch is empty.
	}
}

const DIGEST_DAY = 'digest.lastDay';

/** The day in the office's time zone, and its hour: the digest goes once a day after digestHour. */
function parisDay(date: Date): { day: string; hour: number } {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Paris',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		hourCycle: 'h23',
	}).formatToParts(date);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/**
 * Queues the suggestions digest when one is due (digest mode, after the digest hour, not yet
 * today), or at once with `force`. Returns how many suggestions it covers.
 */
export async function queueDigestIfDue(
	repository: FeedbackRepository,
	config: FeedbackConfig,
	siteUrl: string,
	now: Date,
	force = false,
): Promise<number> {
	if (config.suggestionsMail !== 'digest' || !config.notifyEmail) return 0;
	const { day, hour } = parisDay(now);
	if (!force) {
		if (hour < config.digestHour) return 0;
		if ((await repository.setting(DIGEST_DAY, () => '')) === day) return 0;
	}
	await repository.writeSetting(DIGEST_DAY, day);
	return repository.queueDigest(now, (suggestions) => digest(suggestions, config, siteUrl));
}

const REMINDER_DAY = 'reminder.lastDay';
/** The reminder lists what is due before this long from now, and what is overdue. */
export const REMINDER_HORIZON_MS = 24 * 3_600_000;

/**
 * Queues the office's daily reminder when one is due (after the digest hour, not yet today, with
 * OFFICE_NOTIFY_EMAIL set), or at once with `force`: the complaints still to handle due within a
 * day or overdue, overdue first. Nothing is sent on a day with none. Returns how many it lists.
 */
export async function queueReminderIfDue(
	repository: FeedbackRepository,
	config: FeedbackConfig,
	siteUrl: string,
	now: Date,
	force = false,
): Promise<number> {
	if (!config.notifyEmail) return 0;
	const { day, hour } = parisDay(now);
	if (!force) {
		if (hour < config.digestHour) return 0;
		if ((await repository.setting(REMINDER_DAY, () => '')) === day) return 0;
	}
	await repository.writeSetting(REMINDER_DAY, day);
	const items = await repository.listSubmissions({
		overdueAt: new Date(now.getTime() + REMINDER_HORIZON_MS),
		order: 'urgency',
	});
	if (items.length === 0) return 0;
	await repository.queueMail(reminderMail(items, config, siteUrl, now), now);
	return items.length;
}
