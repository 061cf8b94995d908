/**
 * JSON written inside an HTML `<script>` element (JSON-LD, inline configuration).
 *
 * `JSON.stringify` leaves `<`, `>` and `&` as they are, so a string holding `</script>` ends the
 * element early and whatever follows runs as script, and `<!--` switches the tokenizer into a
 * state where the real `</script>` is not seen. Member listings are typed by the members
 * themselves: every such character is written as a JSON escape instead, which parses back to the
 * same text. U+2028 and U+2029 are escaped too: valid in JSON, they end a line in older script
 * parsers.
 */
const ESCAPES: Record<string, string> = {
	'<': '\\u003c',
	'>': '\\u003e',
	'&': '\\u0026',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029',
};

/** `value` as JSON safe to place between `<script …>` and `</script>`. */
export function inlineJson(value: unknown): string {
	const json = JSON.stringify(value) ?? 'null';
	return json.replace(/[<>&\u2028\u2029]/g, (character) => ESCAPES[character] ?? character);
}
