/**
 * Text helpers of the search index: accent folding, which orders names the way a reader expects
 * ("Écuries" among the E, not after Z).
 */

/** Letters that are not a base letter plus combining marks, so NFD leaves them whole. */
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'Oe', æ: 'ae', Æ: 'Ae', ß: 'ss' };

/** "Saint-Étienne-Vallée-Française" → "Saint-Etienne-Vallee-Francaise"; "cœur" → "coeur". */
export function foldAccents(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter);
}

/** The key a name sorts by: folded, lower case, spaces collapsed. */
export function sortKey(name: string): string {
	return foldAccents(name).toLowerCase().replace(/\s+/g, ' ').trim();
}
