/**
 * Structured data: every JSON-LD block of every built page parses and satisfies the
 * schema of its type (tests/tools/structured-data.ts, written from schema.org's and Google's
 * required and recommended properties), checked template by template; and the checker itself
 * catches each fault of a broken fixture (tests/fixtures/gates/broken-structured-data.html).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT } from '../tools/built-site';
import { pageStructuredData } from '../tools/structured-data';
import { templateOfPath, TEMPLATES } from '../tools/templates';

describe('structured data checker', () => {
	it('reports every fault of a broken page, each with its type and property', () => {
		const html = readFileSync(
			join(ROOT, 'tests/fixtures/gates/broken-structured-data.html'),
			'utf8',
		);
		const { problems } = pageStructuredData(html);
		const text = problems.join('\n');
		expect(text).toMatch(/^block 1: not valid JSON/m);
		expect(text).toMatch(/^block 2: Event url: not an absolute http\(s\) URL$/m);
		expect(text).toMatch(/^block 2: Event endDate: endDate is before startDate$/m);
		expect(text).toMatch(/^block 2: Event eventStatus: /m);
		expect(text).toMatch(/^block 2: Event location\.address: /m);
		expect(text).toMatch(/^block 2: Event offers\.priceCurrency: not an ISO 4217 currency$/m);
		expect(text).toMatch(/^block 3: BreadcrumbList itemListElement: positions are not 1, 2, 3…$/m);
		expect(text).toMatch(/^block 4: Hotel address: /m);
		expect(text).toMatch(/^block 4: Hotel geo: /m);
		expect(text).toMatch(/^block 5: @context is "http:\/\/schema.org"/m);
		expect(text).toMatch(/^block 5: no schema for @type "Recipe"/m);
	});
});

const pages = builtPages().map((page) => ({ ...page, match: templateOfPath(page.path) }));

describe('structured data of the built site', () => {
	for (const template of TEMPLATES.filter((template) => !template.onDemand)) {
		const own = pages.filter((page) => page.match?.template === template);
		if (own.length === 0) continue;
		it(`${template.name} (${own.length} pages): every JSON-LD block parses and has its type's properties`, () => {
			const problems = own.flatMap(({ file, path }) =>
				pageStructuredData(readFileSync(join(DIST, file), 'utf8')).problems.map(
					(problem) => `${path} ${problem}`,
				),
			);
			expect(problems.slice(0, 50), `\n${problems.slice(0, 50).join('\n')}`).toEqual([]);
		});
	}
});
