/**
 * The pages of the provider lists in a built site (the template "accommodation list" of
 * ./templates.ts: every category's list, its facet pages and their numbered pages), and the
 * largest of them gzipped: the figure the list budget (60 kB at 10,000 members) is about.
 * Runs under Node directly too (bench): erasable syntax only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipped } from './page-weight.ts';
import { templateOfPath } from './templates.ts';

export interface ListPageFigure {
	/** The URL path of the largest list page. */
	path: string;
	/** Its HTML, gzipped. */
	bytes: number;
	/** How many list pages the site has. */
	pages: number;
}

const LIST_TEMPLATE = 'accommodation list';

/** "hebergements/page/2/index.html" → "/hebergements/page/2/". */
const pathOf = (file: string) =>
	file === 'index.html' ? '/' : `/${file.slice(0, -'index.html'.length)}`;

/** The largest list page of the static site in `site` (dist/client), or none without lists. */
export function largestListPage(site: string): ListPageFigure | undefined {
	let largest: ListPageFigure | undefined;
	let pages = 0;
	for (const name of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
		const file = name.split(sep).join('/');
		if (!file.endsWith('index.html')) continue;
		const path = pathOf(file);
		if (templateOfPath(path)?.template.name !== LIST_TEMPLATE) continue;
		pages++;
		const bytes = gzipped(readFileSync(join(site, name)));
		if (!largest || bytes > largest.bytes) largest = { path, bytes, pages: 0 };
	}
	return largest && { ...largest, pages };
}
