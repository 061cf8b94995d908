/**
 * The byte budgets, checked on a folder of built pages (dist/client, or a fixture):
 * HTML at most 60 kB gzipped and CSS at most 20 kB gzipped on every page, the home page's HTML and
 * CSS together at most 14 kB; JavaScript within its
 * template's budget (tests/tools/templates.ts: 0, 15 or 60 kB gzipped, plus the 1 kB of inline
 * script every page may carry for the service worker's registration); images responsive.
 * Each problem is one line with the page, the figure and the budget.
 * Runs under Node directly too (bench): erasable syntax only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageProblems, pageWeight, total, type Asset, type PageWeight } from './page-weight.ts';
import {
	CSS_BUDGET_BYTES,
	HOME_BUDGET_BYTES,
	HTML_BUDGET_BYTES,
	JS_BUDGET_BYTES,
	JS_INLINE_ALLOWANCE,
	JS_MENU_ALLOWANCE,
	templateOfPath,
	type JsBudget,
} from './templates.ts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const detail = (assets: Asset[]) =>
	assets
		.filter((asset) => asset.bytes > 0)
		.map((asset) => `${asset.name} ${kB(asset.bytes)}`)
		.join(', ');

/** The JavaScript a page may load: its template's budget, plus the inline allowance. */
export function jsAllowed(weight: PageWeight, budget: JsBudget): number {
	return (
		JS_BUDGET_BYTES[budget] + JS_MENU_ALLOWANCE + Math.min(weight.inlineJs, JS_INLINE_ALLOWANCE)
	);
}

/** Every budget the page at `file` (relative to `site`) exceeds, one line each. */
export function budgetProblems(
	site: string,
	file: string,
	path: string,
	budget: JsBudget,
): string[] {
	const weight = pageWeight(site, file);
	const problems: string[] = [];
	if (weight.html > HTML_BUDGET_BYTES)
		problems.push(`${path}: HTML ${kB(weight.html)} gzipped > ${kB(HTML_BUDGET_BYTES)}`);
	const css = total(weight.css);
	if (css > CSS_BUDGET_BYTES)
		problems.push(
			`${path}: CSS ${kB(css)} gzipped > ${kB(CSS_BUDGET_BYTES)} (${detail(weight.css)})`,
		);
	if (templateOfPath(path)?.template.name === 'home' && weight.html + css > HOME_BUDGET_BYTES)
		problems.push(
			`${path}: home page HTML + CSS ${kB(weight.html + css)} gzipped > ${kB(HOME_BUDGET_BYTES)}`,
		);
	const js = total(weight.js);
	const allowed = jsAllowed(weight, budget);
	if (js > allowed)
		problems.push(
			`${path}: JavaScript ${kB(js)} gzipped > ${kB(allowed)} (budget "${budget}" ${kB(JS_BUDGET_BYTES[budget])}` +
				` + menu ${kB(JS_MENU_ALLOWANCE)}` +
				`${weight.inlineJs > 0 ? ` + inline allowance ${kB(Math.min(weight.inlineJs, JS_INLINE_ALLOWANCE))}` : ''}` +
				`): ${detail(weight.js)}`,
		);
	for (const problem of imageProblems(readFileSync(join(site, file), 'utf8')))
		problems.push(`${path}: ${problem}`);
	return problems;
}
