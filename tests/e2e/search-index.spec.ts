/**
 * The search index: dated pages (events) leave the results once over, and the index is built in
 * parts that stay cache-friendly from one build to the next.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close as closePagefind, createIndex } from 'pagefind';
import { parse } from 'node-html-parser';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { partOf } from '../../src/lib/search/index-parts';
import { providerPage } from '../../src/lib/providers/routes';
import { builtPages, DIST } from '../tools/built-site';
import { feedProviders } from '../tools/feed-content';
import { pathTo, UI, type Locale } from '../tools/site-content';
import { allResults, resultPaths, search, searchPath, status } from './site-search';

test.describe('dated pages', () => {
	/**
	 * An index of four pages, built here with Pagefind's Node API and served in place of the
	 * site's: two events that end on 20 October 2026, one given its end as the filter and
	 * metadata SearchMeta writes, one (as any page may) as metadata only; an event ending on
	 * 20 December; a page with no end. The search page itself is the built one.
	 */
	let fixture = '';
	const ENDS = '2026-10-20';
	test.beforeAll(async () => {
		fixture = mkdtempSync(join(tmpdir(), 'search-dated-'));
		const { index } = await createIndex({});
		if (!index) throw new Error('Pagefind did not start');
		const page = (url: string, title: string, ends?: string, asFilter = true) =>
			index.addCustomRecord({
				url,
				language: 'fr',
				content: `${title}. Châtaignes grillées et vin chaud sur la place du village.`,
				meta: { title, kind: UI.fr['search.kind.event'], ...(ends ? { ends } : {}) },
				filters: { kind: ['event'], ...(ends && asFilter ? { ends: [ends] } : {}) },
			});
		await page('/agenda/fete-de-la-chataigne/', 'Fête de la châtaigne', ENDS);
		await page('/agenda/veillee-contes/', 'Veillée contes et châtaignes', ENDS, false);
		await page('/agenda/marche-de-noel/', 'Marché de Noël', '2026-12-20');
		await page('/decouvrir/envies/gastronomie/', 'Gastronomie');
		await index.writeFiles({ outputPath: fixture });
		// An index of one part, as the build writes it for a small site.
		writeFileSync(join(fixture, 'parts.json'), JSON.stringify({ parts: [] }));
		await closePagefind();
	});
	test.afterAll(() => rmSync(fixture, { recursive: true, force: true }));

	async function searchOn(page: Page, day: string): Promise<string[]> {
		await page.route('**/pagefind/**', (route) =>
			route.fulfill({ path: join(fixture, new URL(route.request().url()).pathname.slice(10)) }),
		);
		await page.clock.setFixedTime(new Date(`${day}T12:00:00+02:00`));
		await page.goto(searchPath('fr', 'q=ch%C3%A2taignes'));
		await expect(status(page)).not.toBeEmpty();
		return resultPaths(page);
	}

	test('on its last day an event is found; the next day it has left the results and the count', async ({
		page,
	}) => {
		expect(new Set(await searchOn(page, ENDS))).toEqual(
			new Set([
				'/agenda/fete-de-la-chataigne/',
				'/agenda/veillee-contes/',
				'/agenda/marche-de-noel/',
				'/decouvrir/envies/gastronomie/',
			]),
		);
		await expect(status(page)).toHaveText(/^4 /);

		expect(new Set(await searchOn(page, '2026-10-21'))).toEqual(
			new Set(['/agenda/marche-de-noel/', '/decouvrir/envies/gastronomie/']),
		);
		await expect(status(page)).toHaveText(/^2 /);
	});

	test('the site’s own dated pages leave the results once over (once the index holds one)', async ({
		page,
	}) => {
		const dated = datedPages();
		test.skip(dated.length === 0, 'no page of the built site carries an end date yet');
		const [target] = dated;
		if (!target) return;
		const query = new URLSearchParams({ q: target.title }).toString();

		await page.clock.setFixedTime(new Date(`${target.ends}T12:00:00+02:00`));
		await page.goto(searchPath(target.locale, query));
		await expect(status(page)).not.toBeEmpty();
		expect(await allResults(page)).toContain(target.path);

		await page.clock.setFixedTime(new Date(`${target.ends}T12:00:00+02:00`).getTime() + 86_400_000);
		await page.goto(searchPath(target.locale, query));
		await expect(status(page)).not.toBeEmpty();
		expect(await allResults(page)).not.toContain(target.path);
	});
});

test.describe('the index', () => {
	test('loads only on the search page, each file under a name that changes only with its content', async ({
		page,
	}) => {
		const urls: URL[] = [];
		page.on('request', (request: Request) => {
			const url = new URL(request.url());
			if (url.pathname.startsWith('/pagefind/')) urls.push(url);
		});
		await search(page, 'fr', 'Vialas');
		await search(page, 'fr', 'Finiels');
		expect(urls.length).toBeGreaterThan(0);
		const tagged = ['/pagefind/pagefind-entry.json', '/pagefind/parts.json'];
		const entries = urls.filter((url) => tagged.includes(url.pathname));
		// Pagefind asks for its entry file, and the search page for the list of the index's
		// parts, with the build's tag, never with the time of day.
		expect(entries.map((url) => url.pathname)).toContain('/pagefind/parts.json');
		expect(new Set(entries.map((url) => url.search)).size).toBe(1);
		for (const url of urls.filter((candidate) => !tagged.includes(candidate.pathname)))
			expect(url.search, url.pathname).toBe('');
	});

	test.describe('of a large site, in parts', () => {
		// The site's own pages, indexed as a site of 10,000 members is: in parts (here of 100
		// pages), the search page merging the others into the first.
		const fixture = mkdtempSync(join(tmpdir(), 'search-parts-'));
		let parts = 0;
		test.beforeAll(async () => {
			const summary = await writeSearchIndex({
				site: DIST,
				cacheFolder: join(fixture, 'cache'),
				output: join(fixture, 'index'),
				pagesPerPart: 100,
			});
			parts = summary.parts;
		});
		test.afterAll(() => rmSync(fixture, { recursive: true, force: true }));

		test('finds members whichever part holds them, in each language', async ({ page }) => {
			expect(parts).toBeGreaterThan(3);
			await page.route('**/pagefind/**', (route) =>
				route.fulfill({
					path: join(fixture, 'index', new URL(route.request().url()).pathname.slice(10)),
				}),
			);
			const stays = feedProviders().filter((provider) => provider.category === 'accommodation');
			const inPart = (part: number) =>
				stays.find(
					(provider) =>
						partOf(pathTo(providerPage('accommodation', provider.id), 'fr'), parts) === part,
				);
			for (const part of [0, 1, parts - 1]) {
				const member = inPart(part);
				if (!member) throw new Error(`no accommodation in part ${part}`);
				for (const locale of ['fr', 'en'] as const) {
					await search(page, locale, member.name);
					expect(await allResults(page), `${member.name}, part ${part}, ${locale}`).toContain(
						pathTo(providerPage('accommodation', member.id), locale),
					);
				}
			}
		});
	});
});

/** Pages of the built site that carry an end date (`ends`), with the title they are found by. */
function datedPages(): { path: string; locale: Locale; title: string; ends: string }[] {
	return builtPages().flatMap(({ file, path }) => {
		const html = readFileSync(join(DIST, file), 'utf8');
		const ends = /data-pagefind-filter="ends:(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
		if (!ends || !html.includes('data-pagefind-body')) return [];
		const title = parse(html).querySelector('h1')?.textContent.trim() ?? '';
		return [
			{ path, locale: path.startsWith('/en/') ? ('en' as const) : ('fr' as const), title, ends },
		];
	});
}
