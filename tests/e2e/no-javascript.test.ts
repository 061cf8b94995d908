import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { isServiceWorkerRegistration } from '../tools/service-worker';
import { LOCALES, pathTo } from '../tools/site-content';

for (const locale of LOCALES) {
	const path = pathTo({ route: 'home' }, locale);

	test(`${path} ships no JavaScript but the service worker’s registration, and JSON-LD data`, async ({
		page,
		request,
	}) => {
		const html = await (await request.get(path)).text();
		const scripts = parse(html)
			.querySelectorAll('script')
			.filter((script) => script.getAttribute('type') !== 'application/ld+json')
			.filter((script) => !isServiceWorkerRegistration(script.text))
			.map((script) => script.outerHTML.slice(0, 120));
		expect(scripts, `\n${scripts.join('\n')}`).toEqual([]);

		const loaded: string[] = [];
		page.on('request', (sent) => {
			if (sent.resourceType() === 'script') loaded.push(sent.url());
		});
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(loaded).toEqual([]);
	});
}
