/**
 * The build's photo cache: each downloaded photo as a file named by a digest of its address
 * and of its object's last update, with a small JSON file beside it (format, size). It lives
 * under Astro's cache folder (node_modules/.astro/photos/), so a deploy that keeps that folder
 * keeps the photos: an unchanged photo is never downloaded again, and Astro's own image cache
 * then skips its conversion too.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { EXTENSIONS, type PhotoFormat } from './sniff';

/** A photo in the cache. */
export interface CachedPhoto {
	/** Absolute path of the file. */
	file: string;
	format: PhotoFormat;
	width: number;
	height: number;
	bytes: number;
}

/** What the JSON file beside a photo keeps. */
interface CacheRecord {
	url: string;
	version: string;
	format: PhotoFormat;
	width: number;
	height: number;
	bytes: number;
}

/** The cache key of a photo: its address and its object's last update (or "" when unknown). */
export const cacheKey = (url: string, version: string): string =>
	createHash('sha256').update(`${url}\n${version}`).digest('hex').slice(0, 32);

/** The photo of a key, when the cache holds it whole (record and file). */
export function readCached(folder: string, key: string): CachedPhoto | undefined {
	let record: CacheRecord;
	try {
		record = JSON.parse(readFileSync(join(folder, `${key}.json`), 'utf8')) as CacheRecord;
	} catch {
		return undefined;
	}
	const extension = EXTENSIONS[record.format];
	if (!extension) return undefined;
	const file = join(folder, `${key}.${extension}`);
	if (!existsSync(file)) return undefined;
	return {
		file,
		format: record.format,
		width: record.width,
		height: record.height,
		bytes: record.bytes,
	};
}

/** Writes a photo and its record; each file is renamed into place whole. */
export function writeCached(
	folder: string,
	key: string,
	photo: {
		url: string;
		version: string;
		bytes: Uint8Array;
		format: PhotoFormat;
		width: number;
		height: number;
	},
): CachedPhoto {
	mkdirSync(folder, { recursive: true });
	const file = join(folder, `${key}.${EXTENSIONS[photo.format]}`);
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, photo.bytes);
	renameSync(temporary, file);
	const record: CacheRecord = {
		url: photo.url,
		version: photo.version,
		format: photo.format,
		width: photo.width,
		height: photo.height,
		bytes: photo.bytes.byteLength,
	};
	writeFileSync(`${join(folder, key)}.json.${process.pid}.tmp`, JSON.stringify(record));
	renameSync(`${join(folder, key)}.json.${process.pid}.tmp`, join(folder, `${key}.json`));
	return {
		file,
		format: photo.format,
		width: photo.width,
		height: photo.height,
		bytes: photo.bytes.byteLength,
	};
}

/** Removes the cached photos whose key is not in `keep` (photos no entry shows any more). */
export function pruneCache(folder: string, keep: Set<string>): number {
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return 0;
	}
	let removed = 0;
	for (const name of names) {
		const key = name.split('.')[0] ?? '';
		if (keep.has(key)) continue;
		rmSync(join(folder, name), { force: true });
		if (name.endsWith('.json')) removed++;
	}
	return removed;
}

/** The cache's size on disk (bytes), for the bench and the build's summary. */
export function cacheSize(folder: string): number {
	try {
		return readdirSync(folder, { withFileTypes: true })
			.filter((entry) => entry.isFile())
			.reduce((total, entry) => total + statSync(join(folder, entry.name)).size, 0);
	} catch {
		return 0;
	}
}
