/**
 * The feedback function's commands, with the server's settings (environment variables, and .env
 * when present). Run by Node itself (type stripping): imports name their `.ts` files.
 *
 *   npm run feedback:purge     erase personal data past FEEDBACK_RETENTION_MONTHS (GDPR);
 *                              the messages stay, anonymised, for the statistics; and the
 *                              newsletter sign-ups left unconfirmed past their link's expiry
 *   npm run feedback:outbox    send the mail waiting in the outbox (and the suggestions digest
 *                              when due): for hosts without a long-running server, from a cron
 *   npm run feedback:status    the store in use, submissions, newsletter subscribers, mail
 *                              waiting, what the purge erases next
 */
import { existsSync } from 'node:fs';
import { ConfigError, resolveConfig } from '../src/lib/server/config.ts';
import { queueDigestIfDue, queueReminderIfDue } from '../src/lib/feedback/notices.ts';
import { deliverMail, smtpTransport } from '../src/lib/server/outbox.ts';
import { purge, retentionCutoff } from '../src/lib/feedback/purge.ts';
import { SqlRepository } from '../src/lib/feedback/sql-repository.ts';
import { openDatabase } from '../src/lib/server/database.ts';
import { purgeUnconfirmed } from '../src/lib/newsletter/purge.ts';
import { NewsletterStore } from '../src/lib/newsletter/store.ts';

if (existsSync('.env')) process.loadEnvFile('.env');
const command = process.argv[2];
const siteUrl = process.env['SITE_URL'] ?? 'https://www.cevennes-montlozere.com';

async function main(): Promise<void> {
	const config = resolveConfig(process.env);
	const driver = await openDatabase(config);
	const repository = new SqlRepository(driver);
	const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite (${config.sqlitePath})`;
	try {
		const now = new Date();
		switch (command) {
			case 'purge': {
				const report = await purge(repository, config.retentionMonths, now);
				console.log(
					`${where}: personal data erased from ${report.anonymised} submission(s) received before ` +
						`${report.cutoff.toISOString().slice(0, 10)} (retention: ${config.retentionMonths} months); ` +
						`${report.rateLimitWindowsForgotten} old rate-limit window(s) forgotten.`,
				);
				const unconfirmed = await purgeUnconfirmed(new NewsletterStore(driver), now);
				console.log(`${where}: ${unconfirmed} unconfirmed newsletter sign-up(s) erased.`);
				break;
			}
			case 'outbox': {
				const digested = await queueDigestIfDue(repository, config, siteUrl, now);
				const reminded = await queueReminderIfDue(repository, config, siteUrl, now);
				if (!config.smtp) console.log('No SMTP_HOST: mail stays in the outbox.');
				const transport = config.smtp ? smtpTransport(config.smtp) : undefined;
				const report = await deliverMail(repository, transport);
				transport?.close();
				const counts = await repository.mailCounts();
				console.log(
					`${where}: ${report.sent} sent, ${report.failed} failed (to be retried)` +
						`${digested ? `, digest of ${digested} suggestion(s) queued` : ''}` +
						`${reminded ? `, reminder of ${reminded} due item(s) queued` : ''}; ` +
						`${counts.pending} waiting.`,
				);
				if (report.failed > 0) process.exitCode = 1;
				break;
			}
			case 'status': {
				const [total, counts, next] = await Promise.all([
					repository.countSubmissions(),
					repository.mailCounts(),
					repository.anonymisationQueue(1),
				]);
				const cutoff = retentionCutoff(now, config.retentionMonths);
				const oldest = next[0];
				console.log(`${where}: ${total} submission(s).`);
				const subscribers = await new NewsletterStore(driver).counts();
				console.log(
					`Newsletter: ${subscribers.confirmed} subscriber(s), ${subscribers.pending} waiting for confirmation.`,
				);
				console.log(
					`Mail: ${counts.pending} waiting (${counts.failing} after a failed try), ${counts.sent} sent.`,
				);
				console.log(
					oldest
						? `Next to be anonymised: ${oldest.reference}, received ${oldest.receivedAt.toISOString().slice(0, 10)}` +
								`${oldest.receivedAt < cutoff ? ' (due now: run npm run feedback:purge)' : ''}.`
						: 'No personal data stored.',
				);
				break;
			}
			default:
				console.error('Usage: node scripts/feedback.ts purge|outbox|status');
				process.exitCode = 2;
		}
	} finally {
		await repository.close();
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
	process.exitCode = 1;
});
