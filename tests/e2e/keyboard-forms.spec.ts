/**
 * Keyboard and screen-reader journeys through the lists and forms, in both languages, on a wide
 * screen and a phone: the filters' reset, the cards' tab order, the hike's offline save, the
 * forms' error summary. The maps' journeys are in keyboard-journeys.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, pathTo, UI } from '../tools/site-content';
import { check, expectFocused, localOnly, messagePattern, VIEWPORTS } from './keyboard';

/**
 * Records every change of text in the page's status regions, from the first byte, and whether
 * it wrote the text the region already had (which a screen reader announces again).
 */
async function watchStatusRegions(page: Page) {
	await page.addInitScript(() => {
		const writes: { text: string; same: boolean }[] = [];
		const last = new Map<Element, string>();
		(window as unknown as { statusWrites: typeof writes }).statusWrites = writes;
		new MutationObserver((records) => {
			for (const record of records) {
				const node = record.target;
				const element = (node instanceof Element ? node : node.parentElement)?.closest(
					'[role="status"]',
				);
				if (!element) continue;
				const text = element.textContent ?? '';
				const previous = last.get(element);
				// Several records of one write arrive together: they count once.
				if (record !== records.find((other) => other.target === node)) continue;
				writes.push({ text, same: previous === text && text !== '' });
				last.set(element, text);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	return () =>
		page.evaluate(
			() => (window as unknown as { statusWrites: { text: string; same: boolean }[] }).statusWrites,
		);
}

for (const locale of LOCALES) {
	const t = UI[locale];
	for (const viewport of VIEWPORTS) {
		test.describe(`keyboard journeys (${locale}, ${viewport.name})`, () => {
			test.use({ viewport: { width: viewport.width, height: viewport.height } });

			test('filters: the reset keeps focus on the filters, the count is announced once', async ({
				page,
			}) => {
				// Two heavy pages (the agenda, 4,500 elements, then the search): on CI, beside the other
				// track's builds, the first try of this test once ran past the default 60 s.
				test.setTimeout(120_000);
				const writes = await watchStatusRegions(page);
				await page.goto(pathTo({ route: 'events' }, locale));
				const filters = page.locator('details.facet-filters');
				const heading = filters.locator('summary');
				await expect(heading).toBeVisible();
				if (!(await filters.evaluate((element) => (element as HTMLDetailsElement).open))) {
					await heading.focus();
					await page.keyboard.press('Enter');
				}
				const box = filters.getByRole('checkbox').first();
				await box.focus();
				await page.keyboard.press('Space');
				await expect(box).toBeChecked();
				const reset = filters.getByRole('button', { name: t['events.reset'] });
				await expect(reset).toBeEnabled();
				await reset.focus();
				await page.keyboard.press('Enter');
				await expect(box).not.toBeChecked();
				await expect(reset).toBeDisabled();
				await expectFocused(heading, 'the filters’ heading after the reset');
				const repeated = (await writes()).filter((write) => write.same);
				check(repeated, 'status regions rewritten with the same text').toEqual([]);

				await page.goto(pathTo({ route: 'search' }, locale));
				const search = page.locator('details.search-filters');
				const searchHeading = search.locator('summary');
				await expect(searchHeading).toBeVisible();
				if (!(await search.evaluate((element) => (element as HTMLDetailsElement).open))) {
					await searchHeading.focus();
					await page.keyboard.press('Enter');
				}
				const kind = search.getByRole('checkbox').first();
				await kind.focus();
				await page.keyboard.press('Space');
				await expect(page.locator('.search-status')).not.toBeEmpty();
				const searchReset = search.getByRole('button', { name: t['search.reset'] });
				await searchReset.focus();
				await page.keyboard.press('Enter');
				await expect(searchReset).toHaveCount(0);
				await expectFocused(searchHeading, 'the filters’ heading after the reset');
			});

			test('cards: the title comes before the heart in the tab order', async ({ page }) => {
				for (const route of ['hikes', 'stay'] as const) {
					await page.goto(pathTo({ route }, locale));
					const card = page.locator('main article.card').first();
					await expect(card.locator('stay-toggle')).toHaveAttribute('data-ready', '');
					const title = card.getByRole('heading').getByRole('link');
					await title.focus();
					await page.keyboard.press('Tab');
					const heart = card.getByRole('button', {
						name: t['myStay.toggleNamed'].replace('{{name}}', (await title.textContent()) ?? ''),
					});
					await expect(heart).toHaveAttribute('aria-pressed', 'false');
					await expectFocused(heart, 'Tab from a card’s title: its heart');
				}
			});

			test('hike page: saving for offline asks a named question, Escape cancels, focus stays', async ({
				page,
			}) => {
				test.setTimeout(120_000);
				await localOnly(page);
				// A surveyed GR70 stage: drawn sample hikes offer no offline copy.
				await page.goto(
					pathTo({ route: 'hike', id: 'gr70-le-bleymard-le-pont-de-montvert' }, locale),
				);
				// Its name changes once saved ("save again"): found by its place, named here.
				const save = page.locator('offline-save [data-save]');
				await expect(save).toHaveAccessibleName(t['offlineSave.save']);
				await save.focus();
				await page.keyboard.press('Enter');
				const question = page.locator('[data-confirm-text]');
				await expect(question).toHaveText(/\d/);
				const questionText = (await question.textContent()) ?? '';
				const go = page.getByRole('button', { name: t['offlineSave.confirmButton'], exact: true });
				await expectFocused(go, 'the confirmation button');
				await check(go).toHaveAccessibleDescription(questionText);
				await check(page.getByRole('group', { name: questionText })).toBeVisible();

				await page.keyboard.press('Escape');
				await check(go).toBeHidden();
				await expectFocused(save, 'Escape: back on "save"');

				await page.keyboard.press('Enter');
				await expectFocused(go);
				await page.keyboard.press('Enter');
				await expectFocused(save, 'while saving: still on "save"');
				const status = page.locator('offline-save [role="status"]');
				await check(status).toHaveText(messagePattern(t['offlineSave.done']), {
					timeout: 90_000,
				});
				await expectFocused(save, 'once saved: still on "save"');
			});

			test('forms: an error summary link shows its field with its label', async ({ page }) => {
				// Scrolling is instant, as for visitors who ask for less motion: where it ends is read at once.
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await page.goto(pathTo({ route: 'suggestion' }, locale));
				const send = page.locator('[data-send]');
				await send.focus();
				await page.keyboard.press('Enter');
				const box = page.locator('[data-form-problem]');
				await expectFocused(box, 'the error summary after sending');
				const links = page.locator('[data-summary] a');
				await expect(links.first()).toBeVisible();
				const count = await links.count();
				for (let index = 0; index < count; index++) {
					const link = links.nth(index);
					const id = ((await link.getAttribute('href')) ?? '').slice(1);
					await link.focus();
					await page.keyboard.press('Enter');
					const field = page.locator(`[id="${id}"]`);
					await expectFocused(field, `the field of "${await link.textContent()}"`);
					const label = page
						.locator('[data-field]', { has: field })
						.locator(':is(label, legend)')
						.first();
					const top = await label.evaluate((element) => element.getBoundingClientRect().top);
					check(top, `the label of #${id} is in view`).toBeGreaterThanOrEqual(0);
				}
			});
		});
	}
}
