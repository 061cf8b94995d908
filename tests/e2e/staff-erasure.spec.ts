/**
 * Erasing one person on request, in Chromium, on the built server and both stores (SQLite, and
 * PostgreSQL when DATABASE_URL is given): a visitor with a unique address sends a complaint and a
 * brochure request through the real API and signs up for the newsletter; staff find them on the
 * retention page, erase them, and every table of the store is then read whole: none of the
 * visitor's values is left. The page's log shows who and how many, never whom. axe and
 * html-validate on the search's result.
 */
import { expect, test } from '@playwright/test';
import { issueFormToken } from '../../src/lib/server/token';
import { pathTo } from '../../src/lib/i18n/routes';
import { STORE_KINDS, suiteName } from '../tools/feedback-stores';
import { SERVER_SECRET } from '../tools/feedback-server';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';
import { staffSite } from '../tools/staff-site';

const STAFF = 'effacement.e2e@example.org';
const PASSWORD = 'mot de passe de l’effacement';
const UNIQUE = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const EMAIL = `visiteur.${UNIQUE}@example.org`;
const NAME = `Noémie Effacement ${UNIQUE}`;
const PHONE = '06 11 22 33 44';
const STREET = `${UNIQUE.length} impasse ${UNIQUE}`;
const DESCRIPTION = `Réclamation ${UNIQUE} : le guichet était fermé à l’heure affichée.`;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

for (const storeKind of STORE_KINDS) {
	test.describe(`erasing one person on ${suiteName(storeKind)}`, () => {
		test.skip(storeKind.skip !== undefined, storeKind.skip);
		const site = staffSite(storeKind, {
			email: STAFF,
			password: PASSWORD,
			sessionSecret: 'staff-erasure-e2e-session-secret-0123456789',
			env: { OFFICE_NOTIFY_EMAIL: 'accueil@example.org' },
		});
		const { url, signIn } = site;
		const envelope = () => ({
			locale: 'fr',
			token: issueFormToken(SERVER_SECRET, new Date(Date.now() - 60_000)),
			idempotencyKey: `erasure-${UNIQUE}-${Math.random().toString(36).slice(2)}`,
			website: '',
		});

		/** Every row of every table of the store, as text. */
		async function everything(): Promise<string> {
			const repository = site.openRepository();
			try {
				const tables = await repository.driver.query(
					repository.dialect === 'sqlite'
						? "SELECT name FROM sqlite_master WHERE type = 'table'"
						: 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
				);
				expect(tables.map((table) => table['name'])).toContain('outbox');
				const dump: string[] = [];
				for (const table of tables) {
					const name = String(table['name']);
					expect(name).toMatch(/^\w+$/);
					dump.push(name, JSON.stringify(await repository.driver.query(`SELECT * FROM ${name}`)));
				}
				return dump.join('\n');
			} finally {
				await repository.close();
			}
		}

		test('a visitor asks to be forgotten: nothing of them is left in any table', async ({
			page,
			request,
		}) => {
			const sent = [
				await request.post(url('/_actions/feedback/'), {
					headers: { Origin: site.server.origin },
					form: {
						kind: 'complaint',
						...envelope(),
						subject: 'office',
						officeId: 'vialas',
						factsDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
						description: DESCRIPTION,
						expectation: 'Des horaires à jour.',
						name: NAME,
						email: EMAIL,
						phone: PHONE,
						consent: 'yes',
					},
				}),
				await request.post(url('/_actions/feedback/'), {
					headers: { Origin: site.server.origin },
					form: {
						kind: 'brochureRequest',
						...envelope(),
						'brochure-tourist-map': 'yes',
						language: 'fr',
						name: NAME,
						street: STREET,
						postalCode: '48220',
						city: 'Vialas',
						country: 'FR',
						email: EMAIL,
					},
				}),
				await request.post(url('/_actions/newsletter/'), {
					headers: { Origin: site.server.origin },
					form: {
						locale: 'fr',
						token: envelope().token,
						website: '',
						email: EMAIL,
						language: 'fr',
						sectors: 'mont-lozere',
						consent: 'yes',
					},
				}),
			];
			for (const response of sent)
				expect(response.status(), await response.text()).toBeLessThan(300);
			const before = await everything();
			for (const value of [EMAIL, NAME, PHONE, STREET, DESCRIPTION])
				expect(before, value).toContain(value);

			await signIn(page);
			await page.goto(url(pathTo({ route: 'staffRetention' }, 'fr')));
			const field = page.getByLabel('Adresse e-mail ou nom de la personne');
			await field.fill('x');
			await page.getByRole('button', { name: 'Rechercher' }).click();
			await expect(page.locator('#person-error')).toContainText('au moins deux caractères');

			await field.fill(EMAIL.toUpperCase());
			const [found] = await Promise.all([
				page.waitForResponse((response) => response.request().method() === 'POST'),
				page.getByRole('button', { name: 'Rechercher' }).click(),
			]);
			const held = page.locator('.held');
			await expect(held.getByRole('row')).toHaveCount(3);
			await expect(held).toContainText('Réclamation');
			await expect(held).toContainText('Demande de brochures');
			await expect(held).toContainText(`Abonnement à la lettre : ${EMAIL} (non confirmé)`);
			await expectNoAxeViolations(page, 'erasure, what is held');
			await expectValidHtml(await found.text(), 'erasure, what is held');

			// Not without the confirmation box.
			await page.getByRole('button', { name: 'Tout effacer' }).click();
			await expect(page.locator('#confirm-error')).toBeVisible();
			expect(await everything()).toContain(EMAIL);

			await page.getByLabel('Je confirme l’effacement définitif').check();
			await page.getByRole('button', { name: 'Tout effacer' }).click();
			const done = page.getByRole('status').filter({ hasText: 'Effacement fait' });
			await expect(done).toContainText('messages 2,');
			await expect(done).toContainText('abonnements 1 ;');
			expect(page.url()).not.toContain(encodeURIComponent(EMAIL));
			const log = page.getByRole('table', { name: /Derniers effacements/ });
			await expect(log).toContainText(STAFF);
			await expect(log).not.toContainText(EMAIL);

			const after = await everything();
			for (const value of [EMAIL, NAME, PHONE, STREET, DESCRIPTION, UNIQUE])
				expect(after.toLowerCase(), value).not.toContain(value.toLowerCase());
			expect(after).toContain(STAFF);
		});
	});
}
