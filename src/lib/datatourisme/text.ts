/**
 * Text from the feed as the site shows it. Feeds carry HTML in descriptions (`<p>`, `<br>`,
 * `<strong>`) and HTML entities in names and addresses (`&amp;`, `&eacute;`, `&#039;`); the site
 * shows plain text, which the pages escape, so nothing of the feed's markup reaches a page.
 * Paragraphs are kept as blank lines, line breaks as new lines.
 */

/** The longest description a page shows; longer ones are cut at a sentence or a word. */
export const MAX_DESCRIPTION_LENGTH = 10_000;

/** The longest summary made from a description. */
export const SUMMARY_LENGTH = 300;

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
	laquo: '«',
	raquo: '»',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	euro: '€',
	deg: '°',
	copy: '©',
	reg: '®',
	trade: '™',
	middot: '·',
	bull: '•',
	oelig: 'œ',
	OElig: 'Œ',
	aelig: 'æ',
	AElig: 'Æ',
	ccedil: 'ç',
	Ccedil: 'Ç',
	szlig: 'ß',
};

/** Accented letters: `&eacute;` → é, `&Agrave;` → À, `&ouml;` → ö… */
const ACCENTS: Record<string, string> = {
	acute: '\u0301',
	grave: '\u0300',
	circ: '\u0302',
	uml: '\u0308',
	tilde: '\u0303',
	ring: '\u030a',
};

function entity(name: string): string | undefined {
	if (name.startsWith('#')) {
		const code =
			name[1] === 'x' || name[1] === 'X'
				? Number.parseInt(name.slice(2), 16)
				: Number.parseInt(name.slice(1), 10);
		if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return undefined;
		if ((code >= 0xd800 && code <= 0xdfff) || code < 0x20) return code === 10 ? '\n' : ' ';
		return String.fromCodePoint(code);
	}
	const named = NAMED_ENTITIES[name];
	if (named !== undefined) return named;
	const accent = name.match(/^([a-zA-Z])(acute|grave|circ|uml|tilde|ring)$/);
	if (accent) return `${accent[1]}${ACCENTS[accent[2] as string]}`.normalize('NFC');
	return undefined;
}

/** Decodes HTML entities; an unknown entity is left as it is written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(
		/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
		(match, name: string) => entity(name) ?? match,
	);
}

const BLOCK_TAGS =
	/<\/?(?:p|div|section|article|h[1-6]|ul|ol|li|table|tr|blockquote|pre|dl|dt|dd)\b[^>]*>/gi;

/**
 * HTML reduced to text: scripts, styles and comments removed with their content, block
 * elements become paragraphs, `<br>` a line break, list items start with "– ", every other tag
 * is dropped, entities are decoded and runs of spaces collapsed. Text without `<` or `&` is
 * returned as it is, so plain feeds cost nothing.
 */
export function plainText(text: string): string {
	if (!/[<&]/.test(text)) return text;
	let result = text;
	if (result.includes('<')) {
		result = result
			.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
			.replace(/<(script|style|template|iframe|object|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
			.replace(/<br\s*\/?>/gi, '\n')
			.replace(/<li\b[^>]*>/gi, '\n\n– ')
			.replace(BLOCK_TAGS, '\n\n')
			.replace(/<\/?[a-zA-Z][^>]*>/g, '')
			.replace(/<[a-zA-Z!/?][^>]*$/, '');
	}
	result = decodeEntities(result);
	return result
		.replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
		.replace(/[ \t]{2,}/g, ' ')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/^\n+|\n+$/g, '')
		.replace(/^[ \t]+|[ \t]+$/g, '');
}

/** Text cut at most `limit` characters: at the last sentence end, else the last word, with "…". */
export function cutText(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const head = text.slice(0, limit);
	const sentenceEnd = Math.max(
		head.lastIndexOf('. '),
		head.lastIndexOf('! '),
		head.lastIndexOf('? '),
		head.lastIndexOf('.\n'),
	);
	if (sentenceEnd > limit / 3) return head.slice(0, sentenceEnd + 1).trim();
	return `${head.slice(0, limit - 1).replace(/\s+\S*$/, '')}…`;
}

/** "Un texte long. Avec deux phrases…" → its first sentences, within `limit` characters. */
export function summaryOf(text: string, limit = SUMMARY_LENGTH): string {
	const paragraph = text.split(/\n\s*\n/)[0]?.trim() ?? text;
	if (paragraph.length <= limit) return paragraph;
	const sentences = paragraph.match(/[^.!?]+[.!?]+/g) ?? [];
	let summary = '';
	for (const sentence of sentences) {
		if ((summary + sentence).length > limit) break;
		summary += sentence;
	}
	return summary.trim() || `${paragraph.slice(0, limit - 1).replace(/\s+\S*$/, '')}…`;
}
