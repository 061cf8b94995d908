/**
 * The demonstration (the default build, with the sample data) never lets a sample entry pass for
 * real: every link to a sample member's, event's or hike's page sits in an element — a card, a
 * list item, a table row, a paragraph — that carries the mark "Exemple" / "Example"; every
 * calendar entry of a sample event says so; no sample entry has structured data for search
 * engines; the banner saying what the mark means is on every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sampleFeedIds, sampleYamlIds } from '../../src/lib/content/sample-ids';
import { builtFiles, builtPages, DIST } from '../tools/built-site';

const sampleIds = new Set([
	...sampleFeedIds(),
	...sampleYamlIds('events'),
	...sampleYamlIds('hikes'),
]);
const sampleEvents = sampleYamlIds('events');

/** The sample entry a path leads to: "/agenda/fete-de-gabriac/" → "fete-de-gabriac". */
function sampleIdOf(path: string): string | undefined {
	const segments = new URL(path, 'https://site.invalid').pathname.split('/').filter(Boolean);
	const last = segments.at(-1);
	return last !== undefined && sampleIds.has(last) ? last : undefined;
}

/** The mark, as the cards, notes and badges write it: an element whose text starts with it. */
const MARK = /^(Exemple|Example)(\s|:|$)/;

const carriesMark = (container: HTMLElement) =>
	[container, ...container.querySelectorAll('*')].some((element) =>
		MARK.test(element.textContent.trim()),
	);

/** The elements a link is read in: the closest card, list item, table row or paragraph. */
const CONTAINERS = new Set(['article', 'li', 'tr', 'p', 'dd', 'td', 'figure']);

function containerOf(element: HTMLElement): HTMLElement | undefined {
	for (let node = element.parentNode; node; node = node.parentNode) {
		if (CONTAINERS.has(node.tagName?.toLowerCase() ?? '') || node.classList?.contains('card'))
			return node;
	}
	return undefined;
}

const pages = builtPages();

describe('the demonstration marks its sample entries', () => {
	it('has sample entries to mark (the test would see an unmarked one)', () => {
		expect(sampleIds.size).toBeGreaterThan(200);
	});

	it('shows the banner on every page, in the page’s language', () => {
		const without = pages.filter((page) => {
			const html = readFileSync(join(DIST, page.file), 'utf8');
			return !/class="demo-banner[^"]*"[^>]*>[\s\S]*?(Site de démonstration|Demonstration site)/.test(
				html,
			);
		});
		expect(without.map((page) => page.path)).toEqual([]);
	});

	it('marks every link to a sample entry where it stands', () => {
		const unmarked: string[] = [];
		for (const page of pages) {
			const root = parse(readFileSync(join(DIST, page.file), 'utf8'));
			const own = sampleIdOf(page.path);
			for (const link of root.querySelectorAll('main a[href]')) {
				const id = sampleIdOf(link.getAttribute('href') ?? '');
				if (id === undefined || id === own) continue;
				const container = containerOf(link);
				if (!container || !carriesMark(container))
					unmarked.push(
						`${page.path} → ${link.getAttribute('href')} (${container?.tagName ?? 'no container'})`,
					);
			}
		}
		expect(unmarked.slice(0, 30), `${unmarked.length} unmarked links`).toEqual([]);
	});

	it('gives no sample entry structured data', () => {
		const withJsonLd = pages
			.filter((page) => sampleIdOf(page.path) !== undefined)
			.filter((page) => readFileSync(join(DIST, page.file), 'utf8').includes('application/ld+json'))
			.map((page) => page.path);
		expect(withJsonLd).toEqual([]);
	});

	it('marks every calendar entry of a sample event, title and description', () => {
		const unmarked: string[] = [];
		let seen = 0;
		for (const file of builtFiles().filter((name) => name.endsWith('.ics'))) {
			const text = readFileSync(join(DIST, file), 'utf8').replace(/\r?\n[ \t]/g, '');
			for (const vevent of text.split('BEGIN:VEVENT').slice(1)) {
				const url = /^URL[^:]*:(.*)$/m.exec(vevent)?.[1]?.trim() ?? '';
				const id = sampleIdOf(url);
				if (id === undefined || !sampleEvents.has(id)) continue;
				seen++;
				const summary = /^SUMMARY[^:]*:(.*)$/m.exec(vevent)?.[1] ?? '';
				const description = /^DESCRIPTION[^:]*:(.*)$/m.exec(vevent)?.[1] ?? '';
				if (!/^\[(Exemple|Example)\] /.test(summary) || !/fictive|fictional/.test(description))
					unmarked.push(`${file}: ${summary}`);
			}
		}
		expect(seen).toBeGreaterThan(0);
		expect(unmarked.slice(0, 20), `${unmarked.length} unmarked`).toEqual([]);
	});
});
