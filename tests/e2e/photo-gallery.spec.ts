/**
 * A member page's photos, in a browser: a site is built with a member whose photos are on a
 * local server (tests/tools/photo-site.ts), then served as a static host serves it. The gallery
 * goes photo by photo with the keyboard and its buttons, saying which photo is shown; the main
 * photo loads first, with high priority; axe finds nothing in either language.
 */
import { expect, test } from '@playwright/test';
import { controlled, goOffline } from '../tools/offline-browser';
import { expectNoAxeViolations } from '../tools/page-checks';
import { startPhotoServer, type PhotoServer } from '../tools/photo-server';
import {
	buildPhotoSite,
	memberPagePath,
	removePhotoSite,
	WITH_PHOTOS,
	type PhotoSite,
} from '../tools/photo-site';
import { startStaticSite, type StaticSite } from '../tools/static-site';

test.describe.configure({ mode: 'serial' });

let photos: PhotoServer;
let site: PhotoSite;
let host: StaticSite;
let path: string;

test.beforeAll(async () => {
	// A whole build of the site: minutes on a busy machine.
	test.setTimeout(600_000);
	photos = await startPhotoServer();
	site = await buildPhotoSite(photos);
	if (site.failed) throw new Error(`The photo site did not build:\n${site.output.slice(-3000)}`);
	host = await startStaticSite(site.client);
	path = memberPagePath(site, WITH_PHOTOS);
});

test.afterAll(async () => {
	await host?.stop();
	await photos?.close();
	removePhotoSite(site);
});

test('the gallery goes photo by photo with the keyboard and says which one is shown', async ({
	page,
}) => {
	await page.goto(`${host.origin}${path}`);
	const gallery = page.getByRole('list', { name: `Photos de ${WITH_PHOTOS}` });
	const items = gallery.getByRole('listitem');
	const status = page.getByText(/^Photo \d sur 3$/);
	await expect(items).toHaveCount(3);
	await expect(status).toHaveText('Photo 1 sur 3');

	await gallery.focus();
	await page.keyboard.press('ArrowRight');
	await expect(status).toHaveText('Photo 2 sur 3');
	await expect(items.nth(1)).toBeInViewport({ ratio: 0.9 });
	await page.keyboard.press('End');
	await expect(status).toHaveText('Photo 3 sur 3');
	await expect(page.getByRole('button', { name: 'Photo suivante' })).toBeDisabled();

	// The buttons, reached by Tab and pressed with Enter.
	const previous = page.getByRole('button', { name: 'Photo précédente' });
	await previous.focus();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText('Photo 2 sur 3');
	await expect(items.nth(1)).toBeInViewport({ ratio: 0.9 });
	await page.keyboard.press('Enter');
	await expect(status).toHaveText('Photo 1 sur 3');
	await expect(previous).toBeDisabled();
});

test('the main photo loads first, with high priority, from the site', async ({ page }) => {
	await page.goto(`${host.origin}${path}`);
	const main = page.getByRole('img', { name: 'La terrasse au soleil couchant' });
	await expect(main).toHaveAttribute('fetchpriority', 'high');
	await expect(main).toHaveJSProperty('complete', true);
	const source = await main.evaluate((image: HTMLImageElement) => image.currentSrc);
	expect(new URL(source).origin).toBe(host.origin);
	expect(source).toMatch(/\.(avif|webp)$/);
	await expect(page.getByText('Photo : © Jeanne Photographe')).toBeVisible();
});

for (const locale of ['fr', 'en'] as const) {
	test(`a member page with photos has no WCAG 2.2 A/AA violation (${locale})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(`${host.origin}${path}`);
		if (locale === 'en') {
			// The English twin, from the page's own alternate link.
			const href = await page.locator('link[rel="alternate"][hreflang^="en"]').getAttribute('href');
			await page.goto(`${host.origin}${new URL(href ?? '', host.origin).pathname}`);
			await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
		}
		await expect(page.locator('picture').first()).toBeVisible();
		await expectNoAxeViolations(page, `${WITH_PHOTOS} (${locale})`);
	});
}

test('the home page’s hero photo is its largest paint, fetched first from the site', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${host.origin}/`);
	const hero = page.locator('.hero picture img');
	await expect(hero).toHaveAttribute('fetchpriority', 'high');
	await expect(hero).toHaveJSProperty('complete', true);
	// The latest candidate of the largest paint (polled: the photo's paint may be reported later).
	const largestPaint = () =>
		page.evaluate(
			() =>
				new Promise<string>((resolve) => {
					new PerformanceObserver((list) => {
						const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element };
						resolve(
							last.element?.closest('.hero .art') ? 'hero photo' : (last.element?.tagName ?? ''),
						);
					}).observe({ type: 'largest-contentful-paint', buffered: true });
				}),
		);
	await expect.poll(largestPaint).toBe('hero photo');
	const source = await hero.evaluate((image: HTMLImageElement) => image.currentSrc);
	expect(new URL(source).origin).toBe(host.origin);
	// The budget of the first screen's largest image on a phone: at most 60 kB.
	const bytes = await page.evaluate(
		(url) =>
			(performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined)
				?.encodedBodySize ?? -1,
		source,
	);
	expect(bytes).toBeGreaterThan(0);
	expect(bytes).toBeLessThanOrEqual(60_000);
	await expectNoAxeViolations(page, 'the home page with its hero photo');
});

test('a photo is stored by the service worker as it is seen, never before', async ({ browser }) => {
	const context = await browser.newContext({
		serviceWorkers: 'allow',
		viewport: { width: 390, height: 844 },
	});
	const page = await context.newPage();
	await page.goto(`${host.origin}${path}`);
	await controlled(page);
	const main = page.getByRole('img', { name: 'La terrasse au soleil couchant' });
	const stored = () =>
		main.evaluate(async (image: HTMLImageElement) => Boolean(await caches.match(image.currentSrc)));
	// Seen before the worker ran: not stored (the precache holds no photo).
	expect(await stored()).toBe(false);
	await page.reload();
	await expect(main).toHaveJSProperty('complete', true);
	await expect.poll(stored).toBe(true);
	await context.close();
});

test('offline, a photo never stored shows the drawing, not a broken image', async ({ browser }) => {
	const context = await browser.newContext({
		serviceWorkers: 'allow',
		viewport: { width: 390, height: 844 },
	});
	// The page is stored, not its photos (they did not arrive, or left the cache since).
	const photos = /\/_astro\/.+\.(?:avif|webp)$/;
	await context.route(photos, (route) => route.abort('internetdisconnected'));
	const page = await context.newPage();
	await page.goto(`${host.origin}${path}`);
	await controlled(page);
	await context.unroute(photos);

	await goOffline(context);
	await page.reload();
	const drawn = page.getByRole('img', { name: 'La terrasse au soleil couchant' });
	await expect(drawn).toHaveJSProperty('complete', true);
	// Drawn (not a broken image, whose width is 0), from the drawing public/photo-offline.svg.
	expect(await drawn.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
	// Its top left corner is the drawing's sky (#f7e6c4), not the photo's green.
	const corner = await drawn.evaluate((image: HTMLImageElement) => {
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth;
		canvas.height = image.naturalHeight;
		const context2d = canvas.getContext('2d')!;
		context2d.drawImage(image, 0, 0);
		return [...context2d.getImageData(1, 1, 1, 1).data.slice(0, 3)];
	});
	expect(corner).toEqual([247, 230, 196]);
	await context.close();
});
