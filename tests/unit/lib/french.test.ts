/** French prepositions before names with an article, and the French dictionary's use of them. */
import { describe, expect, it } from 'vitest';
import { contractPrepositions, withPreposition } from '../../../src/lib/i18n/french';
import { interpolate, useTranslations } from '../../../src/lib/i18n/ui';

describe('withPreposition', () => {
	it('contracts de and à with Le and Les', () => {
		expect(withPreposition('de', 'Le Pont-de-Montvert')).toBe('du Pont-de-Montvert');
		expect(withPreposition('à', 'Le Collet-de-Dèze')).toBe('au Collet-de-Dèze');
		expect(withPreposition('de', 'Les Bondons')).toBe('des Bondons');
		expect(withPreposition('à', 'Les Bondons')).toBe('aux Bondons');
	});

	it('leaves La and L’ alone, elides de before a vowel', () => {
		expect(withPreposition('de', 'La Canourgue')).toBe('de La Canourgue');
		expect(withPreposition('à', 'Alès')).toBe('à Alès');
		expect(withPreposition('de', 'Alès')).toBe('d’Alès');
		expect(withPreposition('de', 'Vialas')).toBe('de Vialas');
		// "Les…" as part of a word is no article.
		expect(withPreposition('de', 'Lesparre')).toBe('de Lesparre');
	});
});

describe('the French dictionary', () => {
	it('joins the preposition before a placeholder to its value', () => {
		expect(contractPrepositions('Plan de {{name}}', () => 'Le Pont-de-Montvert')).toBe(
			'Plan du Pont-de-Montvert',
		);
		expect(interpolate('Itinéraire jusqu’à {{name}}', { name: 'Le Mas' }, 'fr')).toBe(
			'Itinéraire jusqu’au Mas',
		);
		expect(interpolate('de {{min}} à {{max}} €', { min: 10, max: 20 }, 'fr')).toBe('de 10 à 20 €');
		const t = useTranslations('fr');
		expect(t('village.planTitle', { name: 'Le Collet-de-Dèze' })).toBe('Plan du Collet-de-Dèze');
	});

	it('leaves English as it is', () => {
		expect(interpolate('Map of {{name}}', { name: 'Le Collet-de-Dèze' }, 'en')).toBe(
			'Map of Le Collet-de-Dèze',
		);
		expect(() => interpolate('de {{name}}', {}, 'fr')).toThrow('Missing value for {{name}}');
	});
});
