/**
 * The provider lists as numbered pages (src/lib/lists/paging.ts), at a phone's and a desktop's
 * size: every page reached without JavaScript through the pages' links (rel prev/next, named),
 * each card one link by pointer and by keyboard with its focus shown round the whole card, and the
 * filters, folded at first, applying to the whole list from its index once JavaScript runs.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_SIZE } from '../../src/lib/lists/paging';
import { listOrder } from '../../src/lib/providers/order';
import { feedProviders, type FeedProvider } from '../tools/feed-content';
import { LOCALES, pathTo, UI, type Locale } from '../tools/site-content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1366, height: 900 },
];
const stays = (): FeedProvider[] =>
	listOrder(
		feedProviders().filter((provider) => provider.category === 'accommodation'),
		(provider) => provider,
	);
const pageCount = () => Math.ceil(stays().length / PAGE_SIZE);
const cardNames = (page: Page) =>
	page.locator('#provider-list > li:not([hidden]) .name').allTextContents();
const namesOfPage = (number: number) =>
	stays()
		.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE)
		.map((provider) => provider.name);
const pagesNav = (page: Page, locale: Locale) =>
	page.getByRole('navigation', { name: UI[locale]['lists.pages'] });

test('the sample accommodation runs to several pages', () => {
	expect(pageCount()).toBeGreaterThan(1);
});

for (const size of SIZES) {
	test.describe(`${size.name}, ${size.width}×${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });

			for (const locale of LOCALES) {
				test(`every page of the accommodation list is reached by its page links (${locale})`, async ({
					page,
				}) => {
					const t = UI[locale];
					await page.goto(pathTo({ route: 'stay' }, locale));
					expect(await cardNames(page)).toEqual(namesOfPage(1));
					await expect(pagesNav(page, locale).locator('a[rel="prev"]')).toHaveCount(0);
					for (let number = 2; number <= pageCount(); number++) {
						const next = pagesNav(page, locale).getByRole('link', { name: t['lists.next'] });
						await expect(next).toHaveAttribute('rel', 'next');
						await next.click();
						const path = pathTo({ route: 'stay', page: number }, locale);
						await expect(page).toHaveURL(path);
						expect(path).toMatch(/\/page\/\d+\/$/);
						expect(await cardNames(page)).toEqual(namesOfPage(number));
						await expect(
							pagesNav(page, locale).getByRole('link', {
								name: t['lists.page'].replace('{{number}}', String(number)),
							}),
						).toHaveAttribute('aria-current', 'page');
						await expect(page).toHaveTitle(
							new RegExp(
								t['lists.pageOf']
									.replace('{{number}}', String(number))
									.replace('{{count}}', String(pageCount())),
							),
						);
					}
					await expect(pagesNav(page, locale).locator('a[rel="next"]')).toHaveCount(0);
					await pagesNav(page, locale).getByRole('link', { name: t['lists.previous'] }).click();
					await expect(page).toHaveURL(pathTo({ route: 'stay', page: pageCount() - 1 }, locale));
				});
			}

			test('the list shows its results before its folded filters open', async ({ page }) => {
				await page.goto(pathTo({ route: 'stay' }, 'fr'));
				const links = page.locator('#provider-facet-links');
				await expect(links).not.toHaveAttribute('open');
				await expect(page.locator('#provider-list > li').first()).toBeInViewport();
				await links.locator('summary').click();
				await expect(
					links.getByRole('link', { name: UI.fr['providers.kind.hotel'], exact: true }),
				).toBeVisible();
			});
		});

		test('a click anywhere on a card opens its page', async ({ page }) => {
			await page.goto(pathTo({ route: 'stay' }, 'en'));
			const card = page.locator('#provider-list .provider-card').first();
			const href = await card.locator('.name a').getAttribute('href');
			// On the figures line, far from the name: a visitor's tap, wherever it lands on the card.
			const facts = await card.locator('.facts').boundingBox();
			if (!facts) throw new Error('No figures on the first card');
			await page.mouse.click(facts.x + 5, facts.y + 5);
			await expect(page).toHaveURL(href ?? '');
		});

		test('a card is reached and opened by keyboard, its focus shown round the card', async ({
			page,
		}) => {
			await page.goto(pathTo({ route: 'stay' }, 'fr'));
			const card = page.locator('#provider-list .provider-card').first();
			const link = card.locator('.name a');
			await link.focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			await expect(link).toBeFocused();
			await expect(card).toHaveCSS('outline-style', 'solid');
			const href = await link.getAttribute('href');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(href ?? '');
		});
	});
}

test.describe('with JavaScript', () => {
	test.use({ viewport: { width: 1366, height: 900 } });

	test('filters on a later page show the matching cards of every page, and give the page back when cleared', async ({
		page,
	}) => {
		const path = pathTo({ route: 'stay', page: 2 }, 'fr');
		await page.goto(path);
		const filters = page.locator('.facet-filters');
		await expect(filters).not.toHaveAttribute('open');
		await filters.locator('summary').click();
		const form = page.getByRole('form', { name: UI.fr['providers.filters'] });
		await form.getByRole('checkbox', { name: UI.fr['providers.kind.hotel'], exact: true }).check();
		const hotels = stays().filter((provider) => provider.kinds.includes('hotel'));
		expect(hotels.length).toBeGreaterThan(0);
		// Hotels come first in the list's order: none is on its second page.
		expect(namesOfPage(2).some((name) => hotels.some((hotel) => hotel.name === name))).toBe(false);
		await expect(page.locator('#provider-list .name')).toHaveText(
			hotels.slice(0, PAGE_SIZE).map((hotel) => hotel.name),
		);
		await expect(pagesNav(page, 'fr')).toBeHidden();
		await expect(page).toHaveURL(`${pathTo({ route: 'stay' }, 'fr')}?type=hotel`);
		await expect(page.locator('#provider-list stay-toggle button').first()).toBeVisible();

		const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
		expect(axe.violations.map((violation) => violation.id)).toEqual([]);

		await form.getByRole('button', { name: UI.fr['providers.reset'] }).click();
		await expect(page).toHaveURL(path);
		await expect(pagesNav(page, 'fr')).toBeVisible();
		expect(await cardNames(page)).toEqual(namesOfPage(2));
	});

	test('results longer than a page come a page at a time, the focus on the first new card', async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'stay' }, 'en'));
		await page.locator('.facet-filters > summary').click();
		const form = page.getByRole('form', { name: UI.en['providers.filters'] });
		// Every kind chosen: the whole list, drawn from its index.
		for (const kind of ['hotel', 'guesthouse', 'hostel', 'rental', 'campsite'] as const)
			await form
				.getByRole('checkbox', { name: UI.en[`providers.kind.${kind}`], exact: true })
				.check();
		const cards = page.locator('#provider-list > li');
		await expect(cards).toHaveCount(PAGE_SIZE);
		await page.getByRole('button', { name: UI.en['lists.more'] }).click();
		await expect(cards).toHaveCount(Math.min(2 * PAGE_SIZE, stays().length));
		await expect(cards.nth(PAGE_SIZE).locator('.name a')).toBeFocused();
		expect(await cardNames(page)).toEqual(
			stays()
				.slice(0, 2 * PAGE_SIZE)
				.map((provider) => provider.name),
		);
	});
});
