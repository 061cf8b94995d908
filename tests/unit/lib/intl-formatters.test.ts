import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, numberFormat } from '../../../src/lib/i18n/intl';
import { formatDistance, formatLongDate } from '../../../src/lib/i18n/format';

describe('Intl formatters made once', () => {
	it('gives the same formatter for the same language and options, another for others', () => {
		expect(numberFormat('fr-FR', { style: 'unit', unit: 'meter' })).toBe(
			numberFormat('fr-FR', { style: 'unit', unit: 'meter' }),
		);
		expect(numberFormat('fr-FR', { style: 'unit', unit: 'meter' })).not.toBe(
			numberFormat('en-GB', { style: 'unit', unit: 'meter' }),
		);
		expect(numberFormat('fr-FR', { style: 'unit', unit: 'meter' })).not.toBe(
			numberFormat('fr-FR', { style: 'unit', unit: 'kilometer' }),
		);
	});

	it('formats as a formatter made for the call would', () => {
		const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', timeZone: 'UTC' };
		const date = new Date(Date.UTC(2026, 6, 14));
		expect(dateTimeFormat('fr-FR', options).format(date)).toBe(
			new Intl.DateTimeFormat('fr-FR', options).format(date),
		);
		expect(['Écluse', 'eau', 'Abri'].sort(collator('fr', { sensitivity: 'base' }).compare)).toEqual(
			['Abri', 'eau', 'Écluse'],
		);
	});

	it('keeps the language of each call when both languages alternate', () => {
		expect(formatDistance(4200, 'fr')).toBe(formatDistance(4200, 'fr'));
		expect(formatDistance(4200, 'fr')).not.toBe(formatDistance(4200, 'en'));
		expect(formatLongDate('2026-11-26', 'en')).toBe('Thursday 26 November');
		expect(formatLongDate('2026-11-26', 'fr')).toBe('jeudi 26 novembre');
	});
});
