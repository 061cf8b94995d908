/**
 * The download limits of the build's photos, from the environment: PHOTOS_TIMEOUT_SECONDS
 * shortens (or lengthens) the wait for one answer — the tests' failing server uses 1 s.
 */
import { DEFAULT_LIMITS, type FetchLimits } from './fetch-photo';

export function photoLimits(env: Record<string, string | undefined>): FetchLimits {
	const value = env['PHOTOS_TIMEOUT_SECONDS'];
	if (value === undefined || value === '') return DEFAULT_LIMITS;
	const seconds = Number(value);
	if (!Number.isFinite(seconds) || seconds <= 0)
		throw new Error(
			`PHOTOS_TIMEOUT_SECONDS must be a positive number of seconds (it is "${value}")`,
		);
	return {
		...DEFAULT_LIMITS,
		timeoutMs: seconds * 1000,
		backoffMs: Math.min(DEFAULT_LIMITS.backoffMs, seconds * 100),
	};
}
