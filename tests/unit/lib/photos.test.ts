import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { indexPhotos, photoKeyOf, photoOf } from '../../../src/lib/photos';

const image = (src: string): { default: ImageMetadata } => ({
	default: { src, width: 1600, height: 1067, format: 'jpg' },
});

describe('photoKeyOf', () => {
	it('reads the collection and the entry id from the file path', () => {
		expect(photoKeyOf('../assets/photos/villages/vialas.jpg')).toBe('villages/vialas');
		expect(photoKeyOf('/src/assets/photos/experiences/nuit-etoilee-mont-lozere.WEBP')).toBe(
			'experiences/nuit-etoilee-mont-lozere',
		);
		expect(photoKeyOf('../assets/photos/README.md')).toBeUndefined();
	});
});

describe('indexPhotos', () => {
	it('indexes photos by collection and id', () => {
		const photos = indexPhotos({ '../assets/photos/sectors/calbertois.png': image('/a.png') });
		expect(photos.get('sectors/calbertois')?.src).toBe('/a.png');
	});

	it('refuses two files for one entry', () => {
		expect(() =>
			indexPhotos({
				'../assets/photos/villages/vialas.jpg': image('/a.jpg'),
				'../assets/photos/villages/vialas.webp': image('/b.webp'),
			}),
		).toThrow(/Two photos for villages\/vialas/);
	});
});

describe('photoOf', () => {
	it('falls back to the illustration when the office has no photo', () => {
		expect(photoOf('villages', 'molezon', false)).toBeUndefined();
	});

	it('fails, naming both files, when an entry describes a photo that is not there', () => {
		expect(() => photoOf('villages', 'molezon', true)).toThrow(
			/content\/villages\/molezon\.yaml.*src\/assets\/photos\/villages/,
		);
	});
});
