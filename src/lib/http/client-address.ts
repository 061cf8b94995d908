/**
 * The visitor's address, which the rate limits and the sign-in throttle count by.
 *
 * It is the address of whoever opened the connection (Astro's `clientAddress`), except when that
 * is one of the reverse proxies named in `TRUSTED_PROXIES` (the TLS proxy of the documented
 * deploy, on the same machine: `127.0.0.1,::1`): then it is read from `X-Forwarded-For`, from the
 * right, skipping the trusted proxies. Without the setting, `X-Forwarded-For` is never read — a
 * visitor could write anything there — so behind a proxy that is not named every visitor shares
 * the proxy's address, and its counters.
 */
import { TRUSTED_PROXIES } from 'astro:env/server';

/** An address as written in settings and headers: IPv4-mapped IPv6 as plain IPv4, no port. */
export function normaliseAddress(address: string): string {
	let value = address.trim().toLowerCase();
	// "[::1]:443" and "203.0.113.7:51234": the port is not part of the address.
	const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
	if (bracketed?.[1]) value = bracketed[1];
	else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
	return value.startsWith('::ffff:') && value.includes('.') ? value.slice(7) : value;
}

/** The trusted proxies of a `TRUSTED_PROXIES` setting (comma-separated addresses). */
export function parseTrustedProxies(setting: string | undefined): Set<string> {
	return new Set(
		(setting ?? '')
			.split(',')
			.map(normaliseAddress)
			.filter((address) => address !== ''),
	);
}

/**
 * The client's address: `peer` itself, or — when `peer` is a trusted proxy — the right-most
 * address of `forwardedFor` that is not a trusted proxy.
 */
export function resolveClientAddress(
	peer: string,
	forwardedFor: string | null,
	trusted: ReadonlySet<string>,
): string {
	const direct = normaliseAddress(peer);
	if (!trusted.has(direct) || !forwardedFor) return direct;
	const hops = forwardedFor.split(',').map(normaliseAddress).filter(Boolean);
	for (let index = hops.length - 1; index >= 0; index--) {
		const hop = hops[index];
		if (hop && !trusted.has(hop)) return hop;
	}
	return direct;
}

const trustedProxies = parseTrustedProxies(TRUSTED_PROXIES);

/**
 * The client's address of a page or an endpoint's request, or "unknown" where the adapter cannot
 * tell (Astro then throws rather than answer).
 */
export function clientAddressOf(context: {
	readonly clientAddress: string;
	readonly request: Request;
}): string {
	let peer: string;
	try {
		peer = context.clientAddress;
	} catch {
		return 'unknown';
	}
	return resolveClientAddress(peer, context.request.headers.get('x-forwarded-for'), trustedProxies);
}
