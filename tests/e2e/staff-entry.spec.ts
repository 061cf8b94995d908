/**
 * "Saisir une fiche" in Chromium, on the built server, on both stores (SQLite, and PostgreSQL
 * when DATABASE_URL is given): a stack of paper questionnaires typed in January about last summer
 * — a field error keeps what was typed; a save names the reference and brings the form back empty
 * with the office and the day kept, the focus on its first field — then the questionnaire counts
 * in last year's synthesis (not this year's), the inbox and the item say it came on paper, and the
 * history says who typed it. An online review's link is shown as text, never as a live link.
 * axe and html-validate on the page, empty and with errors.
 */
import { expect, test } from '@playwright/test';
import { pathTo } from '../../src/lib/i18n/routes';
import { STORE_KINDS, suiteName } from '../tools/feedback-stores';
import { checkStaffPage, LAST_YEAR, staffSite } from '../tools/staff-site';

const EMAIL = 'saisie.e2e@example.org';
const PASSWORD = 'mot de passe de la saisie';
const VISIT = `${LAST_YEAR}-07-20`;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

for (const storeKind of STORE_KINDS) {
	test.describe(`typing in paper forms on ${suiteName(storeKind)}`, () => {
		test.skip(storeKind.skip !== undefined, storeKind.skip);
		const { url, signIn } = staffSite(storeKind, {
			email: EMAIL,
			password: PASSWORD,
			sessionSecret: 'staff-entry-e2e-session-secret-0123456789',
		});

		test('a stack of summer questionnaires typed in winter counts in that summer', async ({
			page,
		}) => {
			await signIn(page);
			await page
				.getByRole('navigation', { name: 'Navigation de l’espace équipe' })
				.getByRole('link', { name: 'Saisir une fiche' })
				.click();
			await expect(page.getByRole('heading', { level: 1, name: 'Saisir une fiche' })).toBeVisible();
			await checkStaffPage(page, 'entry, empty');

			const office = page.getByLabel('Bureau d’information qui l’a recueillie');
			const date = page.getByLabel('Date de la visite');
			const heardFrom = page.getByLabel('Comment avez-vous connu la destination ?');
			const comment = page.getByLabel('Un commentaire ?');
			await office.selectOption({ label: 'Vialas' });
			await date.fill(VISIT);
			await heardFrom.selectOption({ label: 'Un guide de voyage' });
			await page.getByLabel('L’accueil').selectOption('5');
			await page
				.getByLabel('Recommanderiez-vous la destination à votre entourage ?')
				.selectOption('yes');
			await page.getByLabel('Pays de résidence').selectOption('BE');
			await page.getByLabel('Vous voyagez').selectOption('couple');
			await comment.fill('Accueil <b>chaleureux</b> & efficace.');
			// The overall rating is missing: refused, everything typed is kept.
			const [refused] = await Promise.all([
				page.waitForResponse((response) => response.request().method() === 'POST'),
				page.getByRole('button', { name: 'Enregistrer et saisir la suivante' }).click(),
			]);
			expect(refused.status()).toBe(422);
			const refusedHtml = await refused.text();
			await expect(page.getByRole('alert')).toContainText('La fiche n’est pas enregistrée');
			const overall = page.getByLabel('Votre satisfaction générale');
			await expect(overall).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator('#overall-error')).toHaveText('Ce champ est obligatoire.');
			await expect(comment).toHaveValue('Accueil <b>chaleureux</b> & efficace.');
			await expect(date).toHaveValue(VISIT);
			await expect(office).toHaveValue('vialas');
			await checkStaffPage(page, 'entry, with an error', refusedHtml);

			await overall.selectOption('4');
			await page.getByRole('button', { name: 'Enregistrer et saisir la suivante' }).click();
			const saved = page.getByRole('status').filter({ hasText: 'enregistrée' });
			await expect(saved).toBeVisible();
			const reference = (await saved.getByRole('link').textContent()) ?? '';
			expect(reference).toMatch(/^SAT-\d{4}-[0-9A-Z]{6}$/);
			// The next one: empty, but the office and the day of the visit kept, ready to type.
			await expect(office).toHaveValue('vialas');
			await expect(date).toHaveValue(VISIT);
			await expect(comment).toHaveValue('');
			await expect(heardFrom).toHaveValue('');
			await expect(heardFrom).toBeFocused();

			// Last year's synthesis counts it; this year's has nothing.
			await page.goto(url(`${pathTo({ route: 'staffSynthesis' }, 'fr')}?annee=${LAST_YEAR}`));
			await expect(page.getByText(/^Questionnaires : 1 ·/).first()).toBeVisible();
			await page.goto(url(pathTo({ route: 'staffSynthesis' }, 'fr')));
			await expect(page.getByText('Aucun message pour cette période.')).toBeVisible();

			// The inbox and the item say where it came from, and who typed it.
			await page.goto(url(pathTo({ route: 'staff' }, 'fr')));
			const row = page.getByRole('row').filter({ hasText: reference });
			await expect(row).toContainText('Fiche papier');
			await row.getByRole('link', { name: reference }).click();
			await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
			await expect(page.locator('.facts')).toContainText('Fiche papier');
			await expect(page.locator('.facts')).toContainText(EMAIL);
			await expect(page.locator('.history')).toContainText(`par ${EMAIL}`);
			await expect(page.locator('.history')).toContainText(
				'Saisie dans l’espace équipe (Fiche papier)',
			);
			await expect(page.locator('.answers')).toContainText('Accueil <b>chaleureux</b> & efficace.');
		});

		test('an online review keeps its link as text', async ({ page }) => {
			await signIn(page);
			await page.goto(url(`${pathTo({ route: 'staffEntry' }, 'fr')}?fiche=review`));
			await page.getByLabel('Bureau d’information qui l’a recueillie').selectOption('vialas');
			await page.getByLabel('Date de l’avis').fill(`${LAST_YEAR}-09-02`);
			await page.getByLabel('Site d’avis').selectOption('tripadvisor');
			await page.getByLabel('Note (de 1 à 5)').selectOption('2');
			await page.getByLabel('Lien vers l’avis').fill('javascript:alert(1)');
			await page.getByLabel('Votre suggestion concerne').selectOption('office');
			await page.getByLabel('Texte de l’avis').fill('Fermé à l’heure indiquée.');
			await page.getByRole('button', { name: 'Enregistrer et saisir la suivante' }).click();
			await expect(page.locator('#link-error')).toContainText('https://');
			const link = 'https://www.tripadvisor.fr/ShowUserReviews-e2e.html';
			await page.getByLabel('Lien vers l’avis').fill(link);
			await page.getByRole('button', { name: 'Enregistrer et saisir la suivante' }).click();
			const saved = page.getByRole('status').filter({ hasText: 'enregistrée' });
			await saved.getByRole('link').click();
			await expect(page.locator('.facts')).toContainText('Avis en ligne');
			await expect(page.locator('.answers')).toContainText('Tripadvisor');
			await expect(page.locator('.answers')).toContainText(link);
			expect(await page.locator(`a[href="${link}"]`).count()).toBe(0);
		});
	});
}
