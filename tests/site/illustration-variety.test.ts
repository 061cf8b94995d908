/**
 * One drawing never stands for two places: the pages of the sectors, villages, themes and
 * experiences that show a drawing (no photo of the office's) each show a picture of their own —
 * the drawing they share with other places, in their own variant (src/lib/illustration-variants.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../tools/built-site';

/** The French pages of one place each: "/decouvrir/…/x/", not lists nor filters. */
const PLACE_PAGE = /^\/decouvrir\/(?:villages\/|envies\/|experiences\/)?[a-z0-9-]+\/$/;
const LISTS = new Set(['/decouvrir/villages/', '/decouvrir/experiences/']);

/** The first drawing of a page: its top picture. */
const drawingOf = (html: string) => /<svg class="illustration"[\s\S]*?<\/svg>/.exec(html)?.[0];

describe('the drawings of the places', () => {
	const pictures = builtPages()
		.filter((page) => PLACE_PAGE.test(page.path) && !LISTS.has(page.path))
		.map((page) => ({
			path: page.path,
			drawing: drawingOf(readFileSync(join(DIST, page.file), 'utf8')),
		}))
		.filter((page) => page.drawing !== undefined);

	it('finds the places’ pages and their drawings', () => {
		expect(pictures.length).toBeGreaterThan(20);
	});

	it('gives every place a picture of its own', () => {
		const byPicture = new Map<string, string[]>();
		for (const { path, drawing } of pictures)
			byPicture.set(drawing!, [...(byPicture.get(drawing!) ?? []), path]);
		const shared = [...byPicture.values()].filter((paths) => paths.length > 1);
		expect(shared).toEqual([]);
	});
});
