/**
 * The office's picks of the season (content/season-picks/): valid, every month has some, and a
 * pick leading to an experience is only shown in that experience's seasons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { picksOfMonth } from '../../../src/lib/season-picks';
import { SeasonPickSchema } from '../../../src/schemas/season-pick';

const FOLDER = 'content/season-picks';
const picks = readdirSync(FOLDER)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => ({
		id: file.replace(/\.yaml$/, ''),
		data: SeasonPickSchema.parse(parse(readFileSync(join(FOLDER, file), 'utf8'))),
	}));
const SEASON_MONTHS: Record<string, number[]> = {
	spring: [3, 4, 5],
	summer: [6, 7, 8],
	autumn: [9, 10, 11],
	winter: [12, 1, 2],
};
const seasonsOf = (experience: string): string[] =>
	(parse(readFileSync(`content/experiences/${experience}.yaml`, 'utf8')) as { seasons: string[] })
		.seasons;

describe('content/season-picks', () => {
	it('gives every month at least two picks', () => {
		for (let month = 1; month <= 12; month++)
			expect(picksOfMonth(picks, month).length, `month ${month}`).toBeGreaterThanOrEqual(2);
	});
	it('shows a pick leading to an experience only in that experience’s seasons', () => {
		for (const pick of picks) {
			if (pick.data.link.route !== 'experience') continue;
			const months = seasonsOf(pick.data.link.id ?? '').flatMap((season) => SEASON_MONTHS[season]);
			for (const month of pick.data.months)
				expect(months, `${pick.id}, month ${month}`).toContain(month);
		}
	});
	it('never suggests a swim in December', () => {
		const december = picksOfMonth(picks, 12).map((pick) => pick.data.link.id);
		expect(december).not.toContain('baignade-dans-le-gardon');
	});
});

describe('SeasonPickSchema', () => {
	const valid = {
		title: { fr: 'Titre', en: 'Title' },
		summary: { fr: 'Résumé.', en: 'Summary.' },
		months: [1],
		link: { route: 'hikes' },
		order: 1,
	};
	it('accepts a pick leading to a list', () => {
		expect(() => SeasonPickSchema.parse(valid)).not.toThrow();
	});
	it('refuses a route that needs an entry without its id', () => {
		expect(() => SeasonPickSchema.parse({ ...valid, link: { route: 'experience' } })).toThrow(
			/needs the id/,
		);
	});
	it('refuses a route the site does not have', () => {
		expect(() => SeasonPickSchema.parse({ ...valid, link: { route: 'beach' } })).toThrow();
	});
	it('refuses a month outside 1–12', () => {
		expect(() => SeasonPickSchema.parse({ ...valid, months: [13] })).toThrow();
	});
});
