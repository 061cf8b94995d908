/**
 * The security headers of every response: a Content-Security-Policy, no framing, no MIME
 * sniffing, a referrer policy. One definition, applied in three places: the middleware
 * (src/middleware.ts: the pages and endpoints rendered on demand, wherever they run), the Node
 * server (scripts/serve.ts: every static file, from `dist/server/security-headers.json`), and
 * Netlify's `_headers` file; both files are written by the build
 * (src/integrations/security-headers.ts).
 *
 * The policy allows scripts from the site itself and, inline, exactly the scripts the site writes
 * inline — Astro's island loader and client directives, and the service worker's registration —
 * by their SHA-256 hashes, computed here from the same text that is written into the pages (a
 * site test checks every inline script of every built page against the list). Styles may be
 * inline (Astro inlines small stylesheets); images, and the requests of the "save for offline"
 * button, may also come from the map's tile servers; Pagefind compiles its WebAssembly
 * (`'wasm-unsafe-eval'`).
 */
import { createHash } from 'node:crypto';
import islandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import idleDirective from 'astro/runtime/client/idle.prebuilt.js';
import loadDirective from 'astro/runtime/client/load.prebuilt.js';
import mediaDirective from 'astro/runtime/client/media.prebuilt.js';
import onlyDirective from 'astro/runtime/client/only.prebuilt.js';
import visibleDirective from 'astro/runtime/client/visible.prebuilt.js';
import { IGN_PLAN, OPENSTREETMAP, OPENTOPOMAP, type TileSource } from '../map/config.ts';
import { SERVICE_WORKER_REGISTRATION } from '../offline/registration.ts';

/** Every script a page of the site may carry inline. */
export const INLINE_SCRIPTS: readonly string[] = [
	islandScript,
	idleDirective,
	loadDirective,
	mediaDirective,
	onlyDirective,
	visibleDirective,
	SERVICE_WORKER_REGISTRATION,
];

/** A CSP hash source for an inline script's text. */
export const scriptHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The origin (with a wildcard for `{s}` subdomains) a tile source's URL template points at. */
export function tileOrigin(source: TileSource): string {
	const url = new URL(source.url.replace('{s}', 'subdomain'));
	return source.url.includes('{s}')
		? `${url.protocol}//*.${url.host.split('.').slice(1).join('.')}`
		: url.origin;
}

const TILE_ORIGINS = [OPENSTREETMAP, IGN_PLAN, OPENTOPOMAP].map(tileOrigin);

const policy = (directives: Record<string, readonly string[]>) =>
	Object.entries(directives)
		.map(([name, sources]) => [name, ...sources].join(' '))
		.join('; ');

/** The Content-Security-Policy of the public site. */
export const SITE_CSP = policy({
	'default-src': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'", ...INLINE_SCRIPTS.map(scriptHash)],
	'style-src': ["'self'", "'unsafe-inline'"],
	'img-src': ["'self'", 'data:', 'blob:', ...TILE_ORIGINS],
	'connect-src': ["'self'", ...TILE_ORIGINS],
	'font-src': ["'self'"],
	'worker-src': ["'self'"],
	'manifest-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
});

/** The staff back office's: its pages carry no script of their own, and load nothing from elsewhere. */
export const STAFF_CSP = policy({
	'default-src': ["'self'"],
	'script-src': ["'self'", ...INLINE_SCRIPTS.map(scriptHash)],
	'style-src': ["'self'", "'unsafe-inline'"],
	'img-src': ["'self'", 'data:'],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
});

const COMMON: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// "Around me" on the map asks for the position; nothing else uses a device feature.
	'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
};

/** Headers of every public response (pages, files, the forms' endpoints). */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
	...COMMON,
	'Content-Security-Policy': SITE_CSP,
};

/** Headers of every staff response (the middleware adds its no-cache and noindex ones). */
export const STAFF_SECURITY_HEADERS: Readonly<Record<string, string>> = {
	...COMMON,
	'Content-Security-Policy': STAFF_CSP,
	'Referrer-Policy': 'same-origin',
};

/** The headers for a response to `pathname`. */
export const securityHeadersFor = (pathname: string) =>
	pathname === '/staff' || pathname.startsWith('/staff/') ? STAFF_SECURITY_HEADERS : SITE_HEADERS;

/**
 * The `_headers` file of a static host (Netlify): every static file gets the site's headers. The
 * back office and the forms are answered by the function, whose middleware sets their headers.
 */
export function headersFile(): string {
	return `/*\n${Object.entries(SITE_HEADERS)
		.map(([name, value]) => `  ${name}: ${value}`)
		.join('\n')}\n`;
}
