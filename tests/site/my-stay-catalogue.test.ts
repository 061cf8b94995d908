/**
 * The "My stay" catalogue (src/lib/my-stay/build.ts) as the build wrote it, in each language:
 * every item leads to a page of the built site, every member of the feed is in it, and it stays
 * small, since the page fetches it whole (figures printed for the report).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales';
import { pathTo, ROUTES } from '../../src/lib/i18n/routes';
import { KEPT_LINES, type StayCatalogue } from '../../src/lib/my-stay/catalogue';
import { builtPages, DIST, fileForPath } from '../tools/built-site';

/** Gzipped bytes per item, on average: about 45 for the sample site (names, places, dates). */
const BUDGET_PER_ITEM_GZIP = 70;

const PROVIDER_ROUTES = [
	'stayEntry',
	'eatEntry',
	'activitiesEntry',
	'producersEntry',
	'shopsEntry',
] as const;

for (const locale of LOCALES) {
	const path = pathTo({ route: 'myStayData' }, locale);

	describe(`${path}`, () => {
		const file = fileForPath(path);
		const text = file ? readFileSync(join(DIST, file), 'utf8') : '';
		const catalogue = JSON.parse(text || '{"items":{}}') as StayCatalogue;
		const items = Object.entries(catalogue.items);

		it('is built, in its version', () => {
			expect(file).toBeDefined();
			expect(catalogue.v).toBe(1);
		});

		it('leads every item to a page of the built site, in its language', () => {
			const missing = items.filter(([, item]) => !fileForPath(item.u)).map(([key]) => key);
			expect(missing).toEqual([]);
			const foreign = items.filter(([, item]) => (locale === 'en') !== item.u.startsWith('/en/'));
			expect(foreign.map(([key]) => key)).toEqual([]);
		});

		it('holds every member of the feed that has a page', () => {
			const patterns = PROVIDER_ROUTES.map(
				(route) => new RegExp(`^${ROUTES[route][locale].replace('{id}', '[^/]+')}$`),
			);
			const memberPages = builtPages().filter(({ path: page }) =>
				patterns.some((pattern) => pattern.test(page) && !page.includes('/filtre/')),
			);
			const members = items.filter(([key]) => key.startsWith('p:'));
			expect(members.length).toBe(memberPages.length);
		});

		it(`keeps at most ${KEPT_LINES} lines of each event`, () => {
			for (const [key, item] of items) {
				if (item.k === 'event') expect(item.d?.length ?? 0, key).toBeLessThanOrEqual(KEPT_LINES);
			}
		});

		it(`weighs at most ${BUDGET_PER_ITEM_GZIP} bytes per item, gzipped`, () => {
			const gzipped = gzipSync(text, { level: 9 }).length;
			console.log(
				`${path}: ${items.length} items, ${text.length} B, ${gzipped} B gzipped (${Math.round(gzipped / items.length)} B per item)`,
			);
			expect(gzipped / items.length).toBeLessThanOrEqual(BUDGET_PER_ITEM_GZIP);
		});
	});
}
