/**
 * The service worker's registration: the few lines written inline in every built page
 * (src/components/layout/ServiceWorker.astro). Kept here as text so that the Content-Security-
 * Policy (src/lib/http/security-headers.ts) allows exactly this script by its hash.
 *
 * A new build's worker installs beside the old one and waits; at the visitor's next click on a
 * link of the site it takes over before that page loads, so a page is always drawn from one
 * build's files (src/service-worker/sw.ts).
 */
export const SERVICE_WORKER_REGISTRATION = `
if ('serviceWorker' in navigator) {
	addEventListener('load', () => {
		const sw = navigator.serviceWorker;
		sw.register('/sw.js').then(
			(registration) => {
				if (!registration) return;
				let waiting = sw.controller && registration.waiting;
				registration.addEventListener('updatefound', () => {
					const worker = registration.installing;
					worker.addEventListener('statechange', () => {
						if (worker.state === 'installed' && sw.controller) waiting = worker;
					});
				});
				document.addEventListener('click', (event) => {
					const link = event.target.closest && event.target.closest('a[href]');
					if (!waiting || !link || event.defaultPrevented || event.button) return;
					if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
					if (link.origin !== location.origin || link.target || link.hasAttribute('download'))
						return;
					event.preventDefault();
					const go = () => location.assign(link.href);
					sw.addEventListener('controllerchange', go, { once: true });
					setTimeout(go, 3000);
					waiting.postMessage({ type: 'SKIP_WAITING' });
					waiting = null;
				});
			},
			() => {},
		);
	});
}
`;
