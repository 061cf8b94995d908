import { expect, test } from '@playwright/test';
import { e164, headOffice, LOCALES, pathTo, UI } from '../tools/site-content';

/** The sections the header names on every page (src/lib/navigation.ts). */
const SECTIONS = [
	'discover',
	'stay',
	'eat',
	'activities',
	'hikes',
	'events',
	'map',
	'practical',
	'offices',
] as const;

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

		test(`${path}: on a wide screen the header is one row with every section`, async ({ page }) => {
			await page.setViewportSize({ width: 1366, height: 900 });
			await page.goto(path);
			const header = page.locator('header.site-header');
			expect((await header.boundingBox())?.height).toBeLessThanOrEqual(64);
			const nav = header.getByRole('navigation', { name: t['nav.label'] });
			await expect(nav).toBeVisible();
			for (const route of SECTIONS)
				await expect(nav.locator(`a[href="${pathTo({ route }, locale)}"]`).first()).toBeVisible();
			await expect(page.locator('[data-header-menu] summary')).toBeHidden();
		});

		test(`${path}: on a phone the header is at most 64 px, stays on screen, and its menu opens by keyboard`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			const header = page.locator('header.site-header');
			expect((await header.boundingBox())?.height).toBeLessThanOrEqual(64);
			// The first screen is the page's content: its heading is on it, whole.
			const heading = await page.locator('main h1').boundingBox();
			expect((heading?.y ?? 999) + (heading?.height ?? 0)).toBeLessThan(844);
			const button = page.locator('[data-header-menu] summary');
			await expect(button).toHaveText(t['nav.menu']);
			await expect(button).toHaveAttribute('aria-expanded', 'false');
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(button).toHaveAttribute('aria-expanded', 'true');
			const nav = header.getByRole('navigation', { name: t['nav.menuLabel'] });
			for (const route of [...SECTIONS, 'contact', 'producers', 'shops'] as const)
				await expect(nav.locator(`a[href="${pathTo({ route }, locale)}"]`).first()).toBeVisible();
			// Escape closes it and gives focus back to the button.
			await page.keyboard.press('Tab');
			await page.keyboard.press('Escape');
			await expect(button).toHaveAttribute('aria-expanded', 'false');
			await expect(button).toBeFocused();
			await expect(nav).toBeHidden();
			// Scrolled down, the header is still there.
			await page.mouse.wheel(0, 3000);
			await expect(header).toBeInViewport();
		});

		test(`${path}: on a phone, with JavaScript, the menu opens on a tap and closes on a tap outside it or when focus leaves it`, async ({
			page,
		}) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			const header = page.locator('header.site-header');
			const button = page.locator('[data-header-menu] summary');
			const nav = header.getByRole('navigation', { name: t['nav.menuLabel'] });
			await button.click();
			await expect(button).toHaveAttribute('aria-expanded', 'true');
			await expect(nav).toBeVisible();
			// A tap on the page outside the panel closes it (the panel covers the screen below the
			// header, so the tap is dispatched to the page's main content).
			await page.locator('main').dispatchEvent('click');
			await expect(button).toHaveAttribute('aria-expanded', 'false');
			await expect(nav).toBeHidden();
			// Focus moving past the panel's last link (the language switch) closes it too.
			await button.click();
			await expect(nav).toBeVisible();
			await page.locator('[data-header-menu] .menu-panel a.language').focus();
			await page.keyboard.press('Tab');
			await expect(button).toHaveAttribute('aria-expanded', 'false');
			await expect(nav).toBeHidden();
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
