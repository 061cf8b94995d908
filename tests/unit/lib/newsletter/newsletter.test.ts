/**
 * The newsletter's double opt-in against both stores (SQLite file, PostgreSQL server): a sign-up
 * stores a pending address and queues its confirmation mail in the outbox; the signed link
 * confirms it, an altered or expired one is refused; signing up again answers the same and mails
 * at most once per throttle window; unsubscribing deletes the address and its mail; unconfirmed
 * sign-ups are purged; the staff's CSV lists the confirmed subscribers. The mail goes through a
 * real SMTP server with its List-Unsubscribe header.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverMail, smtpTransport } from '../../../../src/lib/server/outbox';
import type { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import type { OutboxMail } from '../../../../src/lib/server/outbox-store';
import { BOM, exportSubscribers } from '../../../../src/lib/newsletter/export';
import { CONFIRM_LINK_HOURS, linkKey, signLink } from '../../../../src/lib/newsletter/links';
import { purgeUnconfirmed } from '../../../../src/lib/newsletter/purge';
import { MAIL_THROTTLE_MINUTES, NewsletterService } from '../../../../src/lib/newsletter/service';
import { NewsletterStore } from '../../../../src/lib/newsletter/store';
import { NOW, SECRET, testConfig, token } from '../../../tools/feedback-fixture';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { startSmtpServer } from '../../../tools/smtp';

const SECTORS = ['mont-lozere', 'vallee-longue', 'vallee-francaise', 'calbertois'];
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const VALID = {
	email: 'Camille.Martin@Example.org',
	language: 'en',
	sectors: ['calbertois', 'mont-lozere'],
	consent: 'yes',
};

/** The `?t=` token of the link after `label` in a mail's text. */
function linkIn(mail: Pick<OutboxMail, 'text'>, path: string): string {
	const match = new RegExp(`https://www\\.cevennes-montlozere\\.com${path}\\?t=(\\S+)`).exec(
		mail.text,
	);
	if (!match?.[1]) throw new Error(`No link to ${path} in:\n${mail.text}`);
	return match[1];
}

for (const storeKind of STORE_KINDS) {
	describe.skipIf(storeKind.skip)(`newsletter on ${suiteName(storeKind)}`, () => {
		let testStore: TestStore;
		let repository: SqlRepository;
		let store: NewsletterStore;
		let clock: Date;

		const service = (env = {}) =>
			new NewsletterService({
				store,
				rateLimits: repository,
				config: testConfig(env),
				secret: SECRET,
				sectors: SECTORS,
				siteUrl: 'https://www.cevennes-montlozere.com',
				now: () => clock,
				background: () => undefined,
			});

		/**
		 * Signs up as the sign-up action does, with a form token displayed a minute before: the
		 * refusal as the visitor reads it (in French), or `ok`.
		 */
		async function signUp(fields: Record<string, unknown> = VALID, client = '192.0.2.1') {
			const signing = service();
			const result = await signing.signUp(
				{ token: token(new Date(clock.getTime() - MINUTE)), website: '', ...fields },
				client,
			);
			return result.ok ? { ok: true, status: 200 } : signing.describe(result, 'fr');
		}

		const newsletterMail = async () =>
			(await repository.listMail()).filter((mail) => mail.kind === 'newsletter');

		beforeAll(() => {
			testStore = storeKind.create();
		});
		afterAll(async () => {
			await testStore.cleanup();
		});
		beforeEach(async () => {
			repository = await testStore.open();
			store = new NewsletterStore(repository.driver);
			clock = NOW;
		});

		it('stores a pending sign-up and queues its confirmation mail, in the chosen language', async () => {
			expect(await signUp()).toEqual({ ok: true, status: 200 });
			const subscriber = await store.findByEmail('camille.martin@example.org');
			expect(subscriber).toMatchObject({
				email: 'camille.martin@example.org',
				locale: 'en',
				// In the sectors' order, not the order they were ticked.
				sectors: ['mont-lozere', 'calbertois'],
				status: 'pending',
			});
			const [mail, ...more] = await newsletterMail();
			expect(more).toEqual([]);
			expect(mail?.to).toBe('camille.martin@example.org');
			expect(mail?.subject).toBe('Please confirm your subscription to our fortnightly events');
			if (!mail) throw new Error('no mail');
			linkIn(mail, '/en/newsletter/confirm/');
			const unsubscribe = linkIn(mail, '/en/newsletter/unsubscribe/');
			expect(mail.headers).toEqual({
				'List-Unsubscribe': `<https://www.cevennes-montlozere.com/en/newsletter/unsubscribe/?t=${unsubscribe}>`,
			});
		});

		it('confirms with the link of the mail, once', async () => {
			await signUp();
			const [mail] = await newsletterMail();
			if (!mail) throw new Error('no mail');
			const link = linkIn(mail, '/en/newsletter/confirm/');
			clock = new Date(NOW.getTime() + HOUR);
			expect(await service().confirm(link)).toBe('confirmed');
			expect(await store.findByEmail(VALID.email)).toMatchObject({
				status: 'confirmed',
				confirmedAt: clock,
			});
			expect(await service().confirm(link)).toBe('already');
		});

		it('refuses an altered link, a link past its expiry, and a confirm link used to unsubscribe', async () => {
			await signUp();
			const [mail] = await newsletterMail();
			if (!mail) throw new Error('no mail');
			const link = linkIn(mail, '/en/newsletter/confirm/');
			const [id = '', expiry = '', mac = ''] = link.split('.');
			const flip = (text: string) => `${text.slice(0, -1)}${text.endsWith('A') ? 'B' : 'A'}`;
			expect(await service().confirm(`${id}.${expiry}.${flip(mac)}`)).toBe('invalid');
			// A later expiry, with the signature of the earlier one.
			const later = (parseInt(expiry, 36) + 7 * 24 * 3600).toString(36);
			expect(await service().confirm(`${id}.${later}.${mac}`)).toBe('invalid');
			expect(await service().confirm('not-a-link')).toBe('invalid');
			expect(await service().confirm(undefined)).toBe('invalid');
			expect(await service().unsubscribe(link)).toBe('invalid');
			clock = new Date(NOW.getTime() + (CONFIRM_LINK_HOURS + 1) * HOUR);
			expect(await service().confirm(link)).toBe('expired');
			expect((await store.findByEmail(VALID.email))?.status).toBe('pending');
		});

		it('answers the same to an address already waiting or subscribed, and mails it at most once per window', async () => {
			const first = await signUp();
			expect(await newsletterMail()).toHaveLength(1);
			// Again at once (waiting for confirmation): same answer, new choices kept, no second mail.
			const again = await signUp({ ...VALID, sectors: ['vallee-longue'] });
			expect(again).toEqual(first);
			expect(await newsletterMail()).toHaveLength(1);
			expect((await store.findByEmail(VALID.email))?.sectors).toEqual(['vallee-longue']);

			const [mail] = await newsletterMail();
			if (!mail) throw new Error('no mail');
			expect(await service().confirm(linkIn(mail, '/en/newsletter/confirm/'))).toBe('confirmed');

			// Subscribed: same answer; the choices stay; after the window, one reminder mail.
			clock = new Date(NOW.getTime() + (MAIL_THROTTLE_MINUTES + 1) * MINUTE);
			const subscribed = await signUp({ ...VALID, language: 'fr', sectors: ['calbertois'] });
			expect(subscribed).toEqual(first);
			expect(await store.findByEmail(VALID.email)).toMatchObject({
				locale: 'en',
				sectors: ['vallee-longue'],
				status: 'confirmed',
			});
			const mails = await newsletterMail();
			expect(mails).toHaveLength(2);
			expect(mails[1]?.subject).toBe('You are already subscribed to our fortnightly events');
			expect(mails[1]?.text).not.toContain('/confirm/');
			expect(mails[1]?.headers?.['List-Unsubscribe']).toMatch(
				/\/en\/newsletter\/unsubscribe\/\?t=/,
			);
			await signUp();
			expect(await newsletterMail()).toHaveLength(2);
		});

		it('stores one subscriber and mails once when the same address signs up several times at once', async () => {
			const results = await Promise.all(
				Array.from({ length: 6 }, (_, index) => signUp(VALID, `192.0.2.${index + 10}`)),
			);
			expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200, 200, 200]);
			expect(await store.counts()).toEqual({ pending: 1, confirmed: 0 });
			expect(await newsletterMail()).toHaveLength(1);
		});

		it('unsubscribes with the link of any mail: the address and its mail are deleted', async () => {
			await signUp();
			const [mail] = await newsletterMail();
			if (!mail) throw new Error('no mail');
			await service().confirm(linkIn(mail, '/en/newsletter/confirm/'));
			const link = linkIn(mail, '/en/newsletter/unsubscribe/');
			// Years later: unsubscribe links do not expire.
			clock = new Date(NOW.getTime() + 3 * 365 * 24 * HOUR);
			expect(await service().checkUnsubscribe(link)).toBe('ready');
			const [id = '', expiry = '', mac = ''] = link.split('.');
			const altered = `${id}.${expiry}.${mac.slice(1)}${mac.startsWith('x') ? 'y' : 'x'}`;
			expect(await service().checkUnsubscribe(altered)).toBe('invalid');
			expect(await service().unsubscribe(altered)).toBe('invalid');
			expect(await store.findByEmail(VALID.email)).toBeDefined();
			expect(await service().unsubscribe(link)).toBe('done');
			expect(await store.findByEmail(VALID.email)).toBeUndefined();
			expect(await newsletterMail()).toEqual([]);
			expect(await service().unsubscribe(link)).toBe('gone');
		});

		it('a link for an id given since to another address does not work for it', async () => {
			await signUp({ ...VALID, email: 'someone.else@example.org' });
			const other = await store.findByEmail('someone.else@example.org');
			if (!other) throw new Error('not stored');
			// What a link to the previous holder of this id (SQLite may reuse a deleted row's id) is.
			const key = linkKey(SECRET);
			const previous = { id: other.id, email: 'camille.martin@example.org' };
			expect(await service().unsubscribe(signLink(key, 'unsubscribe', previous))).toBe('invalid');
			const expiresAt = new Date(NOW.getTime() + HOUR);
			expect(await service().confirm(signLink(key, 'confirm', previous, expiresAt))).toBe(
				'invalid',
			);
			expect(await store.findByEmail('someone.else@example.org')).toMatchObject({
				status: 'pending',
			});
			// The same links made for its own address work.
			expect(await service().confirm(signLink(key, 'confirm', other, expiresAt))).toBe('confirmed');
			expect(await service().unsubscribe(signLink(key, 'unsubscribe', other))).toBe('done');
		});

		it('purges sign-ups left unconfirmed once their link has expired, and only those', async () => {
			await signUp();
			await signUp({ ...VALID, email: 'confirmed@example.org' });
			const mail = (await newsletterMail()).find((item) => item.to === 'confirmed@example.org');
			if (!mail) throw new Error('no mail');
			await service().confirm(linkIn(mail, '/en/newsletter/confirm/'));

			expect(
				await purgeUnconfirmed(store, new Date(NOW.getTime() + CONFIRM_LINK_HOURS * HOUR - MINUTE)),
			).toBe(0);
			expect(
				await purgeUnconfirmed(store, new Date(NOW.getTime() + CONFIRM_LINK_HOURS * HOUR + MINUTE)),
			).toBe(1);
			expect(await store.findByEmail(VALID.email)).toBeUndefined();
			expect((await newsletterMail()).map((item) => item.to)).toEqual(['confirmed@example.org']);
			expect(await store.counts()).toEqual({ pending: 0, confirmed: 1 });
		});

		it('refuses bad fields with a message per field, and stores nothing', async () => {
			const refused = await signUp({
				email: 'camille@',
				language: 'de',
				sectors: ['lozere'],
			});
			expect(refused.status).toBe(422);
			expect(refused).toHaveProperty('fields', {
				email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
				language: 'Choisissez une des valeurs proposées.',
				sectors: 'Choisissez une des valeurs proposées.',
				consent: 'Cochez cette case pour recevoir le programme.',
			});
			const none = await signUp({ ...VALID, sectors: [] });
			expect(none.status).toBe(422);
			expect(none).toHaveProperty('fields', { sectors: 'Cochez au moins un secteur.' });
			expect((await signUp({ ...VALID, extra: 'x' })).status).toBe(400);
			expect((await signUp({ ...VALID, website: 'http://spam.example' })).status).toBe(422);
			expect(await store.counts()).toEqual({ pending: 0, confirmed: 0 });
			expect(await newsletterMail()).toEqual([]);
		});

		it('counts sign-ups in the client rate limit, and says when to send again', async () => {
			const limited = service({ FEEDBACK_RATE_LIMIT: 2 });
			const send = () => limited.signUp({ token: token(), website: '', ...VALID }, '198.51.100.7');
			expect(await send()).toEqual({ ok: true });
			expect(await send()).toEqual({ ok: true });
			const refused = await send();
			if (refused.ok) throw new Error('the third sign-up should be refused');
			expect(limited.describe(refused, 'en')).toMatchObject({
				status: 429,
				code: 'rate-limit',
				retryAfter: '600',
			});
		});

		it('keeps the ticked sectors in the form’s order, and names the box left unticked', async () => {
			const form = { email: 'camille@example.org', language: 'fr' };
			const sectors = ['calbertois', 'vallee-longue'];
			const refused = await signUp({ ...form, sectors }, '192.0.2.9');
			expect(refused).toMatchObject({
				status: 422,
				fields: { consent: 'Cochez cette case pour recevoir le programme.' },
			});
			expect(await signUp({ ...form, sectors, consent: 'yes' }, '192.0.2.9')).toMatchObject({
				ok: true,
			});
			expect((await store.findByEmail('camille@example.org'))?.sectors).toEqual([
				'vallee-longue',
				'calbertois',
			]);
		});

		it('exports the confirmed subscribers as a UTF-8 CSV with a BOM for the mailing tool', async () => {
			await signUp({ ...VALID, email: 'elodie@example.org' });
			await signUp({ ...VALID, email: 'pending@example.org' });
			const mail = (await newsletterMail()).find((item) => item.to === 'elodie@example.org');
			if (!mail) throw new Error('no mail');
			await service().confirm(linkIn(mail, '/en/newsletter/confirm/'));
			const { csv, count } = await exportSubscribers(store, {
				unsubscribeUrl: (subscriber) => service().unsubscribeUrl(subscriber),
			});
			expect(count).toBe(1);
			expect(csv.startsWith(BOM)).toBe(true);
			const lines = csv.slice(BOM.length).split('\r\n');
			expect(lines[0]).toBe('email,language,sectors,confirmed_at,unsubscribe_url');
			expect(lines[1]).toBe(
				`elodie@example.org,en,mont-lozere calbertois,${NOW.toISOString()},` +
					`https://www.cevennes-montlozere.com/en/newsletter/unsubscribe/?t=${linkIn(mail, '/en/newsletter/unsubscribe/')}`,
			);
			expect(lines.slice(2)).toEqual(['']);
		});

		it('sends its mail over SMTP with the List-Unsubscribe header', async () => {
			const smtp = await startSmtpServer();
			try {
				await signUp();
				const transport = smtpTransport({
					host: '127.0.0.1',
					port: smtp.port,
					secure: false,
					from: 'Office de tourisme <accueil@example.org>',
				});
				const report = await deliverMail(repository, transport, () => clock);
				transport.close();
				expect(report).toEqual({ sent: 1, failed: 0 });
				const [received] = smtp.received;
				expect(received?.to).toEqual(['camille.martin@example.org']);
				expect(received?.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(
					/^List-Unsubscribe: <https:\/\/www\.cevennes-montlozere\.com\/en\/newsletter\/unsubscribe\/\?t=[^>]+>/m,
				);
				expect(received?.text).toContain('/en/newsletter/confirm/?t=');
			} finally {
				await smtp.close();
			}
		});
	});
}
