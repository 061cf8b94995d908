/**
 * Lets Node run the site's TypeScript modules directly: src/lib imports its neighbours without
 * an extension (`'./jsonld'`), as Vite resolves them; this hook tries `.ts` when Node cannot.
 *
 *   node --import ./scripts/feed/resolve-ts.ts scripts/feed/generate-feed.ts
 */
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) {
				return nextResolve(`${specifier}.ts`, context);
			}
			throw error;
		}
	},
});
