// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

/** The public address of the site: canonical URLs, hreflang alternates, the sitemap and Open Graph. */
const site = process.env.SITE_URL ?? 'https://www.cevennes-montlozere.com';

export default defineConfig({
	site,
	trailingSlash: 'always',
	i18n: {
		locales: ['fr', 'en'],
		defaultLocale: 'fr',
		routing: { prefixDefaultLocale: false },
	},
	build: { format: 'directory' },
	experimental: {
		// A rebuild renders again only the pages whose data or code changed: pages that give a
		// `cacheKey` in getStaticPaths (the providers' pages, src/lib/providers/pages.ts) and whose
		// key and module graph are unchanged are copied from the previous build.
		incrementalBuild: true,
	},
	integrations: [
		// The filter islands of the lists (src/components/facets/FacetFilters.tsx, hikes).
		preact(),
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'fr', locales: { fr: 'fr-FR', en: 'en-GB' } },
			filter: (page) => !/\/404\/?$/.test(page),
		}),
	],
});
