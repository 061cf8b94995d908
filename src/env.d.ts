/** What the middleware (src/middleware.ts) gives the pages. */
declare namespace App {
	interface Locals {
		/** The signed-in staff member, on the back office's pages (src/lib/staff/). */
		staff?: import('./lib/staff/auth').StaffSession | undefined;
	}
}
