/**
 * The search page's filters kept in the URL, on a phone, with the keyboard only, without
 * JavaScript, and axe on a page with results and filters.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pathTo, UI } from '../tools/site-content';
import { announced, resultLinks, resultPaths, search, searchPath, status } from './site-search';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
