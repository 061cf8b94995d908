/**
 * The site search as a visitor uses it, in Chromium on the built site: the header's
 * field on every page (a plain form, no search script there), the search page over Pagefind's
 * index in each language, accents that do not matter while exact spellings rank first, names that
 * outweigh body text, filters kept in the URL, keyboard-only use, the page without JavaScript,
 * dated pages that leave the results once over, a cache-friendly index, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close as closePagefind, createIndex } from 'pagefind';
import { parse } from 'node-html-parser';
import { writeSearchIndex } from '../../src/integrations/search-index';
import { partOf } from '../../src/lib/search/index-parts';
import type { SearchKind } from '../../src/lib/search/kinds';
import { providerPage } from '../../src/lib/providers/routes';
import { builtPages, DIST } from '../tools/built-site';
import { feedProviders } from '../tools/feed-content';
import { offices, pathTo, UI, type Locale } from '../tools/site-content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const searchPath = (locale: Locale, query = '') =>
	`${pathTo({ route: 'search' }, locale)}${query ? `?${query}` : ''}`;
const status = (page: Page) => page.locator('.search-status');
const resultLinks = (page: Page) => page.locator('.search-results h2 a');
/** The paths of the result cards, in order (Pagefind gives each page's path as its URL). */
const resultPaths = async (page: Page) =>
	(
		await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))
	).filter((href): href is string => href !== null);

/** Opens the search page on `query` (URL-encoded for the caller) and waits for its results. */
async function search(page: Page, locale: Locale, query: string): Promise<string[]> {
	await page.goto(searchPath(locale, new URLSearchParams({ q: query }).toString()));
	await expect(status(page)).not.toBeEmpty();
	return resultPaths(page);
}

/** Every result of a search, pressing "more" until none is left. */
async function searchAll(page: Page, locale: Locale, query: string): Promise<string[]> {
	await search(page, locale, query);
	return allResults(page);
}

/** Every result of the current search, pressing "more" until none is left. */
async function allResults(page: Page): Promise<string[]> {
	const more = page.locator('.search-more button');
	while (await more.isVisible()) {
		const count = await resultLinks(page).count();
		await more.click();
		await expect(resultLinks(page)).not.toHaveCount(count);
	}
	return resultPaths(page);
}

/** The number an announced count starts with ("13 résultats…"), 0 for "Aucun…". */
const announced = async (page: Page) =>
	Number(/^\d+/.exec(await status(page).innerText())?.[0] ?? 0);

test.describe('the header', () => {
	test('on a wide screen every page links to the search page; on a phone its menu has the field', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'office', id: 'vialas' }, 'fr'));
		await page
			.locator('header')
			.getByRole('link', { name: UI.fr['nav.search'], exact: true })
			.click();
		await expect(page).toHaveURL(searchPath('fr', ''));

		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(pathTo({ route: 'office', id: 'vialas' }, 'fr'));
		await page.locator('[data-header-menu] summary').click();
		const form = page.getByRole('search', { name: UI.fr['search.label'] });
		await form.getByRole('searchbox', { name: UI.fr['search.label'] }).fill('Finiels');
		await form.getByRole('button', { name: UI.fr['search.submit'] }).click();
		await expect(page).toHaveURL(searchPath('fr', 'q=Finiels'));
		await expect(status(page)).not.toBeEmpty();
		// On the search page the page's own field is the only one.
		await expect(page.getByRole('search')).toHaveCount(1);

		await page.goto(pathTo({ route: 'hikes' }, 'en'));
		await page.locator('[data-header-menu] summary').click();
		await page.getByRole('searchbox', { name: UI.en['search.label'] }).fill('chestnut');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(searchPath('en', 'q=chestnut'));
	});

	test('pages other than the search page load no search script, even when the field is used', async ({
		page,
	}) => {
		const requests: string[] = [];
		page.on('request', (request: Request) => requests.push(new URL(request.url()).pathname));
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(pathTo({ route: 'village', id: 'vialas' }, 'fr'));
		await page.locator('[data-header-menu] summary').click();
		await page.getByRole('searchbox', { name: UI.fr['search.label'] }).fill('gîte');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => /pagefind|SiteSearch/i.test(path))).toEqual([]);
	});
});

test.describe('results', () => {
	test('"Finiels" finds the hike over the Sommet de Finiels among the first three', async ({
		page,
	}) => {
		const results = await search(page, 'fr', 'Finiels');
		expect(results.slice(0, 3)).toContain(
			pathTo({ route: 'hike', id: 'sommet-de-finiels-depuis-finiels' }, 'fr'),
		);
		const card = page.locator('.search-results > li').filter({
			has: page.locator(
				`a[href="${pathTo({ route: 'hike', id: 'sommet-de-finiels-depuis-finiels' }, 'fr')}"]`,
			),
		});
		// The card: its kind, its village, a pictogram, the matched word highlighted.
		// A drawn (sample) hike: its card carries the mark.
		await expect(card.locator('.search-meta')).toHaveText(
			`${UI.fr['sample.mark']} · ${UI.fr['search.kind.hike']} · Le Pont-de-Montvert`,
		);
		await expect(card.locator('.search-thumb svg')).toBeVisible();
		await expect(card.locator('.search-excerpt mark').first()).toHaveText(/^Finiels/);
	});

	test('"gite etape" finds the gîtes d’étape first, then every walkers’ hostel', async ({
		page,
	}) => {
		const stays = feedProviders().filter((provider) => provider.category === 'accommodation');
		const url = (id: string) => pathTo(providerPage('accommodation', id), 'fr');
		const gitesDEtape = stays.filter((provider) => /^gîte d[’']étape/i.test(provider.name));
		const hostels = stays.filter((provider) => provider.kinds.includes('hostel'));
		expect(gitesDEtape.length).toBeGreaterThan(0);

		await search(page, 'fr', 'gite etape');
		const results = await allResults(page);
		expect(new Set(results.slice(0, gitesDEtape.length))).toEqual(
			new Set(gitesDEtape.map((provider) => url(provider.id))),
		);
		expect(results).toEqual(expect.arrayContaining(hostels.map((provider) => url(provider.id))));
	});

	test('a village’s name finds its information office first', async ({ page }) => {
		for (const office of offices()) {
			const results = await search(page, 'fr', office.name);
			expect(results[0], office.name).toBe(pathTo({ route: 'office', id: office.id }, 'fr'));
		}
		const [first] = await search(page, 'en', 'Vialas');
		expect(first).toBe(pathTo({ route: 'office', id: 'vialas' }, 'en'));
	});

	test('accents and capitals do not matter for finding', async ({ page }) => {
		const gite = new Set(await searchAll(page, 'fr', 'gite'));
		const gîte = new Set(await searchAll(page, 'fr', 'gîte'));
		const capital = new Set(await searchAll(page, 'fr', 'Gîte'));
		expect(gite.size).toBeGreaterThan(0);
		expect(gîte).toEqual(gite);
		expect(capital).toEqual(gite);

		const deze = new Set(await searchAll(page, 'fr', 'Deze'));
		const dèze = new Set(await searchAll(page, 'fr', 'Dèze'));
		expect(deze).toContain(pathTo({ route: 'office', id: 'le-collet-de-deze' }, 'fr'));
		expect(dèze).toEqual(deze);
	});

	test('the exact spelling ranks first: "étiré" and "étire", "creusé" and "creuse"', async ({
		page,
	}) => {
		// Each word is on one page with its accent, on another without: the one written as typed
		// comes first, and both are found either way.
		const pairs = [
			{ word: 'étire', page: { route: 'village', id: 'saint-germain-de-calberte' } },
			{ word: 'étiré', page: { route: 'village', id: 'le-collet-de-deze' } },
			{ word: 'creuse', page: { route: 'sector', id: 'mont-lozere' } },
			{ word: 'creusé', page: { route: 'experience', id: 'baignade-dans-le-gardon' } },
		] as const;
		for (const { word, page: where } of pairs) {
			const path = pathTo(where, 'fr');
			expect(frenchWordsOf(path), `${path} holds "${word}"`).toContain(word);
			const results = await search(page, 'fr', word);
			expect(results[0], word).toBe(path);
		}
		const both = await search(page, 'fr', 'etire');
		expect(new Set(both)).toEqual(
			new Set(
				['saint-germain-de-calberte', 'le-collet-de-deze'].map((id) =>
					pathTo({ route: 'village', id }, 'fr'),
				),
			),
		);
	});

	test('a name weighs more than the same word in another page’s text', async ({ page }) => {
		// Fontmort and the Bougès name a hike or an experience, and are mentioned by others.
		for (const word of ['Fontmort', 'Bougès']) {
			await searchAll(page, 'fr', word);
			const named = (await resultLinks(page).allInnerTexts()).map((title) => title.includes(word));
			expect(named.filter((isNamed) => !isNamed).length, word).toBeGreaterThan(0);
			// Every page named after the word comes before every page that only mentions it.
			expect(named, word).toEqual([...named].sort((a, b) => Number(b) - Number(a)));
			expect(named[0], word).toBe(true);
		}
	});

	test('each language searches its own pages: English on /en/, French elsewhere', async ({
		page,
	}) => {
		const english = await searchAll(page, 'en', 'chestnut');
		expect(english.length).toBeGreaterThan(0);
		for (const path of english) expect(path).toMatch(/^\/en\//);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');

		const french = await searchAll(page, 'fr', 'châtaignes');
		expect(french.length).toBeGreaterThan(0);
		for (const path of french) expect(path).not.toMatch(/^\/en\//);
	});

	test('a query naming a kind lists the pages of that kind first: "randonnée" the hikes', async ({
		page,
	}) => {
		const queries: [Locale, string, SearchKind][] = [
			['fr', 'randonnée', 'hike'],
			['en', 'hike', 'hike'],
			['fr', 'gîte', 'accommodation'],
			['fr', 'restaurant', 'restaurant'],
			['fr', 'marché', 'event'],
			['en', 'market', 'event'],
		];
		for (const [locale, query, kind] of queries) {
			await search(page, locale, query);
			const kinds = await page
				.locator('.search-results > li .search-meta')
				.allInnerTexts()
				.then((texts) => texts.map((text) => text.includes(UI[locale][`search.kind.${kind}`])));
			expect(kinds[0], `${query}: first result`).toBe(true);
			// The pages of the kind come first, then the others: never one of them after another page.
			expect(kinds, query).toEqual([...kinds].sort((a, b) => Number(b) - Number(a)));
		}
	});

	test('excerpts are the page’s own text: no badge, credit, caption or sample note', async ({
		page,
	}) => {
		const fr = UI.fr;
		const before = (text: string) => text.split('{{')[0]!.trim();
		const boilerplate = [
			fr['illustration.credit'],
			before(fr['experience.seasons']),
			before(fr['village.populationSource']),
			before(fr['hike.trackCredit']),
			before(fr['provider.photoCredit']),
			fr['hike.family'],
			fr['hike.sample'],
			fr['office.hoursSample'],
			fr['map.static.credit'],
		];
		// Words that find experiences, villages, hikes, offices and members alike.
		for (const query of ['marché', 'châtaignes', 'Gardon']) {
			await search(page, 'fr', query);
			const excerpts = await page.locator('.search-excerpt').allInnerTexts();
			expect(excerpts.length, query).toBeGreaterThan(0);
			for (const excerpt of excerpts)
				for (const text of boilerplate) expect(excerpt, `${query}: "${text}"`).not.toContain(text);
		}
	});

	test('boilerplate is not indexed: a word found only in the footer finds nothing', async ({
		page,
	}) => {
		// The footer links to the office's Instagram on every page; no page's content names it.
		await page.goto(pathTo({ route: 'office', id: 'vialas' }, 'fr'));
		await expect(page.locator('footer')).toContainText(UI.fr['footer.instagram']);
		await search(page, 'fr', UI.fr['footer.instagram']);
		await expect(status(page)).toHaveText(
			UI.fr['search.count.zero'].replace('{{query}}', UI.fr['footer.instagram']),
		);
		await expect(resultLinks(page)).toHaveCount(0);
	});
});

test.describe('filters', () => {
	test('kind, sector and village narrow the results, live in the URL and are announced', async ({
		page,
	}) => {
		await search(page, 'fr', 'Vialas');
		const all = await announced(page);
		const form = page.getByRole('search', { name: UI.fr['search.label'] });

		await form
			.getByRole('checkbox', { name: new RegExp(`^${UI.fr['search.kind.restaurant']}`) })
			.check();
		await expect(page).toHaveURL(searchPath('fr', 'q=Vialas&kind=restaurant'));
		await expect.poll(() => announced(page)).toBeLessThan(all);
		const restaurants = await announced(page);
		expect(restaurants).toBeGreaterThan(0);
		// A sample member's kind reads "Exemple · Restaurant".
		for (const meta of await page.locator('.search-meta').allInnerTexts()) {
			expect(meta.replace(`${UI.fr['sample.mark']} · `, '')).toMatch(
				new RegExp(`^${UI.fr['search.kind.restaurant']}`),
			);
		}

		await form
			.getByRole('checkbox', { name: new RegExp(`^${UI.fr['search.kind.office']}`) })
			.check();
		await expect(page).toHaveURL(searchPath('fr', 'q=Vialas&kind=office&kind=restaurant'));
		await expect.poll(() => announced(page)).toBe(restaurants + 1);

		await form.getByLabel(UI.fr['search.filter.sector']).selectOption('vallee-longue');
		await expect(page).toHaveURL(/&sector=vallee-longue$/);
		await expect(status(page)).toHaveText(
			UI.fr['search.count.zero'].replace('{{query}}', 'Vialas'),
		);

		// The URL alone brings the same search back.
		await page.goto(searchPath('fr', 'kind=hike&village=vialas'));
		await expect(
			form.getByRole('checkbox', { name: new RegExp(`^${UI.fr['search.kind.hike']}`) }),
		).toBeChecked();
		await expect(form.getByLabel(UI.fr['search.filter.village'])).toHaveValue('vialas');
		await expect(status(page)).toHaveText(/^\d+ pages? correspond/);
		expect(await resultPaths(page)).toContain(
			pathTo({ route: 'hike', id: 'rochers-de-trenze-depuis-vialas' }, 'fr'),
		);
		for (const meta of await page.locator('.search-meta').allInnerTexts()) {
			expect(meta.replace(`${UI.fr['sample.mark']} · `, '')).toMatch(
				new RegExp(`^${UI.fr['search.kind.hike']}`),
			);
		}

		await form.getByRole('button', { name: UI.fr['search.reset'] }).click();
		await expect(page).toHaveURL(searchPath('fr'));
		await expect(page.locator('.search-hint')).toHaveText(UI.fr['search.hint']);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the filters fold away so the results come first, and open from their heading', async ({
		page,
	}) => {
		await search(page, 'fr', 'gîte');
		const kind = page.getByRole('checkbox', { name: new RegExp(`^${UI.fr['search.kind.hike']}`) });
		await expect(kind).toBeHidden();
		const first = await resultLinks(page).first().boundingBox();
		expect(first?.y ?? Infinity).toBeLessThan(844);

		await page.getByText(UI.fr['search.filters'], { exact: true }).click();
		await expect(kind).toBeVisible();
		// Nothing is wider than the screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
	});
});

test.describe('keyboard only', () => {
	/** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
	async function tabTo(page: Page, matches: (element: Element) => boolean, limit = 80) {
		for (let presses = 0; presses < limit; presses++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
		}
		throw new Error('Tab never reached the element');
	}

	test('a visitor searches, filters, loads more and opens a result with the keyboard alone', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'offices' }, 'fr'));
		// The header's search link leads to the search page and its field.
		await tabTo(page, (element) => element.matches('header a.search-link'));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(searchPath('fr'));
		await tabTo(
			page,
			(element) => element instanceof HTMLInputElement && element.type === 'search',
		);
		await page.keyboard.type('gîte');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(searchPath('fr', 'q=g%C3%AEte'));
		await expect(status(page)).not.toBeEmpty();
		const before = await announced(page);

		await tabTo(
			page,
			(element) => element instanceof HTMLInputElement && element.value === 'accommodation',
		);
		await page.keyboard.press('Space');
		await expect(page).toHaveURL(/kind=accommodation/);
		await expect.poll(() => announced(page)).toBeLessThan(before);
		expect(await announced(page)).toBeGreaterThan(10);

		// "More results" moves focus to the first new result.
		await tabTo(page, (element) => element.closest('.search-more') !== null);
		await page.keyboard.press('Enter');
		await expect(resultLinks(page).nth(10)).toBeFocused();

		const target = await resultLinks(page).nth(10).getAttribute('href');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(target ?? '');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

	test('the search page says search needs JavaScript and offers the site’s sections', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'home' }, 'fr'));
		// The phone menu opens without JavaScript (a <details>), its search field first.
		await page.locator('[data-header-menu] summary').click();
		await page.getByRole('searchbox', { name: UI.fr['search.label'] }).fill('gîte');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(searchPath('fr', 'q=g%C3%AEte'));
		// Playwright's text matching skips <noscript>; the text a visitor reads is main's.
		expect(await page.locator('main').innerText()).toContain(UI.fr['search.noScript']);
		for (const route of ['stay', 'hikes', 'offices', 'villages', 'eat'] as const) {
			await expect(
				page.locator('main').locator(`a[href="${pathTo({ route }, 'fr')}"]`),
			).toBeVisible();
		}
	});
});

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

test.describe('accessibility', () => {
	for (const locale of ['fr', 'en'] as const) {
		test(`the search page with results and filters has no WCAG 2.2 A/AA violation (axe, ${locale})`, async ({
			page,
		}) => {
			await page.goto(searchPath(locale, 'q=Vialas&kind=restaurant&kind=office'));
			await expect(resultLinks(page).first()).toBeVisible();
			const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
			expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
		});
	}
});

/** The words of a built French page's indexed content, lower case. */
function frenchWordsOf(path: string): string[] {
	const file = builtPages().find((candidate) => candidate.path === path)?.file;
	if (!file) throw new Error(`${path} is not in the built site`);
	const root = parse(readFileSync(join(DIST, file), 'utf8'));
	for (const ignored of root.querySelectorAll('[data-pagefind-ignore], nav, footer, form'))
		ignored.remove();
	return root
		.querySelectorAll('[data-pagefind-body]')
		.flatMap((body) => body.textContent.toLowerCase().match(/[\p{L}]+/gu) ?? []);
}

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
