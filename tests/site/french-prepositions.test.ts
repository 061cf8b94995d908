/**
 * French before a place name with an article: "du Pont-de-Montvert", "au Collet-de-Dèze", "des
 * Bondons", "aux Bondons" — never "de Le…", "à Le…", "jusqu’à Le…" (src/lib/i18n/french.ts). The
 * French pages of the built site are read as a visitor reads them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../tools/built-site';

/** "de Le X", "à Les X", "jusqu’à Le X": a preposition left uncontracted before a name. */
const UNCONTRACTED = /(?:\bde|(?:^|[\s’'(])à|jusqu[’']à) Les? (?=\p{Lu})/u;

const visibleText = (html: string) =>
	html
		.replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|\u00a0/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/[ \t]+/g, ' ');

describe('French prepositions before place names', () => {
	it('the check sees an uncontracted preposition', () => {
		expect(visibleText('<p>Plan de Le Collet-de-Dèze</p>')).toMatch(UNCONTRACTED);
		expect('Itinéraire jusqu’à Le Mas').toMatch(UNCONTRACTED);
		expect('Plan du Collet-de-Dèze, à La Canourgue, de Les').not.toMatch(UNCONTRACTED);
	});

	it('no French page writes "de Le" or "à Le" before a name', () => {
		const found = builtPages()
			.filter((page) => !page.path.startsWith('/en/'))
			.flatMap((page) => {
				const text = visibleText(readFileSync(join(DIST, page.file), 'utf8'));
				const match = UNCONTRACTED.exec(text);
				return match ? [`${page.path}: …${text.slice(match.index, match.index + 40)}…`] : [];
			});
		expect(found.slice(0, 20), `${found.length} pages`).toEqual([]);
	});
});
