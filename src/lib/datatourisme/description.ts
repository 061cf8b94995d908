/** An object's words: summary and description, the languages spoken, its themes. */
import { feedText, firstNode, idOf, nodesOf, stringsOf, textIn, type Node } from './jsonld';
import type { FeedText, Problem } from './mapping';
import { cutText, MAX_DESCRIPTION_LENGTH, SUMMARY_LENGTH, summaryOf } from './text';
import type { ThemeTerm } from './classify';
import { localName } from './vocabulary';

/** Language codes of `availableLanguage`; the feed's "sp" is Spanish. */
export function languagesOf(object: Node): string[] {
	const codes = stringsOf(object['availableLanguage'])
		.map((code) => code.toLowerCase())
		.map((code) => (code === 'sp' ? 'es' : code))
		.filter((code) => /^[a-z]{2}$/.test(code));
	return [...new Set(codes)];
}

/** Themes (`hasTheme`) as the classifier reads them and as pages show them. */
export function themesOf(object: Node): { terms: ThemeTerm[]; names: FeedText[] } {
	const themes = nodesOf(object, 'hasTheme');
	return {
		terms: themes.map((theme) => ({
			code: localName(idOf(theme) ?? ''),
			labelFr: textIn(theme['rdfs:label'], 'fr'),
		})),
		names: themes
			.map((theme) => feedText(theme['rdfs:label']))
			.filter((name): name is FeedText => name !== undefined),
	};
}

/** A feed text cut to `limit` characters in each language; whether it was cut. */
function capped(text: FeedText, limit: number): { text: FeedText; cut: boolean } {
	const fr = cutText(text.fr, limit);
	const en = text.en === undefined ? undefined : cutText(text.en, limit);
	return {
		text: en === undefined ? { fr } : { fr, en },
		cut: fr !== text.fr || en !== text.en,
	};
}

/**
 * The summary and description of an object. The description is capped at
 * MAX_DESCRIPTION_LENGTH characters (with a warning); without a short description
 * (`shortDescription`, else `rdfs:comment`), the summary is the description's first sentences.
 */
export function describe(
	object: Node,
	warnings: Problem[],
): { summary?: FeedText; description?: FeedText } {
	const node = firstNode(object, 'hasDescription');
	let description = feedText(node?.['dc:description']);
	if (description) {
		const result = capped(description, MAX_DESCRIPTION_LENGTH);
		if (result.cut)
			warnings.push({
				field: 'hasDescription.dc:description',
				reason: `longer than ${MAX_DESCRIPTION_LENGTH} characters: cut`,
			});
		description = result.text;
	}
	let summary = feedText(node?.['shortDescription']) ?? feedText(object['rdfs:comment']);
	if (summary) summary = capped(summary, SUMMARY_LENGTH * 2).text;
	else if (description) {
		summary = {
			fr: summaryOf(description.fr),
			...(description.en ? { en: summaryOf(description.en) } : {}),
		};
		warnings.push({
			field: 'hasDescription.shortDescription',
			reason: 'no short description: the first sentences of the description stand in',
		});
	}
	return { ...(summary ? { summary } : {}), ...(description ? { description } : {}) };
}
