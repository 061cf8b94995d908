/**
 * The address the rate limits and the sign-in throttle count by: the connection's, unless it is
 * a trusted reverse proxy's (TRUSTED_PROXIES), whose X-Forwarded-For then names the visitor.
 */
import { describe, expect, it } from 'vitest';
import {
	clientAddressOf,
	normaliseAddress,
	parseTrustedProxies,
	resolveClientAddress,
} from '../../../../src/lib/http/client-address';

const request = (forwardedFor?: string) =>
	new Request('http://127.0.0.1/api/feedback/', {
		headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {},
	});

describe('client address', () => {
	it("gives the connection's address, and never reads X-Forwarded-For without the setting", () => {
		expect(clientAddressOf({ clientAddress: '203.0.113.7', request: request() })).toBe(
			'203.0.113.7',
		);
		// Unset in the tests: a visitor writing the header cannot choose the address counted.
		expect(clientAddressOf({ clientAddress: '127.0.0.1', request: request('198.51.100.2') })).toBe(
			'127.0.0.1',
		);
	});

	it('says "unknown" where Astro throws for want of an address', () => {
		const context = {
			request: request(),
			get clientAddress(): string {
				throw new Error('clientAddress is not available in this environment');
			},
		};
		expect(clientAddressOf(context)).toBe('unknown');
	});

	it('reads the visitor behind a trusted proxy from the right of X-Forwarded-For', () => {
		const trusted = parseTrustedProxies('127.0.0.1, ::1');
		// Behind the proxy, two visitors are two addresses (one counter each).
		expect(resolveClientAddress('127.0.0.1', '198.51.100.2', trusted)).toBe('198.51.100.2');
		expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.3', trusted)).toBe('198.51.100.3');
		// A visitor who writes the header themselves only adds to its left: the proxy appends
		// the real address, which is the one read.
		expect(resolveClientAddress('127.0.0.1', '10.9.8.7, 198.51.100.2', trusted)).toBe(
			'198.51.100.2',
		);
		// Trusted hops at the right are skipped.
		expect(resolveClientAddress('::1', '198.51.100.4, 127.0.0.1', trusted)).toBe('198.51.100.4');
		// Without the header, the proxy's own address.
		expect(resolveClientAddress('127.0.0.1', null, trusted)).toBe('127.0.0.1');
	});

	it('ignores X-Forwarded-For from a connection that is not a trusted proxy', () => {
		const trusted = parseTrustedProxies('127.0.0.1');
		expect(resolveClientAddress('203.0.113.7', '198.51.100.2', trusted)).toBe('203.0.113.7');
		expect(resolveClientAddress('127.0.0.1', '198.51.100.2', parseTrustedProxies(''))).toBe(
			'127.0.0.1',
		);
	});

	it('writes addresses one way: no port, IPv4-mapped IPv6 as IPv4', () => {
		expect(normaliseAddress(' ::FFFF:192.0.2.1 ')).toBe('192.0.2.1');
		expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
		expect(normaliseAddress('192.0.2.1:51234')).toBe('192.0.2.1');
	});
});
