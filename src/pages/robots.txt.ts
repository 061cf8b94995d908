import type { APIRoute } from 'astro';

/**
 * robots.txt: everything public may be indexed, not the staff back office (whose pages also say
 * noindex); the sitemap index is announced.
 */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL('/sitemap-index.xml', site).href;
	return new Response(`User-agent: *\nAllow: /\nDisallow: /staff/\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
