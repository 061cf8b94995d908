import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../tools/built-site';
import { LOCALES } from '../tools/site-content';
import { examplePath, TEMPLATES } from '../tools/templates';

/**
 * axe-core on the example page of every template of tests/tools/templates.ts (the list the other
 * gates share), in both languages: no WCAG 2.2 A/AA violation.
 */
const builtPaths = builtPages().map((page) => page.path);
const PAGES = TEMPLATES.flatMap((template) =>
	LOCALES.map((locale) => ({
		name: template.name,
		path: examplePath(template, locale, builtPaths),
	})),
);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const { name, path } of PAGES) {
	test(`${path} (${name}) has no WCAG 2.2 A/AA violation (axe)`, async ({ page }) => {
		// axe on the agenda (4,500 elements) takes well over the default 30 s on a busy machine.
		test.setTimeout(90_000);
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
