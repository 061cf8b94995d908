import { describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en';
import fr from '../../../content/i18n/fr';
import { interpolate } from '../../../src/lib/i18n/ui';

const placeholders = (text: string) =>
	[...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('UI dictionaries', () => {
	it('have the same keys in French and English', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
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
