/**
 * A drawn (sample) hike is no navigation data: its page offers no GPX or KML download and no
 * "save for offline", says why, and its files are not built; a surveyed GR70 stage offers them.
 */
import { expect, test } from '@playwright/test';
import { pathTo } from '../tools/site-content';

const DRAWN = 'serres-de-gabriac';
const SURVEYED = 'gr70-le-bleymard-le-pont-de-montvert';

for (const locale of ['fr', 'en'] as const) {
	test(`${locale}: a drawn hike offers no download and no offline copy, and says why`, async ({
		page,
	}) => {
		await page.goto(pathTo({ route: 'hike', id: DRAWN }, locale));
		const main = page.getByRole('main');
		await expect(main.locator('a[data-download]')).toHaveCount(0);
		await expect(main.locator('[data-save]')).toHaveCount(0);
		await expect(main.locator('.sample-mark-note')).toContainText(
			locale === 'fr' ? 'ne doit pas servir à s’orienter' : 'must not be used to find your way',
		);
		for (const route of ['hikeGpx', 'hikeKml'] as const) {
			const response = await page.request.get(pathTo({ route, id: DRAWN }, locale));
			expect(response.status(), route).toBe(404);
		}
	});
}

test('a surveyed stage still offers GPX, KML and the offline copy', async ({ page }) => {
	await page.goto(pathTo({ route: 'hike', id: SURVEYED }, 'fr'));
	await expect(page.locator('main a[data-download]')).toHaveCount(2);
	await expect(page.locator('main [data-save]')).toHaveCount(1);
});
