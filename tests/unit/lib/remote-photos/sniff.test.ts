import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../src/lib/remote-photos/sniff';

const bytes = (...values: (number | string)[]) =>
	Uint8Array.from(
		values.flatMap((value) =>
			typeof value === 'string' ? [...value].map((character) => character.charCodeAt(0)) : [value],
		),
	);

describe('the type of a photo, from its first bytes', () => {
	it('recognises JPEG, PNG and WebP', () => {
		expect(sniffFormat(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('jpeg');
		expect(sniffFormat(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
		expect(sniffFormat(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
	});

	it('refuses HTML, GIF, a RIFF that is not WebP, and a truncated header', () => {
		expect(sniffFormat(bytes('<!doctype html>'))).toBeUndefined();
		expect(sniffFormat(bytes('GIF89a'))).toBeUndefined();
		expect(sniffFormat(bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '))).toBeUndefined();
		expect(sniffFormat(bytes(0xff, 0xd8))).toBeUndefined();
	});
});
