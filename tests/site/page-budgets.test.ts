/**
 * Byte budgets of every built page, by template (tests/tools/templates.ts): HTML at
 * most 60 kB gzipped and CSS at most 20 kB gzipped on every page; JavaScript — everything the page
 * can load, lazy imports included (how it is counted: tests/tools/page-weight.ts) — 0 kB on
 * reading pages, 15 kB on lists filtered in the browser, 60 kB with a map, each plus the 1 kB of
 * inline script every page may carry (the service worker's registration); images with srcset, AVIF
 * or WebP, width and height, and lazy below the first. A failure prints the page and the figure.
 * tests/site/page-budgets-gate.test.ts shows these checks failing on an over-budget fixture.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../tools/built-site';
import { budgetProblems } from '../tools/budgets';
import { templateOfPath, TEMPLATES } from '../tools/templates';

const pages = builtPages().map((page) => ({ ...page, match: templateOfPath(page.path) }));

describe('byte budgets', () => {
	it('every built page belongs to a template of tests/tools/templates.ts', () => {
		const orphans = pages.filter((page) => !page.match).map((page) => page.path);
		expect(
			orphans,
			`pages whose path matches no template's route: add their template to tests/tools/templates.ts\n${orphans.join('\n')}`,
		).toEqual([]);
	});

	for (const template of TEMPLATES.filter((template) => !template.onDemand)) {
		const own = pages.filter((page) => page.match?.template === template);
		if (own.length === 0) continue;
		it(`${template.name} (${own.length} pages): HTML ≤ 60 kB, CSS ≤ 20 kB, JavaScript within "${template.js}", responsive images`, () => {
			const problems = own.flatMap(({ file, path }) =>
				budgetProblems(DIST, file, path, template.js),
			);
			expect(problems, `\n${problems.join('\n')}`).toEqual([]);
		});
	}
});
