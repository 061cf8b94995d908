/**
 * Writes the site's security headers (src/lib/http/security-headers.ts) where the host reads
 * them once the build is done: Netlify's `_headers` beside the static files, or, for the Node
 * server, `security-headers.json` beside its entry (scripts/serve.ts applies it to every static
 * file). The pages and endpoints rendered on demand get theirs from the middleware.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroConfig, AstroIntegration } from 'astro';
import { headersFile, SITE_HEADERS, STAFF_SECURITY_HEADERS } from '../lib/http/security-headers.ts';

/** The file scripts/serve.ts reads, in the server's output folder. */
export const NODE_HEADERS_FILE = 'security-headers.json';

export function securityHeaders(): AstroIntegration {
	let config: AstroConfig;
	return {
		name: 'security-headers',
		hooks: {
			'astro:config:done': ({ config: done }) => {
				config = done;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (config.adapter?.name === '@astrojs/netlify') {
					await writeFile(new URL('_headers', dir), headersFile());
					logger.info('_headers written');
				} else if (config.adapter) {
					await writeFile(
						new URL(NODE_HEADERS_FILE, config.build.server),
						`${JSON.stringify({ site: SITE_HEADERS, staff: STAFF_SECURITY_HEADERS }, null, '\t')}\n`,
					);
					logger.info(`${NODE_HEADERS_FILE} written`);
				}
			},
		},
	};
}
