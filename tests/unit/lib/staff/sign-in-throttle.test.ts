/**
 * The sign-in throttle, decided before any password is hashed: per client, overall, growing delays
 * per account and client, and at most a few hashes at a time.
 */
import { describe, expect, it } from 'vitest';
import { SignInThrottle } from '../../../../src/lib/staff/sign-in-throttle';

const T0 = Date.parse('2026-12-07T09:00:00Z');
const second = (n: number) => T0 + n * 1000;

describe('sign-in throttle', () => {
	it('admits a few attempts per client in the window, then none until it slides', () => {
		const throttle = new SignInThrottle({ perClient: 3, windowMs: 60_000, overall: 100 });
		for (const n of [0, 1, 2])
			expect(throttle.admit('198.51.100.1', `a${n}@x.org`, second(n))).toBe(true);
		expect(throttle.admit('198.51.100.1', 'b@x.org', second(3))).toBe(false);
		// Another client is not concerned.
		expect(throttle.admit('198.51.100.2', 'b@x.org', second(3))).toBe(true);
		expect(throttle.admit('198.51.100.1', 'b@x.org', second(61))).toBe(true);
	});

	it('admits a limited number of attempts overall, whatever the clients', () => {
		const throttle = new SignInThrottle({ perClient: 100, overall: 5, windowMs: 60_000 });
		for (let n = 0; n < 5; n++) expect(throttle.admit(`198.51.100.${n}`, 'a@x.org', T0)).toBe(true);
		expect(throttle.admit('198.51.100.99', 'a@x.org', T0)).toBe(false);
	});

	it('makes an account-and-client pair wait longer after each failure, and forgets after success', () => {
		const throttle = new SignInThrottle({ freeFailures: 2, baseDelayMs: 1000, maxDelayMs: 4000 });
		const client = '198.51.100.7';
		throttle.recordFailure(client, 'A@x.org', T0);
		expect(throttle.admit(client, 'a@x.org', T0)).toBe(true);
		throttle.recordFailure(client, 'a@x.org', T0);
		// Second failure: 1 s; third: 2 s; then 4 s at most.
		expect(throttle.admit(client, 'a@x.org', second(0.5))).toBe(false);
		expect(throttle.admit(client, 'a@x.org', second(1))).toBe(true);
		throttle.recordFailure(client, 'a@x.org', second(1));
		expect(throttle.admit(client, 'a@x.org', second(2.9))).toBe(false);
		expect(throttle.admit(client, 'a@x.org', second(3))).toBe(true);
		for (let n = 0; n < 5; n++) throttle.recordFailure(client, 'a@x.org', second(3));
		expect(throttle.admit(client, 'a@x.org', second(6.9))).toBe(false);
		expect(throttle.admit(client, 'a@x.org', second(7))).toBe(true);
		// The same account from another client, and another account from this client: free.
		expect(throttle.admit('203.0.113.1', 'a@x.org', second(3))).toBe(true);
		expect(throttle.admit(client, 'b@x.org', second(3))).toBe(true);
		throttle.recordSuccess(client, 'a@x.org');
		expect(throttle.admit(client, 'a@x.org', second(3))).toBe(true);
	});

	it('runs one hash at a time and refuses at once past a short queue', async () => {
		const throttle = new SignInThrottle({ hashConcurrency: 1, hashQueue: 2 });
		let running = 0;
		let most = 0;
		const releases: (() => void)[] = [];
		const hash = () =>
			new Promise<boolean>((resolve) => {
				running += 1;
				most = Math.max(most, running);
				releases.push(() => {
					running -= 1;
					resolve(true);
				});
			});
		const attempts = Array.from({ length: 5 }, () => throttle.hash(hash));
		// One runs, two wait, two are refused without hashing.
		expect(await attempts[3]).toBeUndefined();
		expect(await attempts[4]).toBeUndefined();
		// Each admitted attempt hashes in turn, once the one before it has finished.
		for (let finished = 0; finished < 3; finished++) {
			while (releases.length === 0) await new Promise((resolve) => setImmediate(resolve));
			expect(running).toBe(1);
			releases.shift()?.();
		}
		expect(await Promise.all(attempts.slice(0, 3))).toEqual([true, true, true]);
		expect(most).toBe(1);
	});
});
