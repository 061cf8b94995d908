/**
 * A cap on the bytes a runtime cache holds (the photos of visited pages: about 30 MB), which
 * Workbox's expiration counts in entries and age only. The oldest entries go first: a cache's
 * keys come in the order they were stored.
 */

/** The photos and other images of visited pages: at most about 30 MB on the device. */
export const IMAGE_CACHE_BYTES = 30 * 1024 * 1024;

/** The URLs to delete, oldest first, so that what remains holds at most `capBytes`. */
export function overflowing(entries: { url: string; bytes: number }[], capBytes: number): string[] {
	let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
	const removed: string[] = [];
	for (const entry of entries) {
		if (total <= capBytes) break;
		removed.push(entry.url);
		total -= entry.bytes;
	}
	return removed;
}
