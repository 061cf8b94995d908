/**
 * Rate limits counted in the database (`rate_limits`), so that a limit holds across instances:
 * hits per client (a keyed hash of its address) and time window.
 */
import type { Kysely } from 'kysely';
import type { Timestamp } from './kysely.ts';
import type { Database } from './tables.ts';

export interface RateLimitsTable {
	client_key: string;
	window_start: Timestamp;
	hits: number;
}

/** What a feature needs to count a client's hits. */
export interface RateLimiter {
	/** Counts one hit of a client in a time window; returns the hits so far in that window. */
	hit(clientKey: string, windowStart: Date): Promise<number>;
}

/** Counts one hit on `db` (a transaction, to count it with what it is for). */
export async function hit(
	db: Kysely<Database>,
	clientKey: string,
	windowStart: Date,
): Promise<number> {
	const row = await db
		.insertInto('rate_limits')
		.values({ client_key: clientKey, window_start: windowStart, hits: 1 })
		.onConflict((conflict) =>
			conflict
				.columns(['client_key', 'window_start'])
				.doUpdateSet((update) => ({ hits: update('rate_limits.hits', '+', 1) })),
		)
		.returning('hits')
		.executeTakeFirst();
	return Number(row?.hits ?? 1);
}

/** Forgets the windows that started before `before`; returns how many. */
export async function forgetHits(db: Kysely<Database>, before: Date): Promise<number> {
	const rows = await db
		.deleteFrom('rate_limits')
		.where('window_start', '<', before)
		.returning('client_key')
		.execute();
	return rows.length;
}
