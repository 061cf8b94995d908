/**
 * Downloading the DATAtourisme flux: a conditional GET (ETag / Last-Modified of the last
 * download), a time limit on each attempt, and a few attempts when the network or the server
 * fails. A 4xx answer is not tried again: the address or the key is wrong.
 */

/** What the last download left, to ask the platform whether anything changed since. */
export interface Validators {
	etag?: string;
	lastModified?: string;
}

export interface DownloadOptions {
	/** Time allowed for one attempt, headers and body, in milliseconds. */
	timeoutMs: number;
	/** Attempts in all, the first included. */
	attempts: number;
	/** Wait before the n-th retry (n from 1), in milliseconds. */
	retryDelayMs: (retry: number) => number;
	/** The validators of the last download, for a conditional request. */
	validators?: Validators;
	/** Where the tries are told. */
	log?: (message: string) => void;
}

export type DownloadResult =
	{ status: 'unchanged' } | { status: 'downloaded'; body: Buffer; validators: Validators };

/** A download that failed for good, with the reason the command prints. */
export class DownloadError extends Error {
	override name = 'DownloadError';
}

/** An answer worth another try: the server's fault or a gateway's. */
const retryable = (status: number) => status === 408 || status === 429 || status >= 500;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The address with its key: the flux's web service takes the application key as last segment. */
export function fluxUrl(base: string, key?: string): string {
	if (!key) return base;
	return `${base.replace(/\/+$/, '')}/${encodeURIComponent(key)}`;
}

/** The address without its key, for messages. */
export const withoutKey = (url: string, key?: string): string =>
	key ? url.replace(encodeURIComponent(key), '<key>') : url;

async function attempt(url: string, options: DownloadOptions): Promise<DownloadResult> {
	const headers: Record<string, string> = { 'user-agent': 'cevennes-montlozere-site feed:fetch' };
	if (options.validators?.etag) headers['if-none-match'] = options.validators.etag;
	if (options.validators?.lastModified)
		headers['if-modified-since'] = options.validators.lastModified;
	const response = await fetch(url, {
		headers,
		signal: AbortSignal.timeout(options.timeoutMs),
		redirect: 'follow',
	});
	if (response.status === 304) {
		await response.body?.cancel();
		return { status: 'unchanged' };
	}
	if (!response.ok) {
		await response.body?.cancel();
		const error = new DownloadError(
			`the server answered ${response.status} ${response.statusText}`,
		);
		if (!retryable(response.status)) throw error;
		throw Object.assign(error, { retry: true });
	}
	const body = Buffer.from(await response.arrayBuffer());
	const expected = Number(response.headers.get('content-length'));
	if (Number.isFinite(expected) && expected > 0 && body.length !== expected)
		throw Object.assign(
			new DownloadError(`the download stopped at ${body.length} of ${expected} bytes`),
			{ retry: true },
		);
	const validators: Validators = {};
	const etag = response.headers.get('etag');
	const lastModified = response.headers.get('last-modified');
	if (etag) validators.etag = etag;
	if (lastModified) validators.lastModified = lastModified;
	return { status: 'downloaded', body, validators };
}

/** Why an attempt failed, in words. */
function reasonOf(error: unknown, timeoutMs: number): string {
	if (error instanceof DownloadError) return error.message;
	if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
		return `no complete answer within ${timeoutMs / 1000} s`;
	const cause =
		error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
	return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/** Downloads the flux, or throws a DownloadError saying why after the last attempt. */
export async function download(url: string, options: DownloadOptions): Promise<DownloadResult> {
	let last = '';
	for (let tried = 1; tried <= options.attempts; tried++) {
		try {
			return await attempt(url, options);
		} catch (error) {
			last = reasonOf(error, options.timeoutMs);
			const final =
				error instanceof DownloadError && !(error as DownloadError & { retry?: boolean }).retry;
			if (final || tried === options.attempts) break;
			options.log?.(`attempt ${tried} of ${options.attempts} failed (${last}): trying again`);
			await wait(options.retryDelayMs(tried));
		}
	}
	throw new DownloadError(last);
}
