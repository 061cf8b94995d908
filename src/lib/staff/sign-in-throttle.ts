/**
 * What keeps the staff sign-in from being guessed at or used to starve the server, decided before
 * any password is hashed (a scrypt hash costs tens of milliseconds of a core and 32 MiB, and runs
 * on the thread pool that also reads the static pages from disk):
 * - attempts per client address in a window, and attempts overall in a window;
 * - per account *and* client, growing delays after a few failures: whoever guesses at an account
 *   waits longer and longer, while its owner, from their own device, still signs in;
 * - at most `hashConcurrency` hashes at a time, and a short queue: past it, an attempt is refused
 *   at once.
 * A refused attempt gets the same answer as a wrong password (the page also gives both the same
 * duration), so that neither tells whether an account exists. The counters live in this process's
 * memory: a restart forgets them, and each instance of a multi-instance deploy counts its own.
 */
import { normaliseEmail } from './store.ts';

export interface ThrottleOptions {
	/** Attempts one client address may make in `windowMs`. */
	perClient: number;
	/** Attempts all clients together may make in `windowMs`. */
	overall: number;
	windowMs: number;
	/** Failures in a row, per account and client, before delays start. */
	freeFailures: number;
	/** The first delay; each further failure doubles it, up to `maxDelayMs`. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** Password hashes computed at the same time. */
	hashConcurrency: number;
	/** Attempts waiting for a hash; past it, attempts are refused. */
	hashQueue: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
	perClient: 10,
	overall: 60,
	windowMs: 10 * 60_000,
	freeFailures: 3,
	baseDelayMs: 30_000,
	maxDelayMs: 15 * 60_000,
	hashConcurrency: 1,
	hashQueue: 4,
};

interface Failures {
	count: number;
	/** No attempt for this account from this client before then. */
	retryAt: number;
}

/** Timestamps in a sliding window. */
class Window {
	#times: number[] = [];
	count(now: number, windowMs: number): number {
		while (this.#times.length > 0 && (this.#times[0] ?? 0) <= now - windowMs) this.#times.shift();
		return this.#times.length;
	}
	add(now: number) {
		this.#times.push(now);
	}
}

export class SignInThrottle {
	readonly options: ThrottleOptions;
	readonly #clients = new Map<string, Window>();
	readonly #overall = new Window();
	readonly #failures = new Map<string, Failures>();
	#hashing = 0;
	readonly #waiting: (() => void)[] = [];

	constructor(options: Partial<ThrottleOptions> = {}) {
		this.options = { ...DEFAULT_THROTTLE, ...options };
	}

	/**
	 * Whether an attempt for `email` from `client` may go on to the password check at `now`; an
	 * admitted attempt is counted.
	 */
	admit(client: string, email: string, now: number): boolean {
		const { perClient, overall, windowMs } = this.options;
		this.#prune(now);
		const window = this.#clients.get(client) ?? new Window();
		if (window.count(now, windowMs) >= perClient) return false;
		if (this.#overall.count(now, windowMs) >= overall) return false;
		const failures = this.#failures.get(pairKey(client, email));
		if (failures && failures.retryAt > now) return false;
		window.add(now);
		this.#clients.set(client, window);
		this.#overall.add(now);
		return true;
	}

	/** A wrong password (or unknown address): the pair's next attempt may have to wait. */
	recordFailure(client: string, email: string, now: number): void {
		const key = pairKey(client, email);
		const count = (this.#failures.get(key)?.count ?? 0) + 1;
		const { freeFailures, baseDelayMs, maxDelayMs } = this.options;
		const delay =
			count < freeFailures ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** (count - freeFailures));
		this.#failures.set(key, { count, retryAt: now + delay });
	}

	/** A successful sign-in: the pair starts again. */
	recordSuccess(client: string, email: string): void {
		this.#failures.delete(pairKey(client, email));
	}

	/**
	 * Runs `hash` when a hashing slot is free; `undefined` at once when too many attempts already
	 * wait for one.
	 */
	async hash<T>(hash: () => Promise<T>): Promise<T | undefined> {
		if (this.#hashing >= this.options.hashConcurrency) {
			if (this.#waiting.length >= this.options.hashQueue) return undefined;
			await new Promise<void>((resolve) => this.#waiting.push(resolve));
		} else this.#hashing += 1;
		try {
			return await hash();
		} finally {
			const next = this.#waiting.shift();
			// The slot passes to the next attempt waiting, or is freed.
			if (next) next();
			else this.#hashing -= 1;
		}
	}

	/** Forgets what no longer matters, so that the maps do not grow without end. */
	#prune(now: number) {
		if (this.#clients.size < 1000 && this.#failures.size < 1000) return;
		for (const [client, window] of this.#clients)
			if (window.count(now, this.options.windowMs) === 0) this.#clients.delete(client);
		for (const [key, failures] of this.#failures)
			if (failures.retryAt + this.options.maxDelayMs < now) this.#failures.delete(key);
	}
}

const pairKey = (client: string, email: string) => `${client}\u0000${normaliseEmail(email)}`;
