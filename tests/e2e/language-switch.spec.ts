import { expect, test } from '@playwright/test';
import { headOffice, pathTo, type PageRef } from '../tools/site-content';

const PAGES: PageRef[] = [
	{ route: 'home' },
	{ route: 'offices' },
	{ route: 'office', id: headOffice().id },
	{ route: 'about' },
	{ route: 'discover' },
	{ route: 'contact' },
];

for (const page of PAGES) {
	const french = pathTo(page, 'fr');
	const english = pathTo(page, 'en');

	test(`the language switch on ${french} leads to ${english} and back`, async ({ page: tab }) => {
		await tab.goto(french);
		await expect(tab.locator('html')).toHaveAttribute('lang', 'fr');

		await tab.locator('header a[hreflang]:visible').click();
		await expect(tab).toHaveURL(english);
		await expect(tab.locator('html')).toHaveAttribute('lang', 'en');

		await tab.locator('header a[hreflang]:visible').click();
		await expect(tab).toHaveURL(french);
		await expect(tab.locator('html')).toHaveAttribute('lang', 'fr');
	});
}
