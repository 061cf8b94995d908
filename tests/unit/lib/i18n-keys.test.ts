import { describe, expect, it } from 'vitest';
import { intlTag, LANGUAGE_TAGS, STAFF_TAG } from '../../../src/lib/i18n/locales';
import {
	hasKey,
	keyUnder,
	textsWhere,
	uiKey,
	useTranslations,
	type KeyTail,
} from '../../../src/lib/i18n/ui';
import { pluralKey } from '../../../src/lib/staff/synthesis-format';

describe('typed dictionary keys', () => {
	const t = useTranslations('en');

	it('build a key from a prefix and a code read at run time', () => {
		expect(t(keyUnder('feedback.field.', 'email'))).toBe(t('feedback.field.email'));
		expect(t(uiKey('feedback.optional'))).toBe(t('feedback.optional'));
	});

	it('refuse a code without text, naming the missing key', () => {
		expect(() => keyUnder('feedback.field.', 'nope')).toThrow('"feedback.field.nope"');
		expect(() => uiKey('toString')).toThrow('"toString"');
	});

	it('tell whether a code has its text', () => {
		expect(hasKey('shop.season.', 'summer')).toBe(true);
		expect(hasKey('shop.season.', 'monsoon')).toBe(false);
		expect(hasKey('shop.season.', 'constructor')).toBe(false);
	});

	it('make a missing key a type error', () => {
		const season: KeyTail<'shop.season.'> = 'summer';
		expect(t(`shop.season.${season}`)).toBe('in summer');
		// @ts-expect-error: no such season in the dictionaries
		const unknown: KeyTail<'shop.season.'> = 'monsoon';
		expect(unknown).toBe('monsoon');
	});

	it('pick the French plural of a count', () => {
		expect(pluralKey('staff.synthesis.sample', 0)).toBe('staff.synthesis.sample.one');
		expect(pluralKey('staff.synthesis.sample', 1)).toBe('staff.synthesis.sample.one');
		expect(pluralKey('staff.synthesis.sample', 2)).toBe('staff.synthesis.sample.other');
	});
});

describe('texts handed to a browser script', () => {
	it('are the chosen keys of one language, placeholders left for the script to fill', () => {
		const texts = textsWhere('en', (key) => key === 'sample.banner' || key === 'site.name');
		expect(texts).toEqual({
			'site.name': 'Cévennes Mont Lozère Tourist Office',
			'sample.banner': 'the businesses, events and drawn hikes marked “{{mark}}” are fictional.',
		});
		expect(textsWhere('fr', (key) => key === 'site.name')).toEqual({
			'site.name': 'Office de Tourisme des Cévennes au Mont Lozère',
		});
	});
});

describe('language tags', () => {
	it('are the regional tags of Intl formats and documents', () => {
		expect(intlTag('fr')).toBe('fr-FR');
		expect(intlTag('en')).toBe('en-GB');
		expect(STAFF_TAG).toBe('fr-FR');
		expect(LANGUAGE_TAGS.en.html).toBe('en');
		expect(new Intl.NumberFormat(intlTag('fr')).format(1234.5)).toBe('1\u202f234,5');
	});
});
