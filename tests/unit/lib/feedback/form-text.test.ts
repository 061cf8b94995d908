/**
 * The texts and choices the feedback forms' parts build: what a visitor reads in the lists.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRIES, FREQUENT_COUNTRIES } from '../../../../src/lib/feedback/choices';
import {
	countryGroups,
	feedbackFormText,
	ratingOptions,
} from '../../../../src/lib/feedback/form-text';

describe('feedbackFormText', () => {
	it('labels fields and fixed choices from the dictionary of the language', () => {
		const fr = feedbackFormText('fr');
		expect(fr.label('country')).toBe('Pays de résidence');
		expect(fr.choose).toBe('Choisir…');
		expect(feedbackFormText('en').optional).toBe('optional');
		expect(fr.options('feedback.rating.', ['none'])).toEqual([
			{ value: 'none', label: 'Sans avis' },
		]);
	});
});

describe('countryGroups', () => {
	it('lists the frequent countries first, then every other one once, by name', () => {
		const [frequent, all] = countryGroups('fr');
		expect(frequent?.label).toBe('Pays les plus fréquents');
		expect(frequent?.options.map((option) => option.value)).toEqual(FREQUENT_COUNTRIES);
		expect(frequent?.options[0]).toEqual({ value: 'FR', label: 'France' });
		expect(all?.label).toBe('Tous les pays');
		const codes = all?.options.map((option) => option.value) ?? [];
		expect(codes).toHaveLength(COUNTRIES.length - FREQUENT_COUNTRIES.length);
		expect(codes.some((code) => FREQUENT_COUNTRIES.includes(code))).toBe(false);
		const names = all?.options.map((option) => option.label) ?? [];
		// The language's order, accents ignored: "Égypte" sorts among the E's, not after Z.
		expect(names.indexOf('Afghanistan')).toBe(0);
		expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Équateur'));
		expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Érythrée'));
		expect(names.indexOf('Égypte')).toBeGreaterThan(names.indexOf('Danemark'));
	});

	it('names the countries in English on the English form', () => {
		const [frequent] = countryGroups('en');
		expect(frequent?.options.find((option) => option.value === 'DE')?.label).toBe('Germany');
	});
});

describe('ratingOptions', () => {
	it('offers "no opinion" first only when the rating is optional', () => {
		const optional = ratingOptions('en', false);
		expect(optional[0]).toEqual({ value: '', label: 'No opinion' });
		expect(optional.slice(1).map((option) => option.value)).toEqual(['1', '2', '3', '4', '5']);
		const required = ratingOptions('en', true);
		expect(required.map((option) => option.value)).toEqual(['1', '2', '3', '4', '5']);
		expect(required[2]?.accessibleLabel).toBe('3 out of 5');
	});
});
