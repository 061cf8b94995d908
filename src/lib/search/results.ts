/**
 * What a result card shows, from the data Pagefind returns for a page: its title, kind, village,
 * photo and an excerpt whose matched words are highlighted. Pagefind returns the excerpt as HTML
 * (entities escaped, matches in <mark>); it is turned into plain text parts here so the card
 * never inserts HTML.
 * @see https://pagefind.app/docs/api/#loading-a-result
 */
import { hasEnded } from './ended';
import { isSearchKind, type SearchKind } from './kinds';

/** The part of Pagefind's result data the cards use. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
}

/** A run of excerpt text, highlighted when it is a matched word. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

export interface ResultCard {
	url: string;
	title: string;
	/** The kind as the index names it (`hike`), for the pictogram. */
	kind: SearchKind | undefined;
	/** The kind as the visitor reads it ("Randonnée"). */
	kindLabel: string;
	village: string | undefined;
	image: { src: string; alt: string } | undefined;
	excerpt: ExcerptPart[];
	/** Last day of a dated page ("YYYY-MM-DD"). */
	ends: string | undefined;
}

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
	'&apos;': "'",
	'&nbsp;': '\u00a0',
};

const decodeEntities = (html: string) =>
	html.replace(/&(?:#(\d+)|#x([\da-f]+)|[a-z]+);/gi, (entity, decimal?: string, hex?: string) => {
		if (decimal) return String.fromCodePoint(Number(decimal));
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		return ENTITIES[entity.toLowerCase()] ?? entity;
	});

/** "a <mark>gîte</mark> d&#39;étape" → a / gîte (marked) / d'étape. Other tags are dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const token of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(token)) marked = true;
		else if (/^<\/mark>$/i.test(token)) marked = false;
		else {
			const text = decodeEntities(token.replace(/<[^>]*>/g, ''));
			if (text) parts.push({ text, marked });
		}
	}
	return parts;
}

/** Only the site's own pictures: a URL on this site, never one that leaves it. */
const isLocalPath = (value: string | undefined): value is string =>
	value !== undefined && value.startsWith('/') && !value.startsWith('//');

export function resultCard(data: PagefindResultData): ResultCard {
	const kind = data.filters?.['kind']?.find(isSearchKind);
	const image = data.meta['image'];
	return {
		url: data.url,
		title: data.meta['title'] ?? data.url,
		kind,
		kindLabel: data.meta['kind'] ?? '',
		village: data.meta['village'] || undefined,
		image: isLocalPath(image) ? { src: image, alt: data.meta['image_alt'] ?? '' } : undefined,
		excerpt: excerptParts(data.excerpt),
		ends: data.meta['ends'] || undefined,
	};
}

/**
 * Cards of the results still current on `today`: a page that carries `ends` only as metadata
 * (not as the filter the search leaves out) is dropped here.
 */
export const currentCards = (data: readonly PagefindResultData[], today: string): ResultCard[] =>
	data.map(resultCard).filter((card) => !hasEnded(card.ends, today));
