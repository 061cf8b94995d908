/** What the middleware (src/middleware.ts) gives the pages. */
declare namespace App {
	interface Locals {
		/** The signed-in staff member, on the back office's pages (src/lib/staff/). */
		staff?: import('./lib/staff/auth').StaffSession | undefined;
		/**
		 * The refusal a form's action answered (src/actions/refusal.ts): the page shows its field
		 * messages after a plain post, the middleware sets the answer's `Retry-After`.
		 */
		formRefusal?:
			| { refusal: import('./lib/server/refusal').Refusal; retryAfter?: string | undefined }
			| undefined;
	}
}
