// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import netlify from '@astrojs/netlify';
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { ROUTES } from './src/lib/i18n/routes.ts';
import { ON_DEMAND_ROUTES } from './src/lib/i18n/route-pages.ts';
import { routes } from './src/integrations/routes.ts';
import { SEARCH_INDEX_FOLDER, searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { staleOutput } from './src/integrations/stale-output.ts';
import { sampleDataMode } from './src/lib/content/sample-data.ts';
import { MAX_FORM_BYTES } from './src/lib/http/body.ts';
import { unfilledSettingsWarning } from './src/integrations/unfilled-settings.ts';

/** The public address of the site: canonical URLs, hreflang alternates, the sitemap and Open Graph. */
const site = process.env.SITE_URL ?? 'https://www.cevennes-montlozere.com';

/**
 * SAMPLE_DATA=off builds the real site, without any sample entry (src/lib/content/sample-data.ts);
 * unset or `on`, the demonstration. Each keeps its own cache (the content store, the previous
 * build's pages), so that switching never carries an entry or a page of one into the other.
 */
const sampleData = sampleDataMode(process.env.SAMPLE_DATA);

/** Pages rendered on request (the feedback forms): reached from the contact page, not listed. */
const onDemandPaths = new Set(
	ON_DEMAND_ROUTES.flatMap((route) => /** @type {string[]} */ (Object.values(ROUTES[route]))),
);

/**
 * Pages marked noindex (the offline page, the hikes saved on a device, the visitor's "My stay"
 * list, kept on the device): not in the sitemap.
 */
/** @type {Set<string>} */
const noindexPaths = new Set(
	/** @type {const} */ (['offline', 'savedHikes', 'myStay']).flatMap((route) =>
		Object.values(ROUTES[route]),
	),
);

/**
 * Where the on-demand routes (the feedback forms and their endpoint) run: Node's own server by
 * default (`npm start`, dist/client + dist/server), Netlify Functions with DEPLOY_TARGET=netlify.
 */
const adapter =
	process.env.DEPLOY_TARGET === 'netlify'
		? netlify()
		: node({
				mode: 'standalone',
				// No request body of this site comes near 1 MiB (the largest form post is 128 kB);
				// the adapter's default would read up to 1 GiB into memory.
				bodySizeLimit: 1024 * 1024,
			});

/**
 * Runtime settings of the feedback function, read when the server starts (`validateSecrets`) and
 * documented in .env.example. All are `secret`: a secret is read at run time, never written into
 * the build, so one build runs with any configuration. Defaults live in src/lib/server/config.ts.
 */
/** @type {{ context: 'server', access: 'secret', optional: true }} */
const runtime = { context: 'server', access: 'secret', optional: true };

export default defineConfig({
	site,
	trailingSlash: 'always',
	i18n: {
		locales: ['fr', 'en'],
		defaultLocale: 'fr',
		routing: { prefixDefaultLocale: false },
	},
	build: { format: 'directory' },
	...(sampleData === 'off' ? { cacheDir: './node_modules/.astro-without-samples' } : {}),
	experimental: {
		// A rebuild renders again only the pages whose data or code changed: pages that give a
		// `cacheKey` in getStaticPaths (the providers' pages, src/lib/providers/pages.ts) and whose
		// key and module graph are unchanged are copied from the previous build.
		incrementalBuild: true,
	},
	adapter,
	security: {
		// The visitor forms' actions (src/actions/) refuse a larger body before reading it; Astro's
		// default (1 MiB) is sixteen times what the longest form needs.
		actionBodySizeLimit: MAX_FORM_BYTES,
	},
	vite: {
		build: {
			// Scripts are never inlined into pages, however small: the Content-Security-Policy
			// allows inline scripts only by hash (src/lib/http/security-headers.ts), and a bundled
			// script's text changes with every build. Other assets keep Vite's default (4 kB).
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
		},
	},
	env: {
		validateSecrets: true,
		schema: {
			DATABASE_URL: envField.string({ ...runtime, url: true }),
			SQLITE_PATH: envField.string({ ...runtime }),
			FEEDBACK_SECRET: envField.string({ ...runtime, min: 32 }),
			SMTP_HOST: envField.string({ ...runtime }),
			SMTP_PORT: envField.number({ ...runtime, int: true, gt: 0, lt: 65536 }),
			SMTP_SECURE: envField.boolean({ ...runtime }),
			SMTP_USER: envField.string({ ...runtime }),
			SMTP_PASSWORD: envField.string({ ...runtime }),
			SMTP_FROM: envField.string({ ...runtime }),
			OFFICE_NOTIFY_EMAIL: envField.string({ ...runtime }),
			FEEDBACK_SUGGESTIONS_MAIL: envField.enum({ ...runtime, values: ['immediate', 'digest'] }),
			FEEDBACK_DIGEST_HOUR: envField.number({ ...runtime, int: true, min: 0, max: 23 }),
			FEEDBACK_RETENTION_MONTHS: envField.number({ ...runtime, int: true, gt: 0 }),
			FEEDBACK_COMPLAINT_DUE_DAYS: envField.number({ ...runtime, int: true, gt: 0 }),
			FEEDBACK_COMPLAINT_REPLY_DAYS: envField.number({ ...runtime, int: true, gt: 0 }),
			FEEDBACK_MIN_FILL_SECONDS: envField.number({ ...runtime, min: 0 }),
			FEEDBACK_RATE_LIMIT: envField.number({ ...runtime, int: true, gt: 0 }),
			FEEDBACK_RATE_WINDOW_MINUTES: envField.number({ ...runtime, int: true, gt: 0 }),
			FEEDBACK_OUTBOX_INTERVAL_SECONDS: envField.number({ ...runtime, int: true, min: 0 }),
			// Whether the sample data is shown (the demonstration) or left out (the real site): read
			// at build time and written into the build, so the banner and the marks follow the content.
			SAMPLE_DATA: envField.enum({
				context: 'server',
				access: 'public',
				values: ['on', 'off'],
				default: 'on',
			}),
			// Signs the staff back office's session cookies (src/lib/staff/auth.ts).
			STAFF_SESSION_SECRET: envField.string({ ...runtime, min: 32 }),
			// The reverse proxies whose X-Forwarded-For gives the visitor's address
			// (src/lib/http/client-address.ts), comma-separated: "127.0.0.1,::1" behind a local proxy.
			TRUSTED_PROXIES: envField.string({ ...runtime }),
		},
	},
	integrations: [
		// Every page's route, injected from the table of src/lib/i18n/routes.ts (src/routes/).
		routes(),
		// SAMPLE_DATA=off: a warning for every setting the office still has to fill in.
		unfilledSettingsWarning({ sampleData }),
		// The output folder is kept between builds, so that unchanged pages stay where they are;
		// what this build did not write or keep is removed before the search index reads the pages.
		// The search index keeps its own folder, where its unchanged parts stay.
		staleOutput({ leave: [SEARCH_INDEX_FOLDER] }),
		// The filter islands of the lists (src/components/facets/FacetFilters.tsx, hikes).
		preact(),
		mdx(),
		// The site search's index (Pagefind), built from the static pages once they are written.
		searchIndex(),
		// The service worker (offline use), after the search index: it precaches this build's files.
		serviceWorker(),
		// The security headers (CSP and others) for the host's static files: Netlify's `_headers`,
		// or the file the Node server (scripts/serve.ts) applies.
		securityHeaders(),
		// No `i18n` option: every page names its twin in its head (hreflang links from the route
		// table). The option pairs only URLs whose paths match once the locale prefix is removed
		// (8 pages of ours, whose addresses are translated), and it compares every URL with every
		// other: about 10 s of CPU at 10,000 members.
		sitemap({
			filter: (page) =>
				!/\/404\/?$/.test(page) &&
				!onDemandPaths.has(new URL(page).pathname) &&
				!noindexPaths.has(new URL(page).pathname),
		}),
	],
});
