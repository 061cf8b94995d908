import { describe, expect, it } from 'vitest';
import type { StayKey } from '../../../../src/lib/my-stay/catalogue';
import { decodeShare, encodeShare, shareUrl } from '../../../../src/lib/my-stay/share';

describe('the share link', () => {
	const keys: StayKey[] = [
		'h:tour-du-lozere',
		'p:gite-421dca18',
		'e:bal-du-14-juillet',
		'p:ferme-2',
	];

	it('writes ids grouped by collection behind a version', () => {
		expect(encodeShare(keys)).toBe(
			'v=1&p=gite-421dca18,ferme-2&h=tour-du-lozere&e=bal-du-14-juillet',
		);
	});

	it('reads back every item it wrote', () => {
		expect(new Set(decodeShare(`#${encodeShare(keys)}`))).toEqual(new Set(keys));
	});

	it('puts the list in the fragment of the page, replacing any fragment there', () => {
		expect(shareUrl('https://example.org/en/my-stay/#v=1&h=old', ['h:new'])).toBe(
			'https://example.org/en/my-stay/#v=1&h=new',
		);
	});

	it('reads nothing from a fragment without a list, of another version, or broken', () => {
		expect(decodeShare('')).toBeUndefined();
		expect(decodeShare('#main')).toBeUndefined();
		expect(decodeShare('#v=2&h=a')).toBeUndefined();
		expect(decodeShare('#v=1')).toBeUndefined();
		expect(decodeShare('#v=1&h=%E0%A4%A')).toBeUndefined();
	});

	it('leaves out ids that cannot be items', () => {
		expect(decodeShare('#v=1&h=ok,,Bad,<x>&x=y&e=fine')).toEqual(['h:ok', 'e:fine']);
	});

	it('stays short: twenty members fit in well under 2,000 characters', () => {
		const many = Array.from(
			{ length: 20 },
			(_, index): StayKey => `p:aire-naturelle-de-la-pierre-plantee-${index}0acc80b`,
		);
		expect(shareUrl('https://www.cevennes-montlozere.com/mon-sejour/', many).length).toBeLessThan(
			1000,
		);
	});
});
