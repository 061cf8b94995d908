import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tests/tools/chromium';

/**
 * The built site (`npm run build` first) is served here for the end-to-end tests: its static
 * pages and its on-demand routes (the feedback forms), as `npm start` serves them.
 */
// E2E_PORT: another port, when 4321 is taken (another checkout's tests, a developer's preview).
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env['CI'],
	fullyParallel: true,
	workers: 2,
	// On CI, a test that fails once is run again: CI's summary lists it as flaky by name
	// (tests/tools/ci-summary.ts), so that it is looked at, while a machine's passing load does not
	// stop everything. A test that fails twice fails.
	retries: process.env['CI'] ? 1 : 0,
	// Generous limits: a 2-core machine shared with other work runs a page's axe check in 5–15 s.
	// They only bound a hung test; a passing one is as fast as before.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: 'list',
	// Three runs, each its own step of `npm test` and CI (each within CI's per-step limit):
	// the journeys; the screenshots of every template written to reports/screens/; the member
	// photos, whose spec builds a site of its own against a local photo server.
	projects: [
		{ name: 'e2e', testIgnore: [/screenshots\.spec\.ts$/, /photo-gallery\.spec\.ts$/] },
		{ name: 'screens', testMatch: /screenshots\.spec\.ts$/ },
		{ name: 'photos', testMatch: /photo-gallery\.spec\.ts$/ },
	],
	use: {
		baseURL,
		browserName: 'chromium',
		// Debian's Chromium: no browser is downloaded (`npx playwright install` is never run).
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
		trace: 'retain-on-failure',
		// Built pages register a service worker, which would answer requests that page.route()
		// then never sees (the tests that block and count map tiles). Only the offline tests
		// (tests/e2e/offline.spec.ts and offline-hikes.spec.ts) let it run.
		serviceWorkers: 'block',
	},
	webServer: {
		// --ignore-lock: astro preview otherwise refuses to start while another preview of this
		// project runs (a developer's, or the Lighthouse gate's).
		command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
		url: baseURL,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
		// The feedback function stores into a throwaway SQLite file; tests fill forms faster than
		// people do and send many from one address.
		env: {
			SQLITE_PATH: join(tmpdir(), `cevennes-e2e-${process.pid}`, 'feedback.sqlite'),
			FEEDBACK_MIN_FILL_SECONDS: '0',
			FEEDBACK_RATE_LIMIT: '10000',
			FEEDBACK_OUTBOX_INTERVAL_SECONDS: '0',
		},
	},
});
