/**
 * Offline use in a browser, for the e2e tests: waiting until the service worker controls a page
 * and has stored it, and cutting the network for the page and for the worker.
 */
import { expect, type BrowserContext, type Page, type Route } from '@playwright/test';

/** Resolves once the service worker controls the page and has stored it. */
export async function controlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const container = navigator.serviceWorker;
		await container.ready;
		if (!container.controller) {
			await new Promise((resolve) =>
				container.addEventListener('controllerchange', resolve, { once: true }),
			);
		}
	});
	// The worker keeps the page that installed it (its activate step): wait until it has.
	await expect
		.poll(() =>
			page.evaluate(async () => Boolean(await caches.match(location.href, { ignoreSearch: true }))),
		)
		.toBe(true);
}

/**
 * No network, for the page and for the service worker (Chromium's offline emulation does not
 * reach a worker's own requests, so those are refused by routing too).
 */
export async function goOffline(
	context: BrowserContext,
): Promise<{ refused: string[]; backOnline: () => Promise<void> }> {
	const refused: string[] = [];
	const refuse = (route: Route) => {
		refused.push(route.request().url());
		return route.abort('internetdisconnected');
	};
	await context.setOffline(true);
	await context.route('**/*', refuse);
	return {
		refused,
		backOnline: async () => {
			await context.unroute('**/*', refuse);
			await context.setOffline(false);
		},
	};
}
