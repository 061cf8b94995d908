/**
 * Rate limits counted in the database (`rate_limits`), so that a limit holds across instances:
 * hits per client (a keyed hash of its address) and time window.
 */
import type { Queryable } from './sql.ts';

/** What a feature needs to count a client's hits. */
export interface RateLimiter {
	/** Counts one hit of a client in a time window; returns the hits so far in that window. */
	hit(clientKey: string, windowStart: Date): Promise<number>;
}

const HIT = `
INSERT INTO rate_limits (client_key, window_start, hits) VALUES ($1, $2, 1)
ON CONFLICT (client_key, window_start) DO UPDATE SET hits = rate_limits.hits + 1
RETURNING hits`;

/** Counts one hit on `db` (a transaction, to count it with what it is for). */
export async function hit(db: Queryable, clientKey: string, windowStart: Date): Promise<number> {
	const [row] = await db.query(HIT, [clientKey, windowStart]);
	return Number(row?.['hits'] ?? 1);
}

/** Forgets the windows that started before `before`; returns how many. */
export async function forgetHits(db: Queryable, before: Date): Promise<number> {
	const rows = await db.query(
		'DELETE FROM rate_limits WHERE window_start < $1 RETURNING client_key',
		[before],
	);
	return rows.length;
}
