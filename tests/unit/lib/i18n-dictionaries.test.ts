import { describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en';
import fr from '../../../content/i18n/fr';
import { interpolate } from '../../../src/lib/i18n/ui';

/** Each language's modules (content/i18n/fr/*.ts, content/i18n/en/*.ts), by file. */
const modules = {
	fr: import.meta.glob<{ default: Record<string, string> }>('../../../content/i18n/fr/*.ts', {
		eager: true,
	}),
	en: import.meta.glob<{ default: Record<string, string> }>('../../../content/i18n/en/*.ts', {
		eager: true,
	}),
};

const placeholders = (text: string) =>
	[...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('UI dictionaries', () => {
	it('have the same keys in French and English', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
	});
	it.each(['fr', 'en'] as const)(
		'in %s, give each key in one module only (a second one would silently win)',
		(language) => {
			const owners = new Map<string, string[]>();
			for (const [file, { default: texts }] of Object.entries(modules[language]))
				for (const key of Object.keys(texts)) owners.set(key, [...(owners.get(key) ?? []), file]);
			const twice = [...owners].filter(([, files]) => files.length > 1);
			expect(twice).toEqual([]);
			expect(owners.size).toBe(Object.keys(language === 'fr' ? fr : en).length);
		},
	);
	it('have the same modules in French and English', () => {
		const names = (files: object) => Object.keys(files).map((file) => file.split('/').pop());
		expect(names(modules.en)).toEqual(names(modules.fr));
	});
	it.each(Object.keys(fr) as (keyof typeof fr)[])(
		'"%s" has the same placeholders in both languages',
		(key) => {
			expect(placeholders(en[key])).toEqual(placeholders(fr[key]));
		},
	);
	it('never leave a placeholder unfilled', () => {
		expect(() => interpolate('Bureau de {{name}}', {})).toThrow(/\{\{name\}\}/);
		expect(interpolate('Bureau de {{name}}', { name: 'Vialas' })).toBe('Bureau de Vialas');
	});
});
