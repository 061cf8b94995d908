/**
 * Request middleware. Only the on-demand routes under /staff/ (the staff back office,
 * src/lib/staff/) are concerned: prerendered pages and every other path go through untouched, and
 * the back office's code is loaded only when one of its pages is asked for.
 */
import { defineMiddleware } from 'astro:middleware';
import { isStaffPath } from './lib/staff/guard';

export const onRequest = defineMiddleware(async (context, next) => {
	if (context.isPrerendered || !isStaffPath(context.url.pathname)) return next();
	const { guardStaff } = await import('./lib/staff/server');
	return guardStaff(context, next);
});
