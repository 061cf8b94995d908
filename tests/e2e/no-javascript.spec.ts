import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { isServiceWorkerRegistration } from '../tools/service-worker';
import { gzipSync } from 'node:zlib';
import { LOCALES, pathTo, UI } from '../tools/site-content';

/** The header menu's script (src/components/layout/header-menu.ts), on every page. */
const HEADER_MENU = /\/_astro\/Header\.astro_astro_type_script[^/]*\.js$/;

for (const locale of LOCALES) {
	const path = pathTo({ route: 'home' }, locale);

	test(`${path} ships no JavaScript but the service worker’s registration, the header menu’s 1 kB, and JSON-LD data`, async ({
		page,
		request,
	}) => {
		const html = await (await request.get(path)).text();
		const scripts = parse(html)
			.querySelectorAll('script')
			.filter((script) => script.getAttribute('type') !== 'application/ld+json')
			.filter((script) => !isServiceWorkerRegistration(script.text))
			.filter((script) => !HEADER_MENU.test(script.getAttribute('src') ?? ''))
			.map((script) => script.outerHTML.slice(0, 120));
		expect(scripts, `\n${scripts.join('\n')}`).toEqual([]);

		const loaded: { url: string; bytes: number }[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script')
				loaded.push({ url: response.url(), bytes: gzipSync(await response.body()).byteLength });
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(loaded.map((script) => new URL(script.url).pathname)).toEqual([
			expect.stringMatching(HEADER_MENU),
		]);
		expect(loaded[0]?.bytes).toBeLessThanOrEqual(1000);
	});

	test(`${path}: without JavaScript the phone menu opens and lists every section`, async ({
		browser,
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 390, height: 844 },
		});
		const page = await context.newPage();
		await page.goto(path);
		const menu = page.locator('[data-header-menu]');
		await menu.locator('summary').click();
		await expect(menu).toHaveAttribute('open', '');
		await expect(menu.getByRole('link', { name: UI[locale]['nav.practical'] })).toBeVisible();
		await expect(menu.getByRole('searchbox')).toBeVisible();
		await context.close();
	});
}
