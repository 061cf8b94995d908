/**
 * The site search as a visitor uses it, in Chromium on the built site: the header's field on
 * every page (a plain form, no search script there), and the search page over Pagefind's index in
 * each language — accents that do not matter while exact spellings rank first, names that
 * outweigh body text. Filters, phones, keyboard, no JavaScript and axe are in
 * search-journeys.spec.ts; dated pages and the index in search-index.spec.ts.
 */
import { expect, test, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { SearchKind } from '../../src/lib/search/kinds';
import { providerPage } from '../../src/lib/providers/routes';
import { builtPages, DIST } from '../tools/built-site';
import { feedProviders } from '../tools/feed-content';
import { offices, pathTo, UI, type Locale } from '../tools/site-content';
import { allResults, resultLinks, search, searchAll, searchPath, status } from './site-search';

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
