/**
 * The keys of the list's items, apart from the catalogue's shapes so that the hearts' script,
 * on every page that shows one, carries only this.
 */

/**
 * The prefix of an item's key, one letter per collection: "p:gite-des-pins-421dca18" (a member of
 * the feed, whatever its category), "h:…" (a hike), "e:…" (an event). Ids are unique within
 * their collection only.
 */
export const COLLECTION_PREFIXES = ['p', 'h', 'e'] as const;

export type CollectionPrefix = (typeof COLLECTION_PREFIXES)[number];

/** "p:id", "h:id" or "e:id". */
export type StayKey = `${CollectionPrefix}:${string}`;

const KEY_PATTERN = new RegExp(`^[${COLLECTION_PREFIXES.join('')}]:[a-z0-9][a-z0-9-]{0,150}$`);

/** Whether a string is an item key ("p:id"), ids being the lowercase slugs of file names. */
export const isStayKey = (value: unknown): value is StayKey =>
	typeof value === 'string' && KEY_PATTERN.test(value);
