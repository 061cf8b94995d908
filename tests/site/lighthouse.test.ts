/**
 * Lighthouse gate on the example page of every template marked `lighthouse: true` in
 * tests/tools/templates.ts, in French and in English, mobile settings: accessibility, best
 * practices and SEO at 100. These audit what the page is, and do not vary between runs.
 *
 * Performance is not gated here: its score follows the machine's load (on a busy 2-core machine
 * the same page scores 92 one run and 100 the next), so a gate on it would block a change at
 * random. `npm run bench` measures it (tests/bench/report.ts, target 95 on every template), and
 * the deterministic causes of a slow page are gated instead: bytes, images and requests per
 * template (tests/site/page-budgets-gate.test.ts). A category that fails is measured once more
 * (tests/tools/lighthouse.ts, medianOfThree) before it fails the gate. One Chromium serves every run. Requests to other servers (map tiles) are blocked and cost nothing. The site is
 * served by `astro preview` (its on-demand form pages included) behind a proxy that gzips text as
 * the production host does (tests/tools/compressing-proxy.ts).
 *
 * The site is built with its production URL (https://www.cevennes-montlozere.com), so canonical
 * and hreflang links point to another origin than the 127.0.0.1 server measured here. Lighthouse
 * does not penalise that: its canonical audit only flags a canonical that is invalid, relative,
 * conflicting, pointing to another hreflang alternate of the tested URL or to the root of the
 * tested origin. We therefore measure exactly what ships, without a SITE_URL rebuild.
 * @see https://github.com/GoogleChrome/lighthouse/blob/main/core/audits/seo/canonical.js
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales';
import { builtPages } from '../tools/built-site';
import { startCompressingProxy, type Proxy } from '../tools/compressing-proxy';
import {
	CATEGORIES,
	GATED_SCORES,
	launchLighthouseBrowser,
	medianOfThree,
	type LighthouseBrowser,
} from '../tools/lighthouse';
import { startPreviewServer, type PreviewServer } from '../tools/preview-server';
import { examplePath, TEMPLATES } from '../tools/templates';

/** Its own port, so that it never meets the end-to-end tests' server on 4321. */
const PORT = 4322;

const builtPaths = builtPages().map((page) => page.path);
const PAGES = TEMPLATES.filter((template) => template.lighthouse).flatMap((template) =>
	LOCALES.map((locale) => ({
		name: template.name,
		path: examplePath(template, locale, builtPaths),
		// A page kept out of search engines on purpose fails the SEO category by design.
		required: template.noindex
			? Object.fromEntries(Object.entries(GATED_SCORES).filter(([id]) => id !== 'seo'))
			: GATED_SCORES,
	})),
);

describe('Lighthouse', () => {
	let server: PreviewServer;
	let proxy: Proxy;
	let browser: LighthouseBrowser;
	// Starting the server (the Node adapter's entry) can take well over 10 s on a busy 2-core machine.
	beforeAll(async () => {
		server = await startPreviewServer(PORT);
		proxy = await startCompressingProxy(server.origin);
		browser = await launchLighthouseBrowser();
	}, 120_000);
	afterAll(async () => {
		await browser?.close();
		await proxy?.stop();
		await server?.stop();
	});

	it.each(PAGES)(
		'$path ($name) scores accessibility, best practices and SEO 100',
		async ({ path, required }) => {
			const { medians, runs } = await medianOfThree(browser, `${proxy.origin}${path}`, required);
			console.log(
				`Lighthouse ${path}: ${Object.keys(required)
					.map((id) => `${id} ${medians[id]}`)
					.join(', ')}` +
					` (runs: ${runs.map((run) => CATEGORIES.map((id) => run.scores[id] ?? '·').join('/')).join(', ')})`,
			);
			const shortfalls = Object.keys(required)
				.filter((id) => (medians[id] ?? 0) < (required[id] ?? 100))
				.map(
					(id) =>
						`${id}: median ${medians[id]} < ${required[id]}; audits losing points: ` +
						[...new Set(runs.flatMap((run) => run.failing[id] ?? []))].join(', ') +
						(id === 'performance'
							? `; metrics: ${JSON.stringify(runs.map((run) => run.metrics))}`
							: ''),
				);
			expect(shortfalls, `\n${path}\n${shortfalls.join('\n')}`).toEqual([]);
		},
		120_000,
	);
});
