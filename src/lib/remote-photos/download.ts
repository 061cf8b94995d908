/**
 * Downloading a build's photos: each distinct photo once, about eight at a time, from the
 * cache when it holds it. A downloaded file is checked before it is kept: its type from its
 * bytes (sniff.ts), then its pixel dimensions, read by sharp from its header (a decompression
 * bomb of 30,000 × 30,000 pixels is refused before anything decodes it).
 */
import sharp, { type Metadata } from 'sharp';
import { cacheKey, readCached, writeCached, type CachedPhoto } from './cache';
import { DEFAULT_LIMITS, fetchPhoto, PhotoError, type FetchLimits } from './fetch-photo';

/** One photo to get: its address and its object's last update (part of the cache key). */
export interface PhotoRequest {
	url: string;
	version: string;
}

export type PhotoOutcome =
	{ ok: true; photo: CachedPhoto; fromCache: boolean } | { ok: false; reason: string };

export interface DownloadOptions {
	/** The cache folder. */
	folder: string;
	limits?: FetchLimits;
	/** Downloads at a time. */
	concurrency?: number;
	/** Largest number of pixels (width × height) a photo may have. */
	maxPixels?: number;
}

/** About eight downloads at a time; 40 megapixels at most (a 7,700 × 5,200 photo). */
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_MAX_PIXELS = 40_000_000;

/** The key of a request in the outcomes' map. */
export const requestKey = (request: PhotoRequest): string => cacheKey(request.url, request.version);

/** The dimensions of a photo's bytes, or a PhotoError when sharp cannot read them or they are too many. */
async function dimensionsOf(
	bytes: Uint8Array,
	maxPixels: number,
): Promise<{ width: number; height: number }> {
	let metadata: Metadata;
	try {
		metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
	} catch (error) {
		throw new PhotoError(`not a readable image (${(error as Error).message})`, false);
	}
	const { width, height } = metadata;
	if (!width || !height) throw new PhotoError('an image without dimensions', false);
	if (width * height > maxPixels)
		throw new PhotoError(
			`${width} × ${height} pixels, more than ${maxPixels / 1_000_000} megapixels`,
			false,
		);
	return { width, height };
}

async function getPhoto(
	request: PhotoRequest,
	options: Required<DownloadOptions>,
): Promise<PhotoOutcome> {
	const key = requestKey(request);
	const cached = readCached(options.folder, key);
	if (cached) return { ok: true, photo: cached, fromCache: true };
	try {
		const fetched = await fetchPhoto(request.url, options.limits);
		const { width, height } = await dimensionsOf(fetched.bytes, options.maxPixels);
		const photo = writeCached(options.folder, key, { ...request, ...fetched, width, height });
		return { ok: true, photo, fromCache: false };
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	}
}

/** Gets every distinct photo of the requests; never throws: a failure is an outcome with its reason. */
export async function downloadPhotos(
	requests: PhotoRequest[],
	options: DownloadOptions,
): Promise<Map<string, PhotoOutcome>> {
	const settings: Required<DownloadOptions> = {
		limits: DEFAULT_LIMITS,
		concurrency: DEFAULT_CONCURRENCY,
		maxPixels: DEFAULT_MAX_PIXELS,
		...options,
	};
	const distinct = new Map(requests.map((request) => [requestKey(request), request]));
	const queue = [...distinct.entries()];
	const outcomes = new Map<string, PhotoOutcome>();
	const worker = async () => {
		for (let next = queue.shift(); next; next = queue.shift()) {
			const [key, request] = next;
			outcomes.set(key, await getPhoto(request, settings));
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
	return outcomes;
}
