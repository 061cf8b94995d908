/**
 * Screenshots of every template (tests/tools/templates.ts: one example page each) at a phone's
 * size (390 × 844) and a desktop's (1366 × 900) in French, and at a phone's in English, written
 * to reports/screens/ (not committed) so that a reviewer sees every page without running anything:
 * its first three screens, maps drawn.
 * Each must have rendered: status 200 and its main landmark visible. Nothing leaves the machine:
 * maps draw their own background, as without tiles (tests/e2e/map-without-tiles.spec.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from '../tools/built-site';
import { ROOT } from '../tools/paths';
import { examplePath, TEMPLATES } from '../tools/templates';

const OUT = join(ROOT, 'reports', 'screens');
/** French at both sizes, English on a phone: every template's text in both, within about 2 minutes. */
const SHOTS = [
	{ locale: 'fr', name: 'phone', width: 390, height: 844 },
	{ locale: 'fr', name: 'desktop', width: 1366, height: 900 },
	{ locale: 'en', name: 'phone', width: 390, height: 844 },
] as const;
/** The first three screens of a page (the agenda is tens of thousands of pixels), not all of it. */
const SCREENS = 3;

const builtPaths = builtPages().map((page) => page.path);
const slug = (name: string) =>
	name
		.normalize('NFD')
		.replace(/[^\w]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase();

mkdirSync(OUT, { recursive: true });

for (const [index, template] of TEMPLATES.entries()) {
	test(`${template.name}: renders (French at both sizes, English on a phone) and is photographed`, async ({
		page,
	}) => {
		test.setTimeout(90_000);
		await page.route(
			(url) => url.hostname !== '127.0.0.1',
			(route) => route.abort(),
		);
		for (const shot of SHOTS) {
			const path = examplePath(template, shot.locale, builtPaths);
			await page.setViewportSize({ width: shot.width, height: shot.height });
			const response = await page.goto(path);
			// The not-found page is served as a file here; a host answers it with 404.
			expect(response?.status(), path).toBe(200);
			await expect(page.getByRole('main'), `${path}: its main landmark`).toBeVisible();
			// Maps load when scrolled to: each is brought into view and photographed drawn, on
			// its own background (tiles are refused here).
			for (const map of await page.locator('place-map').all()) {
				if (!(await map.isVisible())) continue;
				await map.scrollIntoViewIfNeeded();
				await expect(map).toHaveAttribute('data-state', /^(ready|error)$/);
				await expect(map).toHaveAttribute('data-base', 'vector');
			}
			await page.evaluate(() => window.scrollTo(0, 0));
			await page.evaluate(() => document.fonts.ready);
			const height = await page.evaluate(() => document.documentElement.scrollHeight);
			await page.screenshot({
				path: join(
					OUT,
					`${String(index + 1).padStart(2, '0')}-${slug(template.name)}-${shot.locale}-${shot.name}.png`,
				),
				fullPage: true,
				clip: { x: 0, y: 0, width: shot.width, height: Math.min(height, SCREENS * shot.height) },
			});
		}
	});
}
