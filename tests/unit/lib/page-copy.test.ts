import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyIn } from '../../../src/lib/content/copy';
import { COPY_SCHEMAS, type CopyPage } from '../../../src/schemas/copy';

const FOLDER = new URL('../../../content/copy/', import.meta.url);
const read = (page: string): unknown =>
	parse(readFileSync(new URL(`${page}.yaml`, FOLDER), 'utf8'));
const PAGES = Object.keys(COPY_SCHEMAS) as CopyPage[];

describe("pages' editorial copy", () => {
	it('has one file per page, and no file for a page the site does not build', () => {
		const files = readdirSync(FOLDER)
			.filter((file) => file.endsWith('.yaml'))
			.map((file) => file.replace(/\.yaml$/, ''));
		expect(files.sort()).toEqual([...PAGES].sort());
	});

	it.each(PAGES)('content/copy/%s.yaml has every field in both languages', (page) => {
		const fr = copyIn(page, read(page), 'fr');
		const en = copyIn(page, read(page), 'en');
		expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
		for (const text of [...Object.values(fr), ...Object.values(en)]) expect(text).not.toBe('');
	});

	it('reads the text of the language asked for', () => {
		const home = read('home') as Record<string, { fr: string; en: string }>;
		expect(copyIn('home', home, 'en').promise).toBe(home['promise']?.en);
		expect(copyIn('home', home, 'fr').promise).toBe(home['promise']?.fr);
	});

	it('refuses a missing translation, naming the file and the field', () => {
		const home = read('home') as Record<string, { fr: string; en?: string }>;
		const withoutEnglish = { ...home, promise: { fr: home['promise']?.fr } };
		expect(() => copyIn('home', withoutEnglish, 'fr')).toThrow(
			/^content\/copy\/home\.yaml: promise\.en: /,
		);
	});

	it('refuses a missing field, an empty text and an unknown field', () => {
		const offices = read('offices') as Record<string, unknown>;
		expect(() => copyIn('offices', { description: offices['description'] }, 'fr')).toThrow(
			'content/copy/offices.yaml: lead: ',
		);
		expect(() =>
			copyIn('offices', { ...offices, lead: { fr: ' ', en: 'Six offices.' } }, 'en'),
		).toThrow('lead.fr: must not be empty');
		expect(() => copyIn('offices', { ...offices, leed: { fr: 'x', en: 'x' } }, 'en')).toThrow(
			'content/copy/offices.yaml',
		);
	});
});
