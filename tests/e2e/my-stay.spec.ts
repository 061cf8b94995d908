/**
 * "My stay" as a visitor uses it, in both languages: hearts on a hike, a member and an
 * event; the list grouped on its page (events under their day), on a map, after a reload; the share
 * link rebuilding the list in a fresh browser profile, and asking first when a list is already
 * there; removing; printing; the page and hearts without JavaScript; axe on the page empty and
 * filled. The items are picked from the catalogue the page itself reads.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { StayCatalogue, StayItem } from '../../src/lib/my-stay/catalogue';
import { LOCALES, pathTo, UI, type Locale } from '../tools/site-content';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Picked {
	key: string;
	item: StayItem;
}

/** A hike, a place to stay and an event with a place, from the page's catalogue. */
async function pick(page: Page, locale: Locale): Promise<Picked[]> {
	const response = await page.request.get(pathTo({ route: 'myStayData' }, locale));
	expect(response.ok()).toBe(true);
	const catalogue = (await response.json()) as StayCatalogue;
	const entries = Object.entries(catalogue.items).map(([key, item]) => ({ key, item }));
	const first = (test: (item: StayItem) => boolean) => {
		const found = entries.find(({ item }) => test(item));
		if (!found) throw new Error('The catalogue lacks an item the test needs');
		return found;
	};
	return [
		first((item) => item.k === 'hike'),
		first((item) => item.k === 'accommodation'),
		first((item) => item.k === 'event' && item.g !== undefined && (item.d?.length ?? 0) > 0),
	];
}

const heart = (page: Page, locale: Locale) =>
	page.locator('main stay-toggle.stay-toggle--page').getByRole('button', {
		name: UI[locale]['myStay.toggle'],
	});

async function save(page: Page, locale: Locale, item: StayItem) {
	await page.goto(item.u);
	const button = heart(page, locale);
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
}

async function expectAxeClean(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const report = violations.map(
		(violation) =>
			`${violation.id}: ${violation.help}\n` +
			violation.nodes.map((node) => `  - ${node.target.join(' ')}`).join('\n'),
	);
	expect(report, report.join('\n')).toEqual([]);
}

const listLinks = (page: Page) => page.locator('my-stay [data-list] a');

for (const locale of LOCALES) {
	const ui = UI[locale];
	const myStay = pathTo({ route: 'myStay' }, locale);

	test.describe(`My stay (${locale})`, () => {
		test('hearts fill the list, which survives a reload, groups by kind and day, and maps it', async ({
			page,
		}) => {
			const [hike, stay, event] = await pick(page, locale);
			if (!hike || !stay || !event) throw new Error('unreachable');
			// The header's link appears with the first heart, without moving the header.
			await page.goto(hike.item.u);
			const counter = page.locator('header stay-counter a');
			await expect(counter).toBeHidden();
			const before = await page.locator('header').boundingBox();
			await heart(page, locale).click();
			await expect(counter).toBeVisible();
			await expect(counter).toContainText('1');
			expect(await page.locator('header').boundingBox()).toEqual(before);
			await expect(page.locator('header stay-counter [aria-live]')).toContainText(hike.item.t);

			await save(page, locale, stay.item);
			await save(page, locale, event.item);
			await expect(counter).toContainText('3');

			await counter.click();
			await expect(page).toHaveURL(new RegExp(`${myStay}$`));
			const root = page.locator('my-stay');
			await expect(root).toHaveAttribute('data-state', 'filled');
			await expect(listLinks(page)).toHaveText([stay.item.t, hike.item.t, event.item.t]);
			await expect(page.locator('my-stay [data-list] h2')).toHaveText([
				ui['myStay.kind.accommodation'],
				ui['myStay.kind.hike'],
				ui['myStay.kind.event'],
			]);
			// The event sits under a day heading (<time datetime>) on or after the build's day.
			const day = page.locator('my-stay [data-list] h3 time');
			await expect(day).toHaveCount(1);
			expect(await day.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			for (const { item } of [hike, stay, event]) {
				await expect(page.getByRole('link', { name: item.t, exact: true })).toHaveAttribute(
					'href',
					item.u,
				);
			}
			await expect(page.locator('my-stay [data-list]')).toContainText(stay.item.v);

			await page.reload();
			await expect(listLinks(page)).toHaveText([stay.item.t, hike.item.t, event.item.t]);

			// The map draws the three places once it is in view.
			await page.locator('.map-canvas').scrollIntoViewIfNeeded();
			await expect(page.locator('[data-map-host]')).toHaveAttribute('data-state', 'ready');
			await expectAxeClean(page);

			// On paper: the list, without the map, the share field or the buttons.
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.map-section')).toBeHidden();
			await expect(page.locator('[data-share-link]')).toBeHidden();
			await expect(page.locator('.stay-remove').first()).toBeHidden();
			await expect(listLinks(page).first()).toBeVisible();
		});

		test('the share link rebuilds the list in a fresh profile, asking before touching a list already there', async ({
			page,
			browser,
		}) => {
			const [hike, stay, event] = await pick(page, locale);
			if (!hike || !stay || !event) throw new Error('unreachable');
			await save(page, locale, hike.item);
			await save(page, locale, event.item);
			await page.goto(myStay);
			// Filled once the list is drawn.
			await expect(page.locator('[data-share-link]')).toHaveValue(/#v=1&/);
			const link = await page.locator('[data-share-link]').inputValue();

			// A fresh profile: the list is rebuilt as it was, and kept.
			const fresh = await browser.newContext();
			const other = await fresh.newPage();
			await other.goto(link);
			await expect(listLinks(other)).toHaveText([hike.item.t, event.item.t]);
			await expect(other).toHaveURL(new RegExp(`${myStay}$`));
			await other.reload();
			await expect(listLinks(other)).toHaveText([hike.item.t, event.item.t]);
			await fresh.close();

			// A profile with its own list: nothing changes until the visitor chooses.
			const busy = await browser.newContext();
			const third = await busy.newPage();
			await save(third, locale, stay.item);
			await third.goto(link);
			const question = third.getByRole('heading', { name: ui['myStay.import.title'] });
			await expect(question).toBeVisible();
			await expect(question).toBeFocused();
			await expect(listLinks(third)).toHaveText([stay.item.t]);
			await expectAxeClean(third);
			await third.getByRole('button', { name: ui['myStay.import.merge'] }).click();
			await expect(listLinks(third)).toHaveText([stay.item.t, hike.item.t, event.item.t]);
			await expect(question).toBeHidden();

			// The same link again, replacing this time.
			await third.goto(pathTo({ route: 'home' }, locale));
			await third.goto(link.replace(/&e=[^&]*/, ''));
			await third.getByRole('button', { name: ui['myStay.import.replace'] }).click();
			await expect(listLinks(third)).toHaveText([hike.item.t]);
			await busy.close();
		});

		test('a heart on a list’s card keeps the item, and its page agrees', async ({ page }) => {
			// The list's first page, its first card (the list comes in pages of 24).
			await page.goto(pathTo({ route: 'stay' }, locale));
			const card = page.locator('main .provider-card').first();
			const name = (await card.locator('.name a').textContent())?.trim() ?? '';
			const button = card.getByRole('button', {
				name: ui['myStay.toggleNamed'].replace('{{name}}', name),
			});
			await button.click();
			await expect(button).toHaveAttribute('aria-pressed', 'true');
			await expect(page.locator('header stay-counter a')).toContainText('1');
			await card.locator('.name a').click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
			await expect(heart(page, locale)).toHaveAttribute('aria-pressed', 'true');
		});

		test('clearing the list asks first, and a shared list can be declined', async ({ page }) => {
			const [hike, stay] = await pick(page, locale);
			if (!hike || !stay) throw new Error('unreachable');
			await save(page, locale, hike.item);
			await page.goto(myStay);
			await expect(listLinks(page)).toHaveText([hike.item.t]);

			// A shared list declined: the fragment goes, the list stays as it was.
			await page.goto(pathTo({ route: 'home' }, locale));
			await page.goto(`${myStay}#v=1&p=${stay.key.slice(2)}`);
			await page.getByRole('button', { name: ui['myStay.import.ignore'] }).click();
			await expect(listLinks(page)).toHaveText([hike.item.t]);
			await expect(page).toHaveURL(new RegExp(`${myStay}$`));

			const clear = page.getByRole('button', { name: ui['myStay.clear'] });
			page.once('dialog', (dialog) => void dialog.dismiss());
			await clear.click();
			await expect(listLinks(page)).toHaveText([hike.item.t]);
			page.once('dialog', (dialog) => void dialog.accept());
			await clear.click();
			await expect(page.locator('my-stay')).toHaveAttribute('data-state', 'empty');
			await expect(page.getByRole('heading', { name: ui['myStay.empty.title'] })).toBeFocused();
			await page.reload();
			await expect(page.locator('my-stay')).toHaveAttribute('data-state', 'empty');
		});

		test('removing an item, then the last one, leaves a clear empty page', async ({ page }) => {
			const [hike, stay] = await pick(page, locale);
			if (!hike || !stay) throw new Error('unreachable');
			await page.goto(myStay);
			await expect(page.locator('my-stay')).toHaveAttribute('data-state', 'empty');
			await expect(page.getByRole('heading', { name: ui['myStay.empty.title'] })).toBeVisible();
			await expectAxeClean(page);

			await save(page, locale, hike.item);
			await save(page, locale, stay.item);
			await page.goto(myStay);
			await page
				.getByRole('button', { name: ui['myStay.removeNamed'].replace('{{name}}', hike.item.t) })
				.click();
			await expect(listLinks(page)).toHaveText([stay.item.t]);
			// Focus stays in the list, on the next item's button.
			await expect(page.locator('.stay-remove')).toBeFocused();
			await page.reload();
			await expect(listLinks(page)).toHaveText([stay.item.t]);

			// The heart on the member's page agrees.
			await page.goto(stay.item.u);
			await heart(page, locale).click();
			await expect(heart(page, locale)).toHaveAttribute('aria-pressed', 'false');
			await page.goto(myStay);
			await expect(page.locator('my-stay')).toHaveAttribute('data-state', 'empty');
			await expect(page.locator('header stay-counter a')).toBeHidden();
		});
	});

	test.describe(`My stay without JavaScript (${locale})`, () => {
		test.use({ javaScriptEnabled: false });

		test('the page says the list needs JavaScript, and no heart is shown', async ({ page }) => {
			await page.goto(myStay);
			await expect(page.getByText(ui['myStay.noScript'])).toBeVisible();
			await expect(page.locator('my-stay [data-empty]')).toBeHidden();
			await page.goto(pathTo({ route: 'hikes' }, locale));
			await expect(page.locator('stay-toggle').first()).toBeHidden();
		});
	});
}
