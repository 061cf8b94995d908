import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '../../../../src/lib/http/client-address';

describe('clientAddressOf', () => {
	it("gives the visitor's address when the adapter knows it", () => {
		expect(clientAddressOf({ clientAddress: '203.0.113.7' })).toBe('203.0.113.7');
	});

	it('says "unknown" where Astro throws for want of an address', () => {
		const context = {
			get clientAddress(): string {
				throw new Error('clientAddress is not available in this environment');
			},
		};
		expect(clientAddressOf(context)).toBe('unknown');
	});
});
