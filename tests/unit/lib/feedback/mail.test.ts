/**
 * Mail over a real SMTP server (smtp-server on 127.0.0.1): the office's notification and the
 * visitor's acknowledgement arrive with the right content; a refused message is kept, recorded
 * and sent on a later try; suggestions can go as one daily digest. Against both stores.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../../../src/lib/server/outbox';
import type { FeedbackRepository } from '../../../../src/lib/feedback/repository';
import { resolveConfig } from '../../../../src/lib/server/config';
import {
	apiBody,
	makeService,
	NOW,
	post,
	storedAnswer,
	token,
	VALID,
} from '../../../tools/feedback-fixture';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { startSmtpServer, type TestSmtpServer } from '../../../tools/smtp';

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`feedback mail on ${suiteName(storeKind)}`, () => {
		let store: TestStore;
		let smtp: TestSmtpServer;
		let repository: FeedbackRepository;

		beforeAll(async () => {
			store = storeKind.create();
			smtp = await startSmtpServer();
		});
		afterAll(async () => {
			await smtp.close();
			await store.cleanup();
		});
		beforeEach(async () => {
			repository = await store.open();
			smtp.received.length = 0;
			smtp.refuseNext(0);
		});

		const env = (extra: Record<string, string> = {}) => ({
			SMTP_HOST: '127.0.0.1',
			SMTP_PORT: String(smtp.port),
			SMTP_FROM: 'Office de tourisme <ne-pas-repondre@cevennes-montlozere.com>',
			OFFICE_NOTIFY_EMAIL: 'accueil@cevennes-montlozere.com',
			...extra,
		});
		const transport = () => {
			const { smtp: settings } = resolveConfig(env());
			if (!settings) throw new Error('no SMTP settings');
			return smtpTransport(settings);
		};

		it('mails a complaint to the office at once, and the acknowledgement to the visitor', async () => {
			const { service, settled } = makeService(repository, { env: env(), transport: transport() });
			const response = await post(
				service,
				apiBody('complaint', VALID.complaint, { locale: 'en' }),
				'x',
			);
			const { reference } = storedAnswer(response);
			await settled();

			const office = smtp.received.find((mail) =>
				mail.to.includes('accueil@cevennes-montlozere.com'),
			);
			expect(office?.subject).toBe(`[Réclamation ${reference}] Un prestataire présent sur le site`);
			expect(office?.text).toContain('Que s’est-il passé ? : La chambre réservée était occupée');
			expect(office?.text).toContain('Votre adresse e-mail : jean.dupont@example.org');
			expect(office?.text).toContain('À traiter avant le 18 juillet 2026.');
			expect(office?.text).toContain('Langue du formulaire : anglais.');
			// Names, not ids; a link to the item; "reply" writes to the visitor.
			expect(office?.text).toContain('Prestataire : Gîte de la Baume');
			expect(office?.text).not.toContain('gite-de-la-baume');
			expect(office?.text).toContain(
				`Ouvrir dans l’espace équipe : https://www.cevennes-montlozere.com/staff/messages/${reference}/`,
			);
			expect(office?.raw).toMatch(/^Reply-To: jean\.dupont@example\.org\r?$/m);

			const acknowledgement = smtp.received.find((mail) =>
				mail.to.includes('jean.dupont@example.org'),
			);
			expect(acknowledgement?.subject).toBe(`We have received your message (${reference})`);
			// Nothing the visitor typed: the address is not confirmed (no mail of chosen text to anyone).
			expect(acknowledgement?.text).toMatch(/^Hello,/);
			expect(acknowledgement?.text).not.toContain('Jean Dupont');
			expect(acknowledgement?.text).not.toContain('occupée');
			expect(acknowledgement?.text).toContain(`Its reference: ${reference}.`);
			// No reply time is promised unless the office set one (FEEDBACK_COMPLAINT_REPLY_DAYS).
			expect(acknowledgement?.text).toContain('if needed, and reply.');
			expect(acknowledgement?.text).not.toMatch(/within \d+ days/);
			expect(acknowledgement?.from).toBe('ne-pas-repondre@cevennes-montlozere.com');
			expect(await repository.mailCounts()).toEqual({ pending: 0, failing: 0, sent: 2 });
		});

		it('promises the reply time the office set, and only that one', async () => {
			const { service, settled } = makeService(repository, {
				env: env({ FEEDBACK_COMPLAINT_REPLY_DAYS: '5' }),
				transport: transport(),
			});
			await post(service, apiBody('complaint', VALID.complaint, { locale: 'en' }), 'x');
			await settled();
			const acknowledgement = smtp.received.find((mail) =>
				mail.to.includes('jean.dupont@example.org'),
			);
			expect(acknowledgement?.text).toContain('and reply within 5 days.');
		});

		it('sends no acknowledgement without an address, and none for an anonymous questionnaire', async () => {
			const { service, settled } = makeService(repository, { env: env(), transport: transport() });
			await post(service, apiBody('suggestion', { ...VALID.suggestion, email: '' }), 'x');
			await post(service, apiBody('questionnaire'), 'x');
			await settled();
			expect(smtp.received.map((mail) => mail.to)).toEqual([['accueil@cevennes-montlozere.com']]);
		});

		it('keeps a refused mail, records why, and sends it on a later try', async () => {
			let now = NOW;
			const { service, settled } = makeService(repository, {
				env: env(),
				transport: transport(),
				now: () => now,
			});
			smtp.refuseNext(2);
			const response = await post(service, apiBody('complaint'), 'x');
			expect(response).toMatchObject({ status: 200, created: true });
			await settled();
			expect(smtp.received).toHaveLength(0);
			const waiting = await repository.listMail();
			expect(waiting).toHaveLength(2);
			expect(waiting.every((mail) => mail.attempts === 1 && /554/.test(mail.lastError ?? ''))).toBe(
				true,
			);
			expect(await repository.mailCounts()).toMatchObject({ pending: 2, failing: 2 });

			// Not due again before its delay…
			expect(await service.deliver()).toEqual({ sent: 0, failed: 0 });
			// …then sent.
			now = new Date(NOW.getTime() + 2 * 60_000);
			expect(await service.deliver()).toEqual({ sent: 2, failed: 0 });
			expect(smtp.received).toHaveLength(2);
			expect(await repository.mailCounts()).toEqual({ pending: 0, failing: 0, sent: 2 });
		});

		it('keeps mail in the outbox while no SMTP server is configured', async () => {
			const { service, settled } = makeService(repository);
			await post(service, apiBody('complaint'), 'x');
			await settled();
			expect(await repository.mailCounts()).toEqual({ pending: 2, failing: 0, sent: 0 });
		});

		it('sends suggestions as one digest a day after the digest hour, in digest mode', async () => {
			let now = new Date('2026-07-15T04:00:00Z'); // 06:00 in Paris
			const { service, settled } = makeService(repository, {
				env: env({ FEEDBACK_SUGGESTIONS_MAIL: 'digest', FEEDBACK_DIGEST_HOUR: '8' }),
				transport: transport(),
				now: () => now,
			});
			for (const message of [
				'Un banc près du pont serait bienvenu.',
				'Plus de poubelles au col de Finiels.',
			])
				await post(
					service,
					apiBody(
						'suggestion',
						{ ...VALID.suggestion, email: '', message },
						{ token: token(new Date(now.getTime() - 60_000)) },
					),
					'x',
				);
			await settled();
			expect(smtp.received).toHaveLength(0);

			now = new Date('2026-07-15T07:00:00Z'); // 09:00 in Paris
			await service.deliver();
			expect(smtp.received).toHaveLength(1);
			expect(smtp.received[0]?.subject).toBe('Suggestions reçues : 2');
			expect(smtp.received[0]?.text).toContain('Un banc près du pont serait bienvenu.');
			expect(smtp.received[0]?.text).toContain('Plus de poubelles au col de Finiels.');

			// Once a day only.
			await post(
				service,
				apiBody(
					'suggestion',
					{ ...VALID.suggestion, email: '' },
					{ token: token(new Date(now.getTime() - 60_000)) },
				),
				'x',
			);
			await settled();
			await service.deliver();
			expect(smtp.received).toHaveLength(1);
		});
	});
}
