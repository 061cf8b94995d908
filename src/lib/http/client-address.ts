/**
 * The visitor's address, which the rate limits count by: Astro's `clientAddress` (of a page or an
 * endpoint), or "unknown" where the adapter cannot tell, since Astro then throws rather than
 * answer.
 */
export function clientAddressOf(context: { readonly clientAddress: string }): string {
	try {
		return context.clientAddress;
	} catch {
		return 'unknown';
	}
}
