/**
 * The visitor's list, kept on the device (localStorage: no account, no cookie). Keys in the order
 * they were added. Every function takes the storage, so that tests pass a fake one; a browser
 * that refuses storage (private mode, full quota) keeps the list for the page's lifetime only.
 */
import { isStayKey, type StayKey } from './keys';

export { isStayKey };

/** The storage key; the version lets a later format read (or drop) this one. */
export const STORAGE_KEY = 'cml-my-stay-v1';

/** Dispatched on `window` when this page changes the list (other tabs get a `storage` event). */
export const CHANGE_EVENT = 'my-stay-change';

/** At most this many items: a list is a plan for a stay, and a share link must stay short. */
export const MAX_ITEMS = 200;

/** Keeps valid keys, once each, in their order, at most MAX_ITEMS. */
export function cleanKeys(values: readonly unknown[]): StayKey[] {
	return [...new Set(values.filter(isStayKey))].slice(0, MAX_ITEMS);
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The list, or an empty one when nothing (or something unreadable) is stored. */
export function readStay(storage: KeyValueStore | undefined): StayKey[] {
	try {
		const stored = storage?.getItem(STORAGE_KEY);
		if (!stored) return [];
		const parsed: unknown = JSON.parse(stored);
		return Array.isArray(parsed) ? cleanKeys(parsed) : [];
	} catch {
		return [];
	}
}

/** Stores the list (removes the entry when empty); false when the browser refused. */
export function writeStay(storage: KeyValueStore | undefined, keys: readonly StayKey[]): boolean {
	try {
		if (!storage) return false;
		const clean = cleanKeys(keys);
		if (clean.length === 0) storage.removeItem(STORAGE_KEY);
		else storage.setItem(STORAGE_KEY, JSON.stringify(clean));
		return true;
	} catch {
		return false;
	}
}

/** The list with the item added (at the end) or removed. */
export function withItem(keys: readonly StayKey[], key: StayKey, kept: boolean): StayKey[] {
	const others = keys.filter((other) => other !== key);
	return kept ? cleanKeys([...others, key]) : others;
}

/** The list with another's items added after its own (a shared list merged in). */
export const mergeKeys = (mine: readonly StayKey[], theirs: readonly StayKey[]): StayKey[] =>
	cleanKeys([...mine, ...theirs]);
