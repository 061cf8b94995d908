/**
 * Staff accounts in the back office, in Chromium, on the built server with a real SMTP server of
 * the tests, against each store (SQLite; PostgreSQL when DATABASE_URL is set): the first
 * administrator is made with `npm run staff:add`; they invite a colleague, whose mailed link sets
 * a password once; the colleague signs in. A forgotten password is reset from the sign-in page
 * (the page answers the same for an unknown address, which gets no mail). A deactivated account's
 * open session ends and it cannot sign in again. axe and html-validate on every new page.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { FeedbackRepository } from '../../src/lib/feedback/repository';
import { startServer, type RunningServer } from '../tools/feedback-server';
import { STORE_KINDS, suiteName, type TestStore } from '../tools/feedback-stores';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';
import { startSmtpServer, type TestSmtpServer } from '../tools/smtp';
import { addStaffAccount } from '../tools/staff-site';

const ADMIN = 'direction.e2e@example.org';
const ADMIN_PASSWORD = 'mot de passe de la direction';
const COLLEAGUE = 'camille.e2e@example.org';
const COLLEAGUE_PASSWORD = 'le mot de passe de Camille';
const NEW_PASSWORD = 'une nouvelle phrase de passe';
const RESET_ANSWER =
	'Si un compte actif correspond à cette adresse, un e-mail avec un lien valable une heure vient de lui être envoyé. Pensez à regarder dans les indésirables.';

for (const kind of STORE_KINDS) {
	test.describe(`staff accounts — ${suiteName(kind)}`, () => {
		// Axe and html-validate on several pages, scrypt hashes and mail: minutes on a busy machine.
		test.describe.configure({ mode: 'serial', timeout: 240_000 });
		test.skip(kind.skip !== undefined, kind.skip);

		let stores: TestStore;
		let repository: FeedbackRepository;
		let server: RunningServer;
		let smtp: TestSmtpServer;
		const references: string[] = [];

		test.beforeAll(async () => {
			test.setTimeout(90_000);
			stores = kind.create();
			repository = await stores.open();
			const location = stores.lastLocation;
			addStaffAccount(location, ADMIN, ADMIN_PASSWORD);
			// Complaints: one for Camille, one for her office, one for no one, one in English.
			for (const [index, description] of [
				'Pour Camille',
				'Pour Vialas',
				'Pour personne',
				'From an English visitor',
			].entries()) {
				const stored = await repository.createSubmission(
					{
						kind: 'complaint',
						locale: index === 3 ? 'en' : 'fr',
						receivedAt: new Date(Date.now() - (index + 1) * 3_600_000),
						idempotencyKey: `assign-e2e-${index}`,
						topic: 'other',
						data: { subject: 'other', description, expectation: 'Une réponse' },
					},
					() => `REC-2026-ASGN0${index}`,
					() => [],
				);
				if (stored.status === 'rate-limited') throw new Error('rate-limited');
				references.push(stored.submission.reference);
			}
			smtp = await startSmtpServer();
			server = await startServer({
				...location,
				STAFF_SESSION_SECRET: 'staff-accounts-e2e-session-secret-0123456789',
				SMTP_HOST: '127.0.0.1',
				SMTP_PORT: String(smtp.port),
				SMTP_FROM: 'Office de tourisme <accueil@example.org>',
				OFFICE_NOTIFY_EMAIL: 'accueil@cevennes-montlozere.com',
			});
		});

		test.afterAll(async () => {
			await server?.stop();
			await smtp?.close();
			await stores?.cleanup();
		});

		const url = (path: string) => `${server.origin}${path}`;

		async function checkPage(page: Page, state: string) {
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
			expect(await page.evaluate(() => document.scripts.length)).toBe(0);
			await expectNoAxeViolations(page, state);
			await expectValidHtml(await (await page.request.get(page.url())).text(), state);
		}

		async function signIn(page: Page, email: string, password: string) {
			await page.goto(url('/staff/connexion/'));
			await page.getByLabel('Adresse e-mail').fill(email);
			await page.getByLabel('Mot de passe').fill(password);
			await page.getByRole('button', { name: 'Se connecter' }).click();
		}

		/** The link of the `count`-th mail to `to`, on the test server. */
		async function linkMailed(to: string, count: number): Promise<string> {
			await expect
				.poll(() => smtp.received.filter((mail) => mail.to.includes(to)).length)
				.toBe(count);
			const mail = smtp.received.filter((item) => item.to.includes(to)).at(-1);
			const link = mail?.text.match(/https?:\/\/\S+\/staff\/mot-de-passe\/\?t=[\w-]+/)?.[0];
			expect(link, mail?.text).toBeDefined();
			const { pathname, search } = new URL(link ?? '');
			return url(pathname + search);
		}

		async function newPage(browser: Browser) {
			return (await browser.newContext()).newPage();
		}

		test('an administrator invites a colleague, who sets a password and signs in', async ({
			page,
			browser,
		}) => {
			// The sign-in page names no command: accounts come from an administrator.
			await page.goto(url('/staff/connexion/'));
			await expect(page.locator('main')).not.toContainText('npm');

			await signIn(page, ADMIN, ADMIN_PASSWORD);
			await expect(page).toHaveURL(url('/staff/'));
			await page.getByRole('link', { name: 'Comptes', exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comptes de l’équipe');
			await checkPage(page, 'accounts');

			const invite = page.getByRole('region', { name: 'Inviter un collègue' });
			await invite.getByLabel('Adresse e-mail').fill(COLLEAGUE);
			await invite.getByLabel('Nom et prénom').fill('Camille Roux');
			await invite.getByLabel('Bureau d’information').selectOption({ label: 'Vialas' });
			await invite.getByRole('button', { name: 'Envoyer l’invitation' }).click();
			await expect(page.getByRole('status')).toHaveText('Invitation envoyée.');
			const card = page.locator('.account', { hasText: COLLEAGUE });
			await expect(card).toContainText('Camille Roux');
			await expect(card).toContainText('Vialas');
			await expect(card).toContainText('Invité, mot de passe pas encore choisi');
			await checkPage(page, 'accounts after an invitation');

			const link = await linkMailed(COLLEAGUE, 1);
			expect(smtp.received.find((mail) => mail.to.includes(COLLEAGUE))?.subject).toBe(
				'Votre accès à l’espace équipe de l’office de tourisme',
			);

			// The colleague, on their own device: nothing signs in before the password is set.
			const colleague = await newPage(browser);
			await signIn(colleague, COLLEAGUE, '');
			await expect(colleague).toHaveURL(url('/staff/connexion/'));
			await colleague.goto(link);
			await expect(colleague.getByRole('heading', { level: 1 })).toHaveText(
				'Bienvenue : choisissez votre mot de passe',
			);
			await checkPage(colleague, 'set password');
			await colleague.getByLabel('Nouveau mot de passe').fill(COLLEAGUE_PASSWORD);
			await colleague.getByLabel('Le même mot de passe, à nouveau').fill(`${COLLEAGUE_PASSWORD}!`);
			await colleague.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
			await expect(colleague.getByRole('alert')).toHaveText('Les deux mots de passe diffèrent.');
			await checkPage(colleague, 'set password with a problem');
			await colleague.getByLabel('Nouveau mot de passe').fill(COLLEAGUE_PASSWORD);
			await colleague.getByLabel('Le même mot de passe, à nouveau').fill(COLLEAGUE_PASSWORD);
			await colleague.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
			await expect(colleague).toHaveURL(url('/staff/connexion/?motdepasse=1'));
			await expect(colleague.getByRole('status')).toHaveText(
				'Votre mot de passe est enregistré : connectez-vous.',
			);

			await signIn(colleague, COLLEAGUE, COLLEAGUE_PASSWORD);
			await expect(colleague).toHaveURL(url('/staff/'));
			await expect(
				colleague.getByText('Connecté : Camille Roux (camille.e2e@example.org)'),
			).toBeVisible();
			// Not an administrator: no accounts in the menu, and the page says it is not for them.
			await expect(colleague.getByRole('link', { name: 'Comptes', exact: true })).toHaveCount(0);
			const refused = await colleague.goto(url('/staff/comptes/'));
			expect(refused?.status()).toBe(403);
			await expect(colleague.getByRole('alert')).toContainText('réservée aux administrateurs');

			// The link served once.
			await colleague.goto(link);
			expect((await colleague.request.get(link)).status()).toBe(410);
			await expect(colleague.getByRole('alert')).toHaveText(
				'Ce lien n’est pas valide : il a peut-être déjà servi.',
			);
			await checkPage(colleague, 'used link');
			await colleague.context().close();
		});

		test('a forgotten password is reset by e-mail; an unknown address gets the same answer', async ({
			page,
		}) => {
			await page.goto(url('/staff/connexion/'));
			await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mot de passe oublié');
			await checkPage(page, 'password reset');
			// The check asked for the page again, with a new form cookie: the form must match it.
			await page.reload();

			const unknown = 'personne.e2e@example.org';
			await page.getByLabel('Adresse e-mail').fill(unknown);
			await page.getByRole('button', { name: 'Recevoir un lien' }).click();
			await expect(page.getByRole('status')).toHaveText(RESET_ANSWER);
			await page.getByLabel('Adresse e-mail').fill(COLLEAGUE);
			await page.getByRole('button', { name: 'Recevoir un lien' }).click();
			await expect(page.getByRole('status')).toHaveText(RESET_ANSWER);
			await checkPage(page, 'password reset asked');

			const link = await linkMailed(COLLEAGUE, 2);
			expect(smtp.received.filter((mail) => mail.to.includes(unknown))).toHaveLength(0);
			await page.goto(link);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Choisir un nouveau mot de passe',
			);
			await page.getByLabel('Nouveau mot de passe').fill(NEW_PASSWORD);
			await page.getByLabel('Le même mot de passe, à nouveau').fill(NEW_PASSWORD);
			await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
			await expect(page).toHaveURL(url('/staff/connexion/?motdepasse=1'));

			await signIn(page, COLLEAGUE, COLLEAGUE_PASSWORD);
			await expect(page.getByRole('alert')).toContainText(
				'Adresse e-mail ou mot de passe incorrect',
			);
			await signIn(page, COLLEAGUE, NEW_PASSWORD);
			await expect(page).toHaveURL(url('/staff/'));
		});

		test('items are assigned to a colleague or an office, and found under “assigned to me”', async ({
			page,
			browser,
		}) => {
			const [forCamille = '', forVialas = '', forNoOne = ''] = references;
			await signIn(page, ADMIN, ADMIN_PASSWORD);
			for (const [reference, label] of [
				[forCamille, 'Camille Roux'],
				[forVialas, 'Vialas'],
			] as const) {
				await page.goto(url(`/staff/messages/${reference}/`));
				await expect(page.getByText('Attribué à personne pour l’instant.')).toBeVisible();
				await page.getByLabel('Attribuer à').selectOption({ label });
				await page.getByRole('button', { name: 'Attribuer', exact: true }).click();
				await expect(page.getByText(`Attribué à : ${label}`)).toBeVisible();
				await expect(page.locator('.history')).toContainText(`Attribué à ${label}`);
			}
			await checkPage(page, 'an assigned item');

			// Camille works at Vialas: hers and her office's, not the one assigned to no one.
			const colleague = await newPage(browser);
			await signIn(colleague, COLLEAGUE, NEW_PASSWORD);
			await expect(colleague).toHaveURL(url('/staff/'));
			await colleague.getByLabel('Attribués à moi ou à mon bureau').check();
			await colleague.getByRole('button', { name: 'Filtrer', exact: true }).click();
			await expect(colleague).toHaveURL(/moi=1/);
			const rows = colleague.locator('tbody tr');
			await expect(rows).toHaveCount(2);
			await expect(colleague.locator('tbody')).toContainText(forCamille);
			await expect(colleague.locator('tbody')).toContainText(forVialas);
			await expect(colleague.locator('tbody')).not.toContainText(forNoOne);
			// Each row says who it is assigned to.
			const assignee = (reference: string) =>
				colleague
					.getByRole('row')
					.filter({ hasText: reference })
					.locator('td[data-label="Attribué à"]');
			await expect(assignee(forCamille)).toHaveText('Camille Roux');
			await expect(assignee(forVialas)).toHaveText('Vialas');
			await checkPage(colleague, 'inbox assigned to me');
			await colleague.context().close();
		});

		test('staff write a reply template; an answer inserts it in the visitor’s language', async ({
			page,
		}) => {
			const english = references[3] ?? '';
			await signIn(page, ADMIN, ADMIN_PASSWORD);
			await page.getByRole('link', { name: 'Modèles de réponse' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modèles de réponse');
			await checkPage(page, 'reply templates');
			const form = page.getByRole('region', { name: 'Nouveau modèle' });
			await form.getByLabel('Pour').selectOption({ label: 'Réclamation' });
			await form.getByLabel('Nom du modèle').fill('Excuses <guichet>');
			await form.getByLabel('Texte en français').fill('Nous vous prions de nous excuser.');
			await form.getByLabel('Texte en anglais').fill('Please accept our apologies.');
			await form.getByRole('button', { name: 'Ajouter le modèle' }).click();
			await expect(page.getByRole('status')).toHaveText('Modèle enregistré.');
			await expect(
				page.getByRole('heading', { level: 3, name: 'Excuses <guichet>' }),
			).toBeVisible();
			await checkPage(page, 'reply templates with one');

			await page.goto(url(`/staff/messages/${english}/`));
			await page.getByLabel('Modèle de réponse (inséré en anglais)').selectOption({
				label: 'Excuses <guichet>',
			});
			await page.getByRole('button', { name: 'Insérer dans la réponse' }).click();
			await expect(page.getByLabel('Réponse apportée au visiteur')).toHaveValue(
				'Please accept our apologies.',
			);
			await checkPage(page, 'a template inserted');
			// A French visitor's item gets the French text.
			const french = references[2] ?? '';
			await page.goto(url(`/staff/messages/${french}/`));
			await page.getByRole('button', { name: 'Insérer dans la réponse' }).click();
			await expect(page.getByLabel('Réponse apportée au visiteur')).toHaveValue(
				'Nous vous prions de nous excuser.',
			);
		});

		test('a deactivated account’s session ends, and it cannot sign in', async ({
			page,
			browser,
		}) => {
			const colleague = await newPage(browser);
			await signIn(colleague, COLLEAGUE, NEW_PASSWORD);
			await expect(colleague).toHaveURL(url('/staff/'));

			await signIn(page, ADMIN, ADMIN_PASSWORD);
			await page.goto(url('/staff/comptes/'));
			const card = page.locator('.account', { hasText: COLLEAGUE });
			await card.getByText(`Modifier le compte ${COLLEAGUE}`).click();
			await card.getByLabel('Nom et prénom').fill('Camille Roux-Martin');
			await card.getByRole('button', { name: 'Enregistrer' }).click();
			await expect(page.getByRole('status')).toHaveText('Compte enregistré.');
			await expect(card.getByRole('heading', { level: 3 })).toHaveText('Camille Roux-Martin');
			// Administrators cannot deactivate themselves: no such button on their own account.
			await expect(page.getByRole('button', { name: `Désactiver le compte ${ADMIN}` })).toHaveCount(
				0,
			);
			await card.getByText(`Modifier le compte ${COLLEAGUE}`).click();
			await card.getByRole('button', { name: `Désactiver le compte ${COLLEAGUE}` }).click();
			await expect(page.getByRole('status')).toHaveText(
				'Compte désactivé : ses sessions sont fermées.',
			);
			await expect(card).toContainText('Désactivé le');
			await checkPage(page, 'accounts after a deactivation');

			// The colleague's open session has ended: the next page asks to sign in.
			await colleague.reload();
			await expect(colleague).toHaveURL(/\/staff\/connexion\/\?suite=/);
			await signIn(colleague, COLLEAGUE, NEW_PASSWORD);
			await expect(colleague.getByRole('alert')).toContainText(
				'Adresse e-mail ou mot de passe incorrect',
			);
			// Nor does a reset reach a deactivated account (its two mails: invitation and reset).
			await colleague.goto(url('/staff/mot-de-passe-oublie/'));
			await colleague.getByLabel('Adresse e-mail').fill(COLLEAGUE);
			await colleague.getByRole('button', { name: 'Recevoir un lien' }).click();
			await expect(colleague.getByRole('status')).toHaveText(RESET_ANSWER);
			const mail = await repository.listMail();
			expect(mail.filter((item) => item.to === COLLEAGUE)).toHaveLength(2);
			await colleague.context().close();
		});
	});
}
