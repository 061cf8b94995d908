/**
 * The share link: the list in the URL's fragment, so that it never reaches a server or its logs.
 * Compact and versioned: `#v=1&p=id,id&h=id&e=id` (ids grouped by collection, in the list's
 * order within each). A link of a later version, or a broken one, reads as nothing to import.
 */
import { COLLECTION_PREFIXES, type CollectionPrefix, type StayKey } from './keys';
import { cleanKeys } from './storage';

/** The format written now; `decodeShare` reads this version only. */
export const SHARE_VERSION = 1;

/** The fragment (without "#") that carries the list. */
export function encodeShare(keys: readonly StayKey[]): string {
	const byPrefix = new Map<CollectionPrefix, string[]>();
	for (const key of cleanKeys(keys)) {
		const prefix = key.slice(0, 1) as CollectionPrefix;
		const ids = byPrefix.get(prefix) ?? [];
		ids.push(key.slice(2));
		byPrefix.set(prefix, ids);
	}
	const parts = [`v=${SHARE_VERSION}`];
	for (const prefix of COLLECTION_PREFIXES) {
		const ids = byPrefix.get(prefix);
		if (ids) parts.push(`${prefix}=${ids.join(',')}`);
	}
	return parts.join('&');
}

const safeDecode = (text: string): string => {
	try {
		return decodeURIComponent(text);
	} catch {
		return '';
	}
};

/** The keys a fragment carries ("#v=1&p=…" or "v=1&p=…"); undefined when it carries no list. */
export function decodeShare(fragment: string): StayKey[] | undefined {
	const fields = new Map<string, string>();
	for (const part of fragment.replace(/^#/, '').split('&')) {
		const equals = part.indexOf('=');
		if (equals > 0) fields.set(part.slice(0, equals), part.slice(equals + 1));
	}
	if (fields.get('v') !== String(SHARE_VERSION)) return undefined;
	const keys = COLLECTION_PREFIXES.flatMap((prefix) =>
		(fields.get(prefix) ?? '')
			.split(',')
			.filter((id) => id !== '')
			.map((id) => `${prefix}:${safeDecode(id)}`),
	);
	const clean = cleanKeys(keys);
	return clean.length > 0 ? clean : undefined;
}

/** The link to the page that rebuilds the list, e.g. `https://…/en/my-stay/#v=1&h=…`. */
export const shareUrl = (pageUrl: string, keys: readonly StayKey[]): string =>
	`${pageUrl.replace(/#.*$/, '')}#${encodeShare(keys)}`;
