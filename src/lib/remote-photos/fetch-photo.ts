/**
 * Fetching one photo from an outside server, as the build does: a timeout on each attempt
 * (the whole answer, not only its start), two retries with a growing pause for the failures
 * that may pass (network errors, timeouts, 5xx, 429), a cap on the size read, and the type
 * checked from the bytes. Every failure is a `PhotoError` whose message says why, in words a
 * feed report can show.
 */
import { readCapped } from '../http/read-capped';
import { sniffFormat, type PhotoFormat } from './sniff';

export interface FetchLimits {
	/** Longest wait for one attempt, answer and body together (ms). */
	timeoutMs: number;
	/** Attempts after the first one, for failures that may pass. */
	retries: number;
	/** Pause before the first retry (ms); doubled for each next one. */
	backoffMs: number;
	/** Largest file read (bytes). */
	maxBytes: number;
}

/** About 10 s, two retries, 15 MB. */
export const DEFAULT_LIMITS: FetchLimits = {
	timeoutMs: 10_000,
	retries: 2,
	backoffMs: 500,
	maxBytes: 15 * 1024 * 1024,
};

/** Why a photo could not be fetched; `retryable` for failures another attempt may not meet. */
export class PhotoError extends Error {
	constructor(
		message: string,
		readonly retryable: boolean,
	) {
		super(message);
		this.name = 'PhotoError';
	}
}

export interface FetchedPhoto {
	bytes: Uint8Array;
	format: PhotoFormat;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Reads a body up to `maxBytes`, stopping (and cancelling the download) beyond it. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
	if (!response.body) return new Uint8Array();
	const bytes = await readCapped(response.body, maxBytes);
	if (!bytes) throw new PhotoError(`larger than ${megabytes(maxBytes)}`, false);
	return bytes;
}

async function fetchOnce(url: string, limits: FetchLimits): Promise<FetchedPhoto> {
	let response: Response;
	const signal = AbortSignal.timeout(limits.timeoutMs);
	try {
		response = await fetch(url, {
			signal,
			redirect: 'follow',
			headers: { accept: 'image/webp,image/png,image/jpeg;q=0.9,*/*;q=0.1' },
		});
	} catch (error) {
		throw failureOf(error, limits);
	}
	if (!response.ok) {
		await response.body?.cancel().catch(() => undefined);
		const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
		throw new PhotoError(`HTTP ${response.status}`, retryable);
	}
	const declared = Number(response.headers.get('content-length') ?? '');
	if (Number.isFinite(declared) && declared > limits.maxBytes) {
		await response.body?.cancel().catch(() => undefined);
		throw new PhotoError(`larger than ${megabytes(limits.maxBytes)}`, false);
	}
	let bytes: Uint8Array;
	try {
		bytes = await readBody(response, limits.maxBytes);
	} catch (error) {
		throw error instanceof PhotoError ? error : failureOf(error, limits);
	}
	const format = sniffFormat(bytes);
	if (!format) {
		const type = response.headers.get('content-type')?.split(';')[0] ?? 'unknown type';
		throw new PhotoError(`not a JPEG, PNG or WebP image (${type})`, false);
	}
	return { bytes, format };
}

/** A fetch failure (timeout, refused connection, bad address…) as a retryable PhotoError. */
function failureOf(error: unknown, limits: FetchLimits): PhotoError {
	const name = error instanceof Error ? error.name : '';
	if (name === 'TimeoutError' || name === 'AbortError')
		return new PhotoError(`no complete answer within ${limits.timeoutMs / 1000} s`, true);
	const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
	const message = error instanceof Error ? error.message : String(error);
	return new PhotoError(cause ? `${message} (${cause})` : message, true);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetches a photo, retrying what may pass; throws the last attempt's PhotoError. */
export async function fetchPhoto(
	url: string,
	limits: FetchLimits = DEFAULT_LIMITS,
): Promise<FetchedPhoto> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await fetchOnce(url, limits);
		} catch (error) {
			const failure = error instanceof PhotoError ? error : new PhotoError(String(error), false);
			if (!failure.retryable || attempt >= limits.retries) throw failure;
			await pause(limits.backoffMs * 2 ** attempt);
		}
	}
}
