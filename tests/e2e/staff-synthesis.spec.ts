/**
 * The synthesis as the groupe qualité's document, in Chromium on the built server, on both stores
 * (SQLite, and PostgreSQL when DATABASE_URL is given): a paper questionnaire typed in with a
 * summer visit date counts in that summer's synthesis (not in the spring's), its single answer
 * shown as a sample size, not as a figure; the office named in French ("Bureau du
 * Collet-de-Dèze"); the visitor's comment quoted as text; the actions written by staff saved and
 * shown again with who wrote them; printed, a cover page then the document; the PDF downloads
 * with the period, the comment and the actions in its text. axe and html-validate on the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pathTo } from '../../src/lib/i18n/routes';
import { STORE_KINDS, suiteName } from '../tools/feedback-stores';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';
import { pdfText } from '../tools/pdf';
import { LAST_YEAR, staffSite } from '../tools/staff-site';

const EMAIL = 'synthese.e2e@example.org';
const PASSWORD = 'mot de passe de la synthèse';
const COMMENT = 'Le <b>sentier</b> des châtaigniers mérite un panneau & une carte.';
const ACTIONS = 'Poser deux panneaux au départ du sentier avant juin.';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

for (const storeKind of STORE_KINDS) {
	test.describe(`the synthesis on ${suiteName(storeKind)}`, () => {
		test.skip(storeKind.skip !== undefined, storeKind.skip);
		const { url, signIn } = staffSite(storeKind, {
			email: EMAIL,
			password: PASSWORD,
			sessionSecret: 'staff-synthesis-e2e-session-secret-0123456789',
		});

		async function showPeriod(page: Page, season: string) {
			await page.getByLabel('Année', { exact: true }).selectOption(String(LAST_YEAR));
			await page.getByLabel('Saison').selectOption({ label: season });
			await page.getByRole('button', { name: 'Afficher' }).click();
		}

		test('a summer questionnaire typed in later counts in that summer, with the group’s actions and a PDF', async ({
			page,
		}) => {
			await signIn(page);
			// A paper questionnaire from last summer, typed in today.
			await page.goto(url(pathTo({ route: 'staffEntry' }, 'fr')));
			await page
				.getByLabel('Bureau d’information qui l’a recueillie')
				.selectOption({ label: 'Le Collet-de-Dèze' });
			await page.getByLabel('Date de la visite').fill(`${LAST_YEAR}-07-20`);
			await page
				.getByLabel('Comment avez-vous connu la destination ?')
				.selectOption({ label: 'Un guide de voyage' });
			await page.getByLabel('Votre satisfaction générale').selectOption('4');
			await page
				.getByLabel('Recommanderiez-vous la destination à votre entourage ?')
				.selectOption('yes');
			await page.getByLabel('Pays de résidence').selectOption('BE');
			await page.getByLabel('Vous voyagez').selectOption('couple');
			await page.getByLabel('Un commentaire ?').fill(COMMENT);
			await page.getByRole('button', { name: 'Enregistrer et saisir la suivante' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'enregistrée' })).toBeVisible();

			// Spring of that year: nothing.
			await page
				.getByRole('navigation', { name: 'Navigation de l’espace équipe' })
				.getByRole('link', { name: 'Synthèse annuelle' })
				.click();
			await showPeriod(page, 'Printemps (mars à mai)');
			await expect(page.getByRole('heading', { level: 1 })).toContainText(`Printemps ${LAST_YEAR}`);
			await expect(page.getByText('Aucun message pour cette période.')).toBeVisible();

			// Summer: the questionnaire, its single answer a sample size, not a figure.
			await showPeriod(page, 'Été (juin à août)');
			await expect(page).toHaveURL(new RegExp(`annee=${LAST_YEAR}&saison=ete`));
			await expect(page.getByRole('heading', { level: 1 })).toContainText(`Été ${LAST_YEAR}`);
			const overall = page.getByRole('region', { name: 'Ensemble des bureaux' });
			await expect(overall).toContainText('Questionnaires : 1');
			const row = overall
				.getByRole('row')
				.filter({ hasText: 'Note moyenne sur 5 — Votre satisfaction générale' });
			await expect(row.getByRole('cell').nth(0)).toHaveText('trop peu de réponses (n = 1)');
			await expect(row.getByRole('cell').nth(1)).toHaveText('1 réponse');
			await expect(row.getByRole('cell').nth(2)).toHaveText('aucune réponse');
			await expect(
				page.getByRole('heading', { level: 2, name: 'Bureau du Collet-de-Dèze' }),
			).toBeVisible();
			const comments = page.getByRole('region', { name: /Ce que les visiteurs ont écrit/ });
			await expect(comments.getByRole('heading', { level: 3 })).toHaveText(
				'Remarques des questionnaires (1)',
			);
			await expect(comments.locator('q')).toHaveText(COMMENT);
			expect(await comments.locator('b').count()).toBe(0);
			await expectNoAxeViolations(page, 'synthesis, summer');
			await expectValidHtml(await (await page.request.get(page.url())).text(), 'synthesis');

			// The group's actions, kept with this summer's synthesis.
			await page.getByRole('textbox', { name: 'Actions décidées' }).fill(ACTIONS);
			await page.getByRole('button', { name: 'Enregistrer les pistes et les actions' }).click();
			await expect(page.getByRole('status')).toHaveText(
				'Pistes d’amélioration et actions enregistrées.',
			);
			await expect(page.getByRole('textbox', { name: 'Actions décidées' })).toHaveValue(ACTIONS);
			await expect(page.locator('#notes')).toContainText(`par ${EMAIL}`);
			await expectNoAxeViolations(page, 'synthesis, notes saved');
			await page.reload();
			await expect(page.getByRole('textbox', { name: 'Actions décidées' })).toHaveValue(ACTIONS);
			// Another period has its own (none yet).
			await showPeriod(page, 'Automne (septembre à novembre)');
			await expect(page.getByRole('textbox', { name: 'Actions décidées' })).toHaveValue('');
			await showPeriod(page, 'Été (juin à août)');

			// On paper: a cover, then the document; the notes as text, no form.
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.staff-header')).toBeHidden();
			await expect(page.locator('.cover')).toBeVisible();
			await expect(page.locator('.cover')).toContainText(`Été ${LAST_YEAR}`);
			await expect(page.getByRole('textbox', { name: 'Actions décidées' })).toBeHidden();
			await expect(page.locator('#notes .print-only')).toContainText(ACTIONS);
			// A few A4 pages, not fifteen: the cover, the figures, the comments and the notes.
			const printed = await pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
			expect(printed.text).toContain(`Été ${LAST_YEAR}`);
			expect(printed.pages).toBeLessThanOrEqual(4);
			await page.emulateMedia({ media: 'screen' });

			// The PDF: the period, the office, the comment and the actions, a few pages.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('link', { name: /Télécharger la synthèse/ }).click(),
			]);
			expect(download.suggestedFilename()).toBe(`synthese-${LAST_YEAR}-ete.pdf`);
			const bytes = readFileSync((await download.path()) ?? '');
			expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			const pdf = await pdfText(bytes);
			expect(pdf.text).toContain(`Été ${LAST_YEAR}`);
			expect(pdf.text).toContain('Office de Tourisme des Cévennes au Mont Lozère');
			expect(pdf.text).toContain('Bureau du Collet-de-Dèze');
			expect(pdf.text).toContain('trop peu de réponses (n = 1)');
			expect(pdf.text).toContain(COMMENT);
			expect(pdf.text).toContain(ACTIONS);
			expect(pdf.pages).toBeLessThanOrEqual(6);
		});
	});
}
