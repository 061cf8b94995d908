import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { builtPages, DIST, PRODUCTION_ORIGIN } from '../tools/built-site';

const pages = builtPages();

async function head(request: APIRequestContext, path: string): Promise<HTMLElement> {
	const response = await request.get(path);
	expect(response.status(), `GET ${path}`).toBe(200);
	return parse(await response.text());
}

const isIndexable = (root: HTMLElement) =>
	!/noindex/i.test(root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');

/** Pages without `noindex`, known from dist/ when the tests are collected. */
const indexablePages = pages.filter(({ file }) =>
	isIndexable(parse(readFileSync(join(DIST, file), 'utf8'))),
);

test('every built page has its own <title> and meta description', async ({ request }) => {
	const titles = new Map<string, string[]>();
	const descriptions = new Map<string, string[]>();
	const missing: string[] = [];
	for (const { path } of pages) {
		const root = await head(request, path);
		const title = root.querySelector('title')?.text.trim() ?? '';
		const description =
			root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';
		if (!title) missing.push(`${path}: no <title>`);
		if (!description) missing.push(`${path}: no meta description`);
		titles.set(title, [...(titles.get(title) ?? []), path]);
		descriptions.set(description, [...(descriptions.get(description) ?? []), path]);
	}
	const duplicates = [
		...[...titles]
			.filter(([text, where]) => text && where.length > 1)
			.map(([text, where]) => `title "${text}" on ${where.join(', ')}`),
		...[...descriptions]
			.filter(([text, where]) => text && where.length > 1)
			.map(([text, where]) => `description "${text}" on ${where.join(', ')}`),
	];
	expect([...missing, ...duplicates], `\n${[...missing, ...duplicates].join('\n')}`).toEqual([]);
});

for (const { path } of indexablePages) {
	test(`${path} has a canonical URL, hreflang fr/en/x-default and og:title`, async ({
		request,
	}) => {
		const root = await head(request, path);

		const canonical = root
			.querySelectorAll('link[rel="canonical"]')
			.map((link) => link.getAttribute('href'));
		expect(canonical, 'one canonical link').toHaveLength(1);
		expect(
			new URL(canonical[0] ?? '', PRODUCTION_ORIGIN).pathname,
			'canonical points to this page',
		).toBe(path);

		const hreflangs = root
			.querySelectorAll('link[rel="alternate"][hreflang]')
			.map((link) => link.getAttribute('hreflang'))
			.sort();
		expect(hreflangs).toEqual(['en', 'fr', 'x-default']);

		expect(
			root.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim(),
		).toBeTruthy();
	});
}

test('the sitemap index and robots.txt are built and served', async ({ request }) => {
	for (const file of ['sitemap-index.xml', 'robots.txt']) {
		expect(existsSync(join(DIST, file)), `dist/${file}`).toBe(true);
		expect((await request.get(`/${file}`)).status(), `GET /${file}`).toBe(200);
	}
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/^Sitemap: \S+\/sitemap-index\.xml$/m);
});

test('the sitemap lists every indexable page and no other', async ({ request }) => {
	const index = parse(await (await request.get('/sitemap-index.xml')).text());
	const listed = new Set<string>();
	for (const sitemap of index.querySelectorAll('sitemap loc')) {
		const sitemapPath = new URL(sitemap.text.trim()).pathname;
		const urls = parse(await (await request.get(sitemapPath)).text());
		for (const loc of urls.querySelectorAll('url > loc'))
			listed.add(new URL(loc.text.trim()).pathname);
	}
	expect([...listed].sort()).toEqual(indexablePages.map(({ path }) => path).sort());
});
