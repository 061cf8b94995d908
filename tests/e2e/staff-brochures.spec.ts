/**
 * Brochure requests to send, in Chromium, on the built server and both stores (SQLite, and
 * PostgreSQL when DATABASE_URL is given): the page lists them as A4 label sheets which, printed,
 * are exactly 3 × 8 labels of 70 × 37 mm with nothing else on the page; the CSV for a mailing
 * opens as columns; "mark as sent" closes the requests printed and leaves one that arrived
 * meanwhile to send. axe and html-validate on the page.
 */
import { expect, test } from '@playwright/test';
import { newReference } from '../../src/lib/server/token';
import { pathTo } from '../../src/lib/i18n/routes';
import { STORE_KINDS, suiteName } from '../tools/feedback-stores';
import { expectNoAxeViolations, expectValidHtml } from '../tools/page-checks';
import { staffSite } from '../tools/staff-site';

const STAFF = 'brochures.e2e@example.org';
const PASSWORD = 'mot de passe des brochures';
/** Millimetres in CSS pixels (96 per inch). */
const px = (mm: number) => (mm * 96) / 25.4;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

for (const storeKind of STORE_KINDS) {
	test.describe(`brochure requests on ${suiteName(storeKind)}`, () => {
		test.skip(storeKind.skip !== undefined, storeKind.skip);
		const site = staffSite(storeKind, {
			email: STAFF,
			password: PASSWORD,
			sessionSecret: 'staff-brochures-e2e-session-secret-0123456',
		});
		const { url, signIn } = site;

		async function request(name: string, data: Record<string, unknown>, daysAgo: number) {
			const repository = site.openRepository();
			try {
				const result = await repository.createSubmission(
					{
						kind: 'brochureRequest',
						locale: 'fr',
						receivedAt: new Date(Date.now() - daysAgo * 86_400_000),
						idempotencyKey: `brochures-e2e-${Math.random().toString(36).slice(2)}`,
						contactName: name,
						data: { language: 'fr', 'brochure-tourist-map': 'yes', ...data },
					},
					() => newReference('brochureRequest', new Date()),
					() => [],
				);
				if (result.status === 'rate-limited') throw new Error('rate-limited');
				return result.submission.reference;
			} finally {
				await repository.close();
			}
		}

		test('labels print on A4 sheets, the CSV opens as columns, the printed ones are marked sent', async ({
			page,
		}) => {
			const claire = await request(
				'Claire Fabre',
				{ street: '12 rue des Châtaigniers', postalCode: '30100', city: 'Alès', country: 'FR' },
				3,
			);
			const anna = await request(
				'Anna de Vries',
				{ street: 'Kerkstraat 1', postalCode: '1017 GA', city: 'Amsterdam', country: 'NL' },
				1,
			);
			await signIn(page);
			await page
				.getByRole('navigation', { name: 'Navigation de l’espace équipe' })
				.getByRole('link', { name: 'Brochures à envoyer' })
				.click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Demandes de brochures à envoyer',
			);
			await expect(
				page.getByText('Demandes à envoyer : 2 ; planches d’étiquettes : 1.'),
			).toBeVisible();
			const labels = page.locator('.label');
			await expect(labels).toHaveCount(2);
			await expect(labels.nth(0)).toHaveText(/Claire Fabre.*12 rue des Châtaigniers.*30100 ALÈS/);
			await expect(labels.nth(1)).toHaveText(/Anna de Vries.*1017 GA AMSTERDAM.*PAYS-BAS/);
			await expectNoAxeViolations(page, 'brochures to send');
			// On a phone the sheets (210 mm) scroll sideways, reachable from the keyboard.
			await page.setViewportSize({ width: 390, height: 844 });
			await expectNoAxeViolations(page, 'brochures to send, on a phone');
			await page.setViewportSize({ width: 1280, height: 720 });
			await expectValidHtml(await (await page.request.get(page.url())).text(), 'brochures to send');

			// Printed: the labels alone, each 70 × 37 mm, three to a 210 mm row.
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
			await expect(page.getByRole('button', { name: /Marquer/ })).toBeHidden();
			const sheet = await page.locator('.sheet').boundingBox();
			expect(sheet?.width).toBeCloseTo(px(210), 0);
			expect(sheet?.height).toBeCloseTo(px(297), 0);
			const first = await labels.nth(0).boundingBox();
			const second = await labels.nth(1).boundingBox();
			expect(first?.width).toBeCloseTo(px(70), 0);
			expect(first?.height).toBeCloseTo(px(37), 0);
			expect((second?.x ?? 0) - (first?.x ?? 0)).toBeCloseTo(px(70), 0);
			expect(first?.x).toBeCloseTo(sheet?.x ?? -1, 0);
			await page.emulateMedia({ media: 'screen' });

			const csvResponse = await page.request.get(
				url(pathTo({ route: 'staffBrochuresExport' }, 'fr')),
			);
			expect(csvResponse.headers()['content-disposition']).toMatch(
				/attachment; filename="brochures-a-envoyer-\d{4}-\d{2}-\d{2}\.csv"/,
			);
			const csv = await csvResponse.text();
			expect(csv.charCodeAt(0)).toBe(0xfeff);
			const rows = csv
				.slice(1)
				.trimEnd()
				.split('\r\n')
				.map((row) => row.split(';'));
			expect(rows[0]?.slice(0, 4)).toEqual([
				'Référence',
				'Reçu le',
				'Nom',
				'Adresse (numéro et rue)',
			]);
			expect(rows.slice(1).map((row) => row[0])).toEqual([claire, anna]);
			expect(rows[2]).toContain('Pays-Bas');

			// One more arrives after the labels were printed: it stays to send.
			const late = await request(
				'Paul Tardif',
				{ street: '3 rue Neuve', postalCode: '48000', city: 'Mende', country: 'FR' },
				0,
			);
			await page.getByRole('button', { name: 'Marquer ces demandes comme envoyées (2)' }).click();
			await expect(page.getByRole('status')).toHaveText('Demandes marquées « Envoyé » : 2.');
			await expect(page.locator('.label')).toHaveCount(1);
			await expect(page.locator('.label')).toHaveAttribute('data-reference', late);
			await page.goto(url(pathTo({ route: 'staffSubmission', id: claire }, 'fr')));
			await expect(page.locator('.facts').first()).toContainText('Envoyé');
			await expect(page.locator('.history')).toContainText(`par ${STAFF}`);
		});
	});
}
