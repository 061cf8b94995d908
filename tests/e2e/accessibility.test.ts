import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { headOffice, LOCALES, pathTo, type PageRef } from '../tools/site-content';

/** One page of each template. */
const TEMPLATES: PageRef[] = [
	{ route: 'home' },
	{ route: 'offices' },
	{ route: 'office', id: headOffice().id },
	{ route: 'about' },
	{ route: 'discover' },
	{ route: 'contact' },
	{ route: 'notFound' },
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
					`${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n` +
					violation.nodes
						.map(
							(node) =>
								`  - ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`,
						)
						.join('\n'),
			);
			expect(report, `\n${path}\n${report.join('\n')}`).toEqual([]);
		});
	}
}
