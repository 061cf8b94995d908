import { describe, expect, it } from 'vitest';
import { formatFrenchPhone, normalizeFrenchPhone } from '../../../src/lib/phone';

describe('normalizeFrenchPhone', () => {
	it.each([
		['+33(0)4 66 45 81 94', '+33466458194'],
		['+33 4 66 45 81 94', '+33466458194'],
		['04 66 45 81 94', '+33466458194'],
		['04.66.45.81.94', '+33466458194'],
		['0033 466 458 194', '+33466458194'],
		['06-12-34-56-78', '+33612345678'],
	])('reads "%s" as %s', (input, expected) => {
		expect(normalizeFrenchPhone(input)).toBe(expected);
	});

	it.each(['12 34', '04 66 45 81', '+44 20 7946 0958', '00 66 45 81 94', 'info@example.com'])(
		'rejects "%s"',
		(input) => {
			expect(normalizeFrenchPhone(input)).toBeNull();
		},
	);
});

describe('formatFrenchPhone', () => {
	it('writes the international and national forms with no-break spaces', () => {
		expect(formatFrenchPhone('+33466458194', 'international')).toBe(
			'+33\u00a04\u00a066\u00a045\u00a081\u00a094',
		);
		expect(formatFrenchPhone('+33466458194', 'national')).toBe(
			'04\u00a066\u00a045\u00a081\u00a094',
		);
	});
});
