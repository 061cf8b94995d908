import { expect, test } from '@playwright/test';
import { e164, headOffice, LOCALES, pathTo, UI } from '../tools/site-content';

for (const locale of LOCALES) {
	const t = UI[locale];
	const paths = [
		pathTo({ route: 'home' }, locale),
		pathTo({ route: 'office', id: headOffice().id }, locale),
	];

	for (const path of paths) {
		test(`${path}: the skip link is the first focusable element and moves focus to #main`, async ({
			page,
		}) => {
			await page.goto(path);
			await page.keyboard.press('Tab');
			const skipLink = page.locator(':focus');
			await expect(skipLink).toHaveAttribute('href', '#main');
			await expect(skipLink).toHaveText(t['site.skipLink']);
			await expect(skipLink).toBeVisible();

			await page.keyboard.press('Enter');
			await expect(page.locator('#main')).toBeFocused();
		});

		test(`${path}: the header has the main navigation`, async ({ page }) => {
			await page.goto(path);
			const nav = page.locator('header').getByRole('navigation', { name: t['nav.label'] });
			await expect(nav).toBeVisible();
			for (const route of ['discover', 'offices', 'contact'] as const) {
				await expect(nav.locator(`a[href="${pathTo({ route }, locale)}"]`)).toBeVisible();
			}
		});

		test(`${path}: the footer has the phone, e-mail, head office address, social links and Wi-Fi note`, async ({
			page,
		}) => {
			await page.goto(path);
			const footer = page.getByRole('contentinfo');
			const head = headOffice();

			const phone = footer.locator('a[href^="tel:"]');
			await expect(phone).toHaveCount(1);
			expect(e164((await phone.getAttribute('href')) ?? '')).toBe(e164(`tel:${head.phone}`));
			await expect(phone).toHaveText(head.phone);

			await expect(footer.locator('a[href^="mailto:"]')).toHaveCount(1);
			await expect(footer).toContainText(head.address.street);
			await expect(footer).toContainText(head.address.postalCode);
			await expect(footer.locator('a[href*="facebook.com/"]')).toHaveText(t['footer.facebook']);
			await expect(footer.locator('a[href*="instagram.com/"]')).toHaveText(t['footer.instagram']);
			await expect(footer).toContainText(t['footer.wifi']);
		});
	}
}
