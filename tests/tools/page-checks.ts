/**
 * The checks the end-to-end tests run on a page in a given state (a form sent back with its
 * problems, a confirmation, a staff page): axe finds no WCAG 2.2 A/AA violation, and the HTML the
 * server sent is valid under the rules the built pages follow (`.html-validate.json`).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { ROOT } from './paths';

/** The axe rule sets of WCAG 2.2 levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe finds nothing on the page as it stands; `state` names it in the failure. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	expect(
		violations.map(
			(violation) =>
				`${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
		),
		state,
	).toEqual([]);
}

let validator: HtmlValidate | undefined;

/** html-validate with the site's rules (the file allows comments: read as TypeScript reads JSON). */
function htmlValidator(): HtmlValidate {
	if (validator) return validator;
	const file = `${ROOT}.html-validate.json`;
	const parsed = ts.parseConfigFileTextToJson(file, readFileSync(file, 'utf8'));
	validator = new HtmlValidate(new StaticConfigLoader(parsed.config as ConfigData));
	return validator;
}

/** The HTML as the server sent it is valid; `state` names it in the failure. */
export async function expectValidHtml(html: string, state: string): Promise<void> {
	const report = await htmlValidator().validateString(html);
	const messages = report.results.flatMap((result) =>
		result.messages.map(
			(message) => `${message.ruleId}: ${message.message} (${message.line}:${message.column})`,
		),
	);
	expect(messages, state).toEqual([]);
}
