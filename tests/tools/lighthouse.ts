/**
 * Lighthouse in Debian's Chromium, mobile settings (Lighthouse's default form factor and simulated
 * throttling), for the Lighthouse gate (tests/site/lighthouse.test.ts) and `npm run bench`.
 *
 * One Chromium serves every run (Lighthouse connects to it by its debugging `port` and opens a
 * fresh tab each time, with the cache and storage cleared), which saves a browser start per run.
 * Requests to any https:// URL are blocked: the site under test is served from
 * http://127.0.0.1, so those are other servers (map tiles; nothing else is expected), and a blocked
 * request costs no time and no points.
 *
 * Runs under Node directly too (bench): erasable syntax only.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

/** Scores the gate requires, by Lighthouse category. */
export const REQUIRED_SCORES: Record<string, number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
};
export const CATEGORIES = Object.keys(REQUIRED_SCORES);

/**
 * What the gate requires (tests/site/lighthouse.test.ts): every category but performance, whose
 * score follows the machine's load and is measured by `npm run bench` instead.
 */
export const GATED_SCORES: Record<string, number> = Object.fromEntries(
	Object.entries(REQUIRED_SCORES).filter(([id]) => id !== 'performance'),
);

/** Everything but the site under test (http://127.0.0.1): map tiles and any third party. */
export const BLOCKED_URL_PATTERNS = ['https://*'];

export interface LighthouseRun {
	/** 0–100 by category. */
	scores: Record<string, number>;
	/** Audits that lost points, by category: "render-blocking-resources (0.5)". */
	failing: Record<string, string[]>;
	/** Key metrics in ms (LCP, TBT, FCP) and CLS, for diagnosis. */
	metrics: Record<string, number>;
}

export interface LighthouseBrowser {
	run(url: string, categories?: string[]): Promise<LighthouseRun>;
	close(): Promise<void>;
}

/**
 * Lighthouse's defaults, but with shorter waits after load (1 s each by default): with simulated
 * throttling the scores come from the trace, and a quarter of a second of quiet still catches the
 * islands that start once the browser is idle (and the layout shifts they cause: the agenda's
 * showed). No full-page screenshot. About 2.5 s saved per run.
 */
const QUICK_CONFIG = {
	extends: 'lighthouse:default',
	settings: {
		pauseAfterFcpMs: 250,
		pauseAfterLoadMs: 250,
		networkQuietThresholdMs: 250,
		cpuQuietThresholdMs: 250,
		disableFullPageScreenshot: true,
	},
} as const;

const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
];

/** Starts one headless Chromium for many Lighthouse runs. */
export async function launchLighthouseBrowser(): Promise<LighthouseBrowser> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
	});
	return {
		async run(url, categories = CATEGORIES) {
			const result = await lighthouse(
				url,
				{
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: categories,
					blockedUrlPatterns: BLOCKED_URL_PATTERNS,
				},
				QUICK_CONFIG,
			);
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			const { lhr } = result;
			if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
			const scores: Record<string, number> = {};
			const failing: Record<string, string[]> = {};
			for (const id of categories) {
				const category = lhr.categories[id];
				scores[id] = Math.round((category?.score ?? 0) * 100);
				failing[id] = (category?.auditRefs ?? [])
					.filter((ref) => ref.weight > 0)
					.map((ref) => lhr.audits[ref.id])
					.filter((audit) => audit && audit.score !== null && audit.score < 1)
					.map((audit) => `${audit?.id} (${audit?.score})`);
			}
			const metrics = Object.fromEntries(
				METRICS.flatMap((id) => {
					const value = lhr.audits[id]?.numericValue;
					return value === undefined ? [] : [[id, Math.round(value * 1000) / 1000]];
				}),
			);
			return { scores, failing, metrics };
		},
		close() {
			chrome.kill();
			return Promise.resolve();
		},
	};
}

/**
 * "Median of three", cheaply. With three runs the median passes exactly when at least two runs
 * pass, so: two runs, and a third only when the first two disagree about pass or fail. Only
 * performance varies from run to run (it is timed); accessibility, best practices and SEO audit
 * the page's markup and headers, which are the same each time, so they are measured again only
 * when the first run fails them. A category's figure is the median of its runs (of two: the
 * lower, so that a pass is never rounded up; of one: that run).
 */
export async function medianOfThree(
	browser: LighthouseBrowser,
	url: string,
	required: Record<string, number> = REQUIRED_SCORES,
): Promise<{ medians: Record<string, number>; runs: LighthouseRun[] }> {
	const categories = Object.keys(required);
	const passes = (run: LighthouseRun, id: string) => (run.scores[id] ?? 0) >= (required[id] ?? 100);
	const first = await browser.run(url, categories);
	const again = categories.filter((id) => id === 'performance' || !passes(first, id));
	const runs = [first];
	if (again.length > 0) {
		const second = await browser.run(url, again);
		runs.push(second);
		const undecided = again.filter((id) => passes(first, id) !== passes(second, id));
		if (undecided.length > 0) runs.push(await browser.run(url, undecided));
	}
	const medians = Object.fromEntries(
		categories.map((id) => {
			const values = runs
				.flatMap((run) => (id in run.scores ? [run.scores[id] ?? 0] : []))
				.sort((a, b) => a - b);
			return [id, values.length === 3 ? (values[1] ?? 0) : (values[0] ?? 0)];
		}),
	);
	return { medians, runs };
}
