/**
 * Sends the mail waiting in the outbox over SMTP (nodemailer). A failed send is recorded with its
 * error and tried again later, with growing delays, until it goes: nothing is dropped. Runs after
 * each submission, every FEEDBACK_OUTBOX_INTERVAL_SECONDS in a running server, and on demand
 * with `npm run feedback:outbox` (for hosts without a long-running process).
 */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from './config.ts';
import type { NewMail, OutboxStore } from './outbox-store.ts';

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
	repository: Pick<OutboxStore, 'claimMail' | 'markMailSent' | 'markMailFailed'>,
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
