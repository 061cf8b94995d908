import { describe, expect, it } from 'vitest';
import { IMAGE_CACHE_BYTES, overflowing } from '../../../../src/lib/offline/size-cap';

const MB = 1024 * 1024;

describe('the size cap of the images cache', () => {
	it('keeps everything under the cap', () => {
		expect(overflowing([{ url: '/a.avif', bytes: 10 * MB }], IMAGE_CACHE_BYTES)).toEqual([]);
	});

	it('removes the oldest entries until the rest fits in 30 MB', () => {
		const entries = [
			{ url: '/oldest.avif', bytes: 12 * MB },
			{ url: '/old.webp', bytes: 10 * MB },
			{ url: '/recent.avif', bytes: 10 * MB },
			{ url: '/new.avif', bytes: 15 * MB },
		];
		// 47 MB: without the oldest, 35 MB; without the next one too, 25 MB.
		expect(overflowing(entries, IMAGE_CACHE_BYTES)).toEqual(['/oldest.avif', '/old.webp']);
	});
});
