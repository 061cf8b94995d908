import { expect, test } from '@playwright/test';
import { headOffice, pathTo, UI } from '../tools/site-content';

const frenchPage = pathTo({ route: 'office', id: headOffice().id }, 'fr');
const englishPage = pathTo({ route: 'office', id: headOffice().id }, 'en');

/** Wednesday 9 July 2025, 10:00 in Paris (summer time, UTC+2): in the summer opening hours. */
const SUMMER_WEDNESDAY_10AM = new Date('2025-07-09T08:00:00Z');
/** Sunday 11 January 2026, 10:00 in Paris (UTC+1): the head office is closed on winter Sundays. */
const WINTER_SUNDAY_10AM = new Date('2026-01-11T09:00:00Z');

/** The text before the first placeholder of a status sentence: "Ouvert maintenant, jusqu’à ". */
const lead = (sentence: string) => sentence.split('{{')[0] ?? sentence;

test.describe('with JavaScript', () => {
	test('the head office shows "open now" on a Wednesday in July at 10:00', async ({ page }) => {
		await page.clock.setFixedTime(SUMMER_WEDNESDAY_10AM);
		await page.goto(frenchPage);
		const status = page.locator('opening-status .status');
		await expect(status).toBeVisible();
		await expect(status).toHaveAttribute('data-open', 'true');
		await expect(status).toContainText(lead(UI.fr['hours.openNow']));
		await expect(status).toContainText('Ouvert maintenant');
	});

	test('the English head office page says "Open now" at the same time', async ({ page }) => {
		await page.clock.setFixedTime(SUMMER_WEDNESDAY_10AM);
		await page.goto(englishPage);
		const status = page.locator('opening-status .status');
		await expect(status).toBeVisible();
		await expect(status).toContainText(lead(UI.en['hours.openNow']));
	});

	test('the head office shows "closed" on a Sunday in January', async ({ page }) => {
		await page.clock.setFixedTime(WINTER_SUNDAY_10AM);
		await page.goto(frenchPage);
		const status = page.locator('opening-status .status');
		await expect(status).toBeVisible();
		await expect(status).toHaveAttribute('data-open', 'false');
		await expect(status).toHaveText(/^Fermé/);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the status stays hidden and the opening hours table is shown', async ({ page }) => {
		await page.goto(frenchPage);
		await expect(page.locator('opening-status .status')).toBeHidden();
		const tables = page.getByRole('main').getByRole('table');
		await expect(tables.first()).toBeVisible();
		await expect(tables.first().getByRole('row').nth(1)).toBeVisible();
	});
});
