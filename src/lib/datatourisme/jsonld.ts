/**
 * Reading DATAtourisme JSON-LD as the platform publishes it: most values may be a single value
 * or an array, text comes as language maps of arrays (`{ "fr": ["…"], "en": ["…"] }`), and
 * numbers such as latitudes come as strings.
 */

/** A JSON-LD node: any object of the feed. */
export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value or a list of values, as a list; `undefined` and `null` give an empty list. */
export function asArray(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

/** The nodes of a property (values that are not objects are dropped). */
export const nodesOf = (node: Node | undefined, property: string): Node[] =>
	asArray(node?.[property]).filter(isNode);

/** The first node of a property. */
export const firstNode = (node: Node | undefined, property: string): Node | undefined =>
	nodesOf(node, property)[0];

/** The strings of a property, trimmed, empty ones dropped. */
export function stringsOf(value: unknown): string[] {
	return asArray(value)
		.map((item) =>
			typeof item === 'string' ? item.trim() : typeof item === 'number' ? String(item) : '',
		)
		.filter((item) => item !== '');
}

/** The first string of a property. */
export const firstString = (value: unknown): string | undefined => stringsOf(value)[0];

/** A node's `@id`, or the value itself when it is a bare identifier string. */
export function idOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (isNode(value) && typeof value['@id'] === 'string') return value['@id'];
	return undefined;
}

/**
 * A number written as a number or a string ("43.851501", "2.0"), or the first of a list.
 * Undefined when absent; NaN when present but not a number.
 */
export function numberOf(value: unknown): number | undefined {
	const first = asArray(value)[0];
	if (first === undefined || first === null || first === '') return undefined;
	if (typeof first === 'number') return first;
	if (typeof first === 'string') {
		const normalised = first.trim().replace(',', '.');
		return /^[-+]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
	}
	return Number.NaN;
}

/** The text of a language map in a language; several values are separate paragraphs. */
export function textIn(map: unknown, language: string): string | undefined {
	if (!isNode(map)) return undefined;
	const text = stringsOf(map[language]).join('\n\n');
	return text === '' ? undefined : text;
}

/** French and English text of a language map; undefined without French. */
export function feedText(map: unknown): { fr: string; en?: string } | undefined {
	const fr = textIn(map, 'fr');
	if (fr === undefined) return undefined;
	const en = textIn(map, 'en');
	return en === undefined ? { fr } : { fr, en };
}

/** The `@type` list of a node. */
export const typesOf = (node: Node | undefined): string[] => stringsOf(node?.['@type']);

/** "2023-09-01T00:00:00" → "2023-09-01"; undefined when not a date. */
export function dateOf(value: unknown): string | undefined {
	const text = firstString(value);
	const match = text?.match(/^(\d{4}-\d{2}-\d{2})/);
	return match?.[1];
}

/** "14:00:00" → "14:00"; undefined when not a time. */
export function timeOf(value: unknown): string | undefined {
	const text = firstString(value);
	const match = text?.match(/^([01]\d|2[0-3]):([0-5]\d)/);
	return match ? `${match[1]}:${match[2]}` : undefined;
}
