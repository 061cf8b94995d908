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
	integrations: [
		// The hike list's filter island (src/components/hikes/HikeFilters.tsx).
		preact(),
		mdx(),
		sitemap({
			i18n: { defaultLocale: 'fr', locales: { fr: 'fr-FR', en: 'en-GB' } },
			filter: (page) => !/\/404\/?$/.test(page),
		}),
	],
});
