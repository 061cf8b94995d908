/**
 * Reading DATAtourisme JSON-LD as the platform publishes it: most values may be a single value
 * or an array, text comes as language maps of arrays (`{ "fr": ["…"], "en": ["…"] }`), and
 * numbers such as latitudes come as strings. The expanded forms of the same values are read
 * too: `{ "@value": "…", "@language": "fr" }` for text, typed literals such as
 * `{ "@value": "44.33", "@type": "xsd:decimal" }`, alone or in arrays. Text is plain text:
 * HTML and entities are reduced by plainText (./text.ts).
 */
import { plainText } from './text';

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

/** The value of a JSON-LD value object (`{ "@value": … }`), or the value itself. */
export function literalOf(value: unknown): unknown {
	return isNode(value) && '@value' in value ? value['@value'] : value;
}

/** The strings of a property, as plain text, trimmed, empty ones dropped. */
export function stringsOf(value: unknown): string[] {
	return asArray(value)
		.map(literalOf)
		.map((item) =>
			typeof item === 'string'
				? plainText(item).trim()
				: typeof item === 'number'
					? String(item)
					: '',
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
	const first = literalOf(asArray(value)[0]);
	if (first === undefined || first === null || first === '') return undefined;
	if (typeof first === 'number') return first;
	if (typeof first === 'string') {
		const normalised = first.trim().replace(',', '.');
		return /^[-+]?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
	}
	return Number.NaN;
}

/** "fr-FR" → "fr". */
const baseLanguage = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The values of a text property in a language: a language map (`{ "fr": […] }`, its values
 * strings or value objects), or value objects tagged with `@language`. A string with no
 * language is French, the feed's language.
 */
function valuesIn(value: unknown, language: string): unknown[] {
	if (isNode(value) && !('@value' in value)) {
		return Object.entries(value)
			.filter(([key]) => !key.startsWith('@') && baseLanguage(key) === language)
			.flatMap(([, values]) => asArray(values));
	}
	return asArray(value)
		.filter((item) => {
			if (typeof item === 'string') return language === 'fr';
			if (!isNode(item)) return false;
			if ('@value' in item) {
				const tag = item['@language'];
				return typeof tag === 'string' ? baseLanguage(tag) === language : language === 'fr';
			}
			return valuesIn(item, language).length > 0;
		})
		.flatMap((item) => (isNode(item) && !('@value' in item) ? valuesIn(item, language) : [item]));
}

/** The text of a language map in a language; several values are separate paragraphs. */
export function textIn(map: unknown, language: string): string | undefined {
	const text = stringsOf(valuesIn(map, language)).join('\n\n');
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

/** A boolean written as `true`, `"true"` or `{ "@value": "true", "@type": "xsd:boolean" }`. */
export function booleanOf(value: unknown): boolean | undefined {
	const first = literalOf(asArray(value)[0]);
	if (typeof first === 'boolean') return first;
	if (first === 'true' || first === '1') return true;
	if (first === 'false' || first === '0') return false;
	return undefined;
}
