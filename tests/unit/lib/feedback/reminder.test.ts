/**
 * The office's daily reminder (queueReminderIfDue in src/lib/feedback/notices.ts), against both
 * stores and a real SMTP server: once a day after the digest hour, it lists the complaints still
 * to handle that are overdue or due within a day, with their links, and none of the others
 * (answered, closed, due later, suggestions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../../src/lib/server/config';
import { queueReminderIfDue } from '../../../../src/lib/feedback/notices';
import { deliverMail, smtpTransport } from '../../../../src/lib/server/outbox';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { startSmtpServer, type TestSmtpServer } from '../../../tools/smtp';

const SITE = 'https://www.example.org';
// 10:00 in Paris (summer time), after the digest hour (8).
const NOW = new Date('2026-07-15T08:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`daily reminder — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let repository: FeedbackRepository;
		let smtp: TestSmtpServer;
		const references: Record<string, string> = {};

		beforeAll(async () => {
			stores = kind.create();
			repository = await stores.open();
			smtp = await startSmtpServer();
			const items: [string, 'complaint' | 'suggestion', number | undefined, string][] = [
				['overdue', 'complaint', -24, 'new'],
				['dueToday', 'complaint', 6, 'forwarded'],
				['dueLater', 'complaint', 72, 'new'],
				['answeredLate', 'complaint', -48, 'answered'],
				['closedLate', 'complaint', -48, 'closed'],
				['suggestion', 'suggestion', undefined, 'new'],
			];
			for (const [index, [name, itemKind, dueHours, status]] of items.entries()) {
				const result = await repository.createSubmission(
					{
						kind: itemKind,
						locale: 'fr',
						receivedAt: at(-96),
						dueAt: dueHours === undefined ? undefined : at(dueHours),
						idempotencyKey: `reminder-${name}`,
						data: { description: name },
					},
					() => `REC-2026-RMD00${index}`,
					() => [],
				);
				if (result.status === 'rate-limited') throw new Error('rate-limited');
				references[name] = result.submission.reference;
				if (status !== 'new')
					await repository.changeStatus(result.submission.reference, {
						status: status as 'forwarded',
						actor: 'accueil@example.org',
						at: at(-1),
						forwardedTo: 'Vialas',
						answer: 'Réponse',
					});
			}
		});
		afterAll(async () => {
			await smtp.close();
			await stores.cleanup();
		});

		it('mails the office, once a day, the complaints overdue or due within a day', async () => {
			const config = resolveConfig({
				OFFICE_NOTIFY_EMAIL: 'accueil@example.org',
				SMTP_HOST: '127.0.0.1',
				SMTP_PORT: String(smtp.port),
				SMTP_FROM: 'site@example.org',
			});
			// Before the digest hour (7:00 in Paris): not yet.
			expect(await queueReminderIfDue(repository, config, SITE, at(-3))).toBe(0);
			expect(await queueReminderIfDue(repository, config, SITE, NOW)).toBe(2);
			// Once a day.
			expect(await queueReminderIfDue(repository, config, SITE, at(2))).toBe(0);

			const transport = smtpTransport(
				config.smtp ?? { host: '', port: 0, secure: false, from: '' },
			);
			expect(await deliverMail(repository, transport, () => NOW)).toEqual({ sent: 1, failed: 0 });
			transport.close();
			expect(smtp.received).toHaveLength(1);
			const [mail] = smtp.received;
			expect(mail?.to).toEqual(['accueil@example.org']);
			expect(mail?.subject).toBe('Rappel — réclamations à traiter : 2, dont en retard : 1');
			const text = mail?.text ?? '';
			// Overdue first, each with its link; none of the others.
			const overdue = text.indexOf(
				`${references['overdue']}, Réclamation, réponse due le 14 juillet 2026 (en retard)`,
			);
			const today = text.indexOf(
				`${references['dueToday']}, Réclamation, réponse due le 15 juillet 2026`,
			);
			expect(overdue).toBeGreaterThan(0);
			expect(today).toBeGreaterThan(overdue);
			for (const name of ['overdue', 'dueToday'])
				expect(text).toContain(`${SITE}/staff/messages/${references[name]}/`);
			for (const name of ['dueLater', 'answeredLate', 'closedLate', 'suggestion'])
				expect(text).not.toContain(references[name] ?? 'missing');
		});

		it('sends nothing on a day with nothing due, nor without an office address', async () => {
			const config = resolveConfig({ OFFICE_NOTIFY_EMAIL: 'accueil@example.org' });
			const before = (await repository.listMail()).length;
			// The next day, with the two handled: nothing to remind.
			for (const name of ['overdue', 'dueToday'])
				await repository.changeStatus(references[name] ?? '', {
					status: 'closed',
					actor: 'accueil@example.org',
					at: at(20),
				});
			expect(await queueReminderIfDue(repository, config, SITE, at(24))).toBe(0);
			expect(await queueReminderIfDue(repository, resolveConfig({}), SITE, at(48), true)).toBe(0);
			expect((await repository.listMail()).length).toBe(before);
		});
	});
}
