/**
 * French prepositions before a name with an article: "de" + "Le Pont-de-Montvert" is "du
 * Pont-de-Montvert", "à" + "Le Collet-de-Dèze" is "au Collet-de-Dèze", "de" + "Les Bondons" is
 * "des Bondons", "à" + "Les Bondons" is "aux Bondons"; "de" before a vowel is elided ("d’Alès").
 * The French dictionary's texts go through it (src/lib/i18n/ui.ts): "Plan de {{name}}" reads
 * right whatever the village.
 */

/** "de Le X" → "du X", "à Les X" → "aux X", "jusqu’à Le X" → "jusqu’au X", "de Alès" → "d’Alès". */
export function withPreposition(preposition: 'de' | 'à', name: string): string {
	const article = /^(Les?) (.+)$/s.exec(name);
	if (article) {
		const [, le, rest] = article;
		const contracted =
			preposition === 'de' ? (le === 'Le' ? 'du' : 'des') : le === 'Le' ? 'au' : 'aux';
		return `${contracted} ${rest}`;
	}
	if (preposition === 'de' && /^[AEIOUYÀÂÉÈÊËÎÏÔÛÜaeiouyàâéèêëîïôûü]/.test(name))
		return `d’${name}`;
	return `${preposition} ${name}`;
}

/**
 * Fills a French text's placeholders, joining "de" / "à" just before a placeholder to its value
 * as French does. `fill` gives each placeholder's value.
 */
export function contractPrepositions(template: string, fill: (name: string) => string): string {
	return template.replace(
		/(^|[\s(’'])(de|à) \{\{(\w+)\}\}|\{\{(\w+)\}\}/g,
		(_, before: string | undefined, preposition: 'de' | 'à' | undefined, joined, alone) =>
			preposition
				? `${before ?? ''}${withPreposition(preposition, fill(joined as string))}`
				: fill(alone as string),
	);
}
