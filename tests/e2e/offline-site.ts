/**
 * What the offline tests share: the built site they serve from a copy (tests/tools/static-site.ts,
 * so that the update test can serve a new sw.js), a browser with a profile kept between launches,
 * and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, test as base, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium';
import { SITE_DIR } from '../tools/paths';
import { startStaticSite, type StaticSite } from '../tools/static-site';

/** The built site under test (OFFLINE_SITE_DIR: another build's static folder). */
export const BUILT = process.env['OFFLINE_SITE_DIR'] ?? SITE_DIR;

export const test = base.extend<object, { site: StaticSite }>({
	site: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a test destructures.
		async ({}, use) => {
			const site = await startStaticSite(BUILT);
			await use(site);
			await site.stop();
		},
		{ scope: 'worker' },
	],
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A browser with a profile of its own, kept between launches, as a visitor's phone keeps it. */
export function launchProfile(profile: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_FLAGS,
		serviceWorkers: 'allow',
		viewport: { width: 390, height: 844 },
	});
}

export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
	);
}
