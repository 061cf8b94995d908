import { describe, expect, it } from 'vitest';
import { formatDistance } from '../../../src/lib/i18n/format';

/** Intl puts a (narrow) no-break space between number and unit; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDistance', () => {
	it('gives metres, to the nearest 10, under a kilometre', () => {
		expect(plain(formatDistance(853, 'fr'))).toBe('850 m');
		expect(plain(formatDistance(3, 'en'))).toBe('10 m');
	});

	it('gives kilometres with one decimal under 10 km, in each language’s notation', () => {
		expect(plain(formatDistance(4_230, 'fr'))).toBe('4,2 km');
		expect(plain(formatDistance(4_230, 'en'))).toBe('4.2 km');
		expect(plain(formatDistance(999, 'en'))).toBe('1 km');
	});

	it('gives whole kilometres beyond', () => {
		expect(plain(formatDistance(12_345, 'fr'))).toBe('12 km');
		expect(plain(formatDistance(612_000, 'en'))).toBe('612 km');
	});
});
