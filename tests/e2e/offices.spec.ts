import { expect, test } from '@playwright/test';
import { e164, LOCALES, offices, pathTo } from '../tools/site-content';

for (const office of offices()) {
	for (const locale of LOCALES) {
		const path = pathTo({ route: 'office', id: office.id }, locale);

		test(`${path} shows the office's address and its phone as a tel: link`, async ({ page }) => {
			await page.goto(path);
			const main = page.getByRole('main');
			await expect(main).toContainText(office.address.street);
			await expect(main).toContainText(office.address.postalCode);

			const phoneLink = main.locator(`a[href^="tel:"]`, { hasText: office.phone }).first();
			await expect(phoneLink).toBeVisible();
			const href = (await phoneLink.getAttribute('href')) ?? '';
			expect(e164(href.replace(/^tel:/, ''))).toBe(e164(office.phone));
		});
	}
}
