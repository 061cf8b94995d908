import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, pathTo, type PageRef } from '../tools/site-content';

/** The office's service pages: practical information, the shop, legal and trust pages. */
const TEMPLATES: PageRef[] = [
	{ route: 'practical' },
	{ route: 'shop' },
	{ route: 'legalNotice' },
	{ route: 'privacy' },
	{ route: 'accessibility' },
	{ route: 'credits' },
	{ route: 'quality' },
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const template of TEMPLATES) {
	for (const locale of LOCALES) {
		const path = pathTo(template, locale);

		test(`${path} has no WCAG 2.2 A/AA violation (axe)`, async ({ page }) => {
			await page.goto(path);
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			const report = violations.map(
				(violation) =>
					`${violation.id} (${violation.impact}): ${violation.help}\n` +
					violation.nodes.map((node) => `  - ${node.target.join(' ')}`).join('\n'),
			);
			expect(report, `\n${path}\n${report.join('\n')}`).toEqual([]);
		});
	}
}

for (const locale of LOCALES) {
	test(`every page links the legal pages from its footer (${locale})`, async ({ page }) => {
		await page.goto(pathTo({ route: 'home' }, locale));
		const footer = page.locator('footer');
		for (const route of [
			'legalNotice',
			'privacy',
			'accessibility',
			'credits',
			'quality',
		] as const) {
			await expect(footer.locator(`a[href="${pathTo({ route }, locale)}"]`)).toHaveCount(1);
		}
	});

	test(`the shop says where each product is sold (${locale})`, async ({ page }) => {
		await page.goto(pathTo({ route: 'shop' }, locale));
		const products = page.locator('.product');
		expect(await products.count()).toBeGreaterThanOrEqual(11);
		for (const product of await products.all()) {
			await expect(product.locator('.stock a[href*="/"]').first()).toBeVisible();
		}
		// No online sale: no form, no basket.
		await expect(page.locator('main form')).toHaveCount(0);
	});
}
