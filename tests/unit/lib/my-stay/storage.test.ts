import { describe, expect, it } from 'vitest';
import {
	MAX_ITEMS,
	STORAGE_KEY,
	cleanKeys,
	isStayKey,
	mergeKeys,
	readStay,
	withItem,
	writeStay,
} from '../../../../src/lib/my-stay/storage';

/** A Storage as far as the list uses it. */
function memoryStorage(initial: Record<string, string> = {}) {
	const values = new Map(Object.entries(initial));
	return {
		values,
		getItem: (key: string) => values.get(key) ?? null,
		setItem: (key: string, value: string) => void values.set(key, value),
		removeItem: (key: string) => void values.delete(key),
	};
}

describe('the list kept on the device', () => {
	it('reads back what it wrote, in the order items were added', () => {
		const storage = memoryStorage();
		expect(writeStay(storage, ['h:tour-du-lozere', 'p:gite-421dca18', 'e:bal'])).toBe(true);
		expect(readStay(storage)).toEqual(['h:tour-du-lozere', 'p:gite-421dca18', 'e:bal']);
	});

	it('forgets the entry when the list is emptied', () => {
		const storage = memoryStorage({ [STORAGE_KEY]: '["h:a"]' });
		writeStay(storage, []);
		expect(storage.values.has(STORAGE_KEY)).toBe(false);
	});

	it('reads an empty list from nothing, from broken JSON and from a foreign shape', () => {
		expect(readStay(undefined)).toEqual([]);
		expect(readStay(memoryStorage())).toEqual([]);
		expect(readStay(memoryStorage({ [STORAGE_KEY]: '{not json' }))).toEqual([]);
		expect(readStay(memoryStorage({ [STORAGE_KEY]: '{"h":1}' }))).toEqual([]);
	});

	it('drops keys that are not items, and duplicates', () => {
		const stored = JSON.stringify(['h:a', 'x:b', 'h:a', 42, 'p:', 'e:<script>', 'e:ok-1']);
		expect(readStay(memoryStorage({ [STORAGE_KEY]: stored }))).toEqual(['h:a', 'e:ok-1']);
	});

	it('says so when the browser refuses to store (private mode, full quota)', () => {
		const refusing = {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('quota', 'QuotaExceededError');
			},
		};
		expect(writeStay(refusing, ['h:a'])).toBe(false);
		expect(writeStay(undefined, ['h:a'])).toBe(false);
	});

	it('keeps at most MAX_ITEMS items', () => {
		const many = Array.from({ length: MAX_ITEMS + 5 }, (_, index) => `h:hike-${index}`);
		expect(cleanKeys(many)).toHaveLength(MAX_ITEMS);
	});

	it('adds an item at the end, once, and removes it', () => {
		expect(withItem(['h:a', 'p:b'], 'h:a', true)).toEqual(['p:b', 'h:a']);
		expect(withItem(['h:a'], 'e:c', true)).toEqual(['h:a', 'e:c']);
		expect(withItem(['h:a', 'e:c'], 'h:a', false)).toEqual(['e:c']);
	});

	it('merges a shared list after its own items, each once', () => {
		expect(mergeKeys(['h:a', 'p:b'], ['p:b', 'e:c'])).toEqual(['h:a', 'p:b', 'e:c']);
	});

	it('recognises item keys', () => {
		expect(isStayKey('p:aire-naturelle-de-la-canourgue-421dca18')).toBe(true);
		expect(isStayKey('h:Tour')).toBe(false);
		expect(isStayKey('hike:a')).toBe(false);
	});
});
