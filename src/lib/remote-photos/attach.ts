/**
 * The photo pass of a feed loader, after the sync: every non-sample entry's `images` (the
 * source's addresses) are downloaded into the cache (download.ts) and the entry gets `photos`,
 * the cached files as image paths that Astro's image service resizes and converts (the
 * collection's schema reads them with `image()`). A photo that fails is left out with a warning
 * naming the entry, the address and the reason; the entry keeps its other photos, or its drawing.
 *
 * An entry is stored again only when its photos changed, under the digest the sync gave it and
 * the photos' own, so an unchanged entry stays unchanged for the sync and for the pages'
 * incremental build.
 * @see https://docs.astro.build/en/reference/content-loader-reference/#image
 */
import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import type { RemotePhoto } from '../../schemas/photo';
import { pruneCache } from './cache';
import { downloadPhotos, requestKey, type DownloadOptions, type PhotoRequest } from './download';

/** `PHOTOS=off` builds with the drawings only: no download, no cached photo shown. */
export type PhotosMode = 'on' | 'off';

/** PHOTOS (unset: on); any other value than on/off is an error naming the variable. */
export function photosMode(value: string | undefined): PhotosMode {
	if (value === undefined || value === '' || value === 'on') return 'on';
	if (value === 'off') return 'off';
	throw new Error(`PHOTOS must be "on" or "off" (it is "${value}")`);
}

/** An entry's photo as stored: the cached file (relative to the entry's file) and its credits. */
export interface StoredPhoto {
	src: string;
	width: number;
	height: number;
	credit?: string;
	license?: string;
	caption?: RemotePhoto['caption'];
}

/** A photo left out, for the feed report. */
export interface PhotoWarning {
	sourceId: string;
	file: string;
	field: 'photo';
	url: string;
	reason: string;
}

export interface PhotoPassReport {
	/** Entries that show at least one photo. */
	withPhotos: number;
	/** Distinct photos downloaded in this build, and found in the cache. */
	downloaded: number;
	fromCache: number;
	warnings: PhotoWarning[];
}

/** The parts of Astro's loader context the pass uses. */
export interface PhotoPassContext {
	store: {
		keys(): string[];
		get(
			id: string,
		): { data: Record<string, unknown>; digest?: string | number; filePath?: string } | undefined;
		set(entry: {
			id: string;
			data: Record<string, unknown>;
			digest?: string;
			filePath?: string;
		}): boolean;
	};
	parseData(props: {
		id: string;
		data: Record<string, unknown>;
		filePath?: string;
	}): Promise<Record<string, unknown>>;
}

export interface PhotoPassOptions extends DownloadOptions {
	mode: PhotosMode;
	/** The project's root: entries' file paths are relative to it. */
	root: string;
}

interface EntryPhotos {
	id: string;
	images: RemotePhoto[];
	version: string;
}

/** The images an entry asks for: none for a sample entry (their addresses are invented). */
function wantedImages(data: Record<string, unknown>): RemotePhoto[] {
	if (data['sample'] === true || !Array.isArray(data['images'])) return [];
	return data['images'] as RemotePhoto[];
}

/**
 * "./" + the path of a cached file from the entry's file, as `image()` resolves it; the file's
 * absolute path for an entry without a file (a Geotrek hike), which has nothing to be relative to.
 */
function importPath(root: string, entryFile: string | undefined, file: string): string {
	if (!entryFile) return resolve(root, file).split(sep).join('/');
	const path = relative(dirname(resolve(root, entryFile)), file)
		.split(sep)
		.join('/');
	return path.startsWith('.') ? path : `./${path}`;
}

/** What tells two stored photo lists apart, whatever the order of their objects' keys. */
const signature = (photos: StoredPhoto[]): string =>
	JSON.stringify(
		photos.map((photo) => [
			photo.src,
			photo.width,
			photo.height,
			photo.credit,
			photo.license,
			photo.caption?.fr,
			photo.caption?.en,
		]),
	);

const sameList = (left: StoredPhoto[], right: StoredPhoto[]) =>
	signature(left) === signature(right);

export async function attachPhotos(
	options: PhotoPassOptions,
	context: PhotoPassContext,
): Promise<PhotoPassReport> {
	const entries: EntryPhotos[] = context.store.keys().map((id) => {
		const data = context.store.get(id)?.data ?? {};
		const images = options.mode === 'on' ? wantedImages(data) : [];
		const version = typeof data['lastUpdate'] === 'string' ? data['lastUpdate'] : '';
		return { id, images, version };
	});
	const requests: PhotoRequest[] = entries.flatMap(({ images, version }) =>
		images.map((image) => ({ url: image.url, version })),
	);
	const outcomes = await downloadPhotos(requests, options);
	const report: PhotoPassReport = { withPhotos: 0, downloaded: 0, fromCache: 0, warnings: [] };
	for (const outcome of outcomes.values()) {
		if (outcome.ok && outcome.fromCache) report.fromCache++;
		else if (outcome.ok) report.downloaded++;
	}
	for (const { id, images, version } of entries) {
		const entry = context.store.get(id);
		if (!entry) continue;
		const photos: StoredPhoto[] = [];
		for (const image of images) {
			const outcome = outcomes.get(requestKey({ url: image.url, version }));
			if (!outcome) continue;
			if (!outcome.ok) {
				report.warnings.push({
					sourceId: typeof entry.data['sourceId'] === 'string' ? entry.data['sourceId'] : id,
					file: entry.filePath ?? '',
					field: 'photo',
					url: image.url,
					reason: `${image.url}: ${outcome.reason}; not shown`,
				});
				continue;
			}
			const photo: StoredPhoto = {
				src: importPath(options.root, entry.filePath, outcome.photo.file),
				width: outcome.photo.width,
				height: outcome.photo.height,
			};
			if (image.credit) photo.credit = image.credit;
			if (image.license) photo.license = image.license;
			if (image.caption) photo.caption = image.caption;
			photos.push(photo);
		}
		if (photos.length > 0) report.withPhotos++;
		const stored = Array.isArray(entry.data['photos'])
			? (entry.data['photos'] as StoredPhoto[])
			: [];
		if (sameList(stored, photos)) continue;
		const data = await context.parseData({
			id,
			data: { ...entry.data, photos },
			...(entry.filePath === undefined ? {} : { filePath: entry.filePath }),
		});
		// The sync's digest, with the photos': the store keeps an entry whose digest is unchanged
		// as it is, and the sync still finds it unchanged (src/lib/datatourisme/sync.ts).
		const syncDigest = String(entry.digest ?? '').split('+')[0] ?? '';
		context.store.set({
			id,
			data,
			digest: `${syncDigest}+photos-${createHash('sha256').update(signature(photos)).digest('hex').slice(0, 16)}`,
			...(entry.filePath === undefined ? {} : { filePath: entry.filePath }),
		});
	}
	pruneCache(
		options.folder,
		new Set(requests.map(requestKey).filter((key) => outcomes.get(key)?.ok)),
	);
	return report;
}
