/**
 * Opening status as a visitor sees it. No office has confirmed its hours yet (`hoursConfirmed` in
 * its file): the site then computes no "open now / closed", even in the middle of a July morning,
 * and says instead "Horaires à confirmer : appelez le 04 66 45 81 94", on the office's page, the
 * offices list and the home page alike, with JavaScript or without. The live status itself is
 * computed by src/lib/opening-hours.ts (tests/unit/lib/opening-hours.test.ts).
 */
import { expect, test } from '@playwright/test';
import { headOffice, pathTo } from '../tools/site-content';

const frenchPage = pathTo({ route: 'office', id: headOffice().id }, 'fr');
const englishPage = pathTo({ route: 'office', id: headOffice().id }, 'en');

/** Wednesday 9 July 2025, 10:00 in Paris: inside the (sample) summer hours. */
const SUMMER_WEDNESDAY_10AM = new Date('2025-07-09T08:00:00Z');

const TO_CONFIRM_FR = 'Horaires à confirmer : appelez le 04 66 45 81 94';
const TO_CONFIRM_EN = 'Opening hours to be confirmed: call +33 4 66 45 81 94';

/** The text with its no-break spaces as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ').trim();

test.describe('with JavaScript', () => {
	test('the head office claims no live status from unconfirmed hours', async ({ page }) => {
		await page.clock.setFixedTime(SUMMER_WEDNESDAY_10AM);
		await page.goto(frenchPage);
		const note = page.getByRole('main').locator('.hours-to-confirm');
		await expect(note).toBeVisible();
		expect(plain(await note.textContent())).toBe(TO_CONFIRM_FR);
		await expect(note.getByRole('link')).toHaveAttribute('href', 'tel:+33466458194');
		await expect(page.locator('opening-status')).toHaveCount(0);
		await expect(page.getByRole('main')).not.toContainText('Ouvert maintenant');
	});

	test('the English page says the same, with the international number', async ({ page }) => {
		await page.clock.setFixedTime(SUMMER_WEDNESDAY_10AM);
		await page.goto(englishPage);
		const note = page.getByRole('main').locator('.hours-to-confirm');
		expect(plain(await note.textContent())).toBe(TO_CONFIRM_EN);
		await expect(page.locator('opening-status')).toHaveCount(0);
	});

	test('every card of the offices list and every office of the home page says so', async ({
		page,
	}) => {
		for (const [path, office] of [
			[pathTo({ route: 'offices' }, 'fr'), 'main .office-card'],
			// The home page's "open today" lists each office with its hours or this note.
			['/', 'main section[aria-labelledby="home-offices"] li'],
		] as const) {
			await page.goto(path);
			const offices = page.locator(office);
			const count = await offices.count();
			expect(count, path).toBeGreaterThan(0);
			await expect(page.locator(`${office} .hours-to-confirm`)).toHaveCount(count);
			await expect(page.locator('main opening-status')).toHaveCount(0);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the note is there, and the sample hours are marked as an example', async ({ page }) => {
		await page.goto(frenchPage);
		expect(plain(await page.locator('main .hours-to-confirm').textContent())).toBe(TO_CONFIRM_FR);
		const tables = page.getByRole('main').getByRole('table');
		await expect(tables.first()).toBeVisible();
		await expect(page.getByRole('main').locator('.sample-mark').first()).toHaveText('Exemple');
	});
});
