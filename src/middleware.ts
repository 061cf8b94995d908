/**
 * Request middleware, for what is rendered on demand (prerendered pages go through untouched;
 * their headers come from the host, see src/integrations/security-headers.ts):
 * - every response gets the site's security headers (src/lib/http/security-headers.ts);
 * - the routes under /staff/ (the staff back office, src/lib/staff/) are guarded first, and the
 *   back office's code is loaded only when one of its pages is asked for;
 * - a refusal of a form's action (src/actions/) is never cached, and says when to send again
 *   (`Retry-After`) when the rate limit refused it or the store is unavailable.
 */
import { defineMiddleware } from 'astro:middleware';
import { securityHeadersFor } from './lib/http/security-headers';
import { isStaffPath } from './lib/staff/guard';

export const onRequest = defineMiddleware(async (context, next) => {
	if (context.isPrerendered) return next();
	let response: Response;
	if (isStaffPath(context.url.pathname)) {
		const { guardStaff } = await import('./lib/staff/server');
		response = await guardStaff(context, next);
	} else response = await next();
	const headers: Record<string, string> = { ...securityHeadersFor(context.url.pathname) };
	const refused = context.locals.formRefusal;
	if (refused) {
		headers['Cache-Control'] = 'no-store';
		if (refused.retryAfter) headers['Retry-After'] = refused.retryAfter;
	}
	try {
		for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
		return response;
	} catch {
		// Immutable headers (a redirect made by Response.redirect): copy the response.
		const copy = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
		return copy;
	}
});
