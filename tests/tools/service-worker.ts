/**
 * The one inline script every built page carries: the service worker's registration
 * (src/components/layout/ServiceWorker.astro, under 1 kB gzipped, budgeted by tests/e2e/offline.spec.ts).
 * Tests that count a page's own JavaScript leave it out with this.
 */
export function isServiceWorkerRegistration(scriptText: string): boolean {
	return scriptText.includes("register('/sw.js')");
}
