import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../../src/lib/i18n/ui';
import {
	fittingTitle,
	inVillage,
	labelText,
	priceFromText,
	rangeText,
	seasonText,
	textIn,
} from '../../../../src/lib/providers/present';

const fr = useTranslations('fr');
const en = useTranslations('en');

describe('titles', () => {
	it('keep the longest candidate that fits 70 characters with the site name the layout adds', () => {
		expect(
			fittingTitle(['Gîte du Mas – Gîte, location, Vialas', 'Gîte du Mas'], 'Cévennes Mont Lozère'),
		).toBe('Gîte du Mas – Gîte, location, Vialas');
	});
	it('count apostrophes and ampersands as the page writes them (&#39;, &amp;)', () => {
		const long = "Chambres d'hôtes de la Devèze – Chambres d’hôtes, Le Pont-de-Montvert";
		expect(long.length).toBeLessThanOrEqual(70);
		expect(
			fittingTitle(
				[long, "Chambres d'hôtes de la Devèze, Le Pont-de-Montvert"],
				'Cévennes Mont Lozère',
			),
		).toBe("Chambres d'hôtes de la Devèze, Le Pont-de-Montvert");
	});
});

describe('words for visitors', () => {
	it('contracts "à le" in French only', () => {
		expect(inVillage('Le Pompidou', fr, 'fr')).toBe('au Pompidou');
		expect(inVillage('Vialas', fr, 'fr')).toBe('à Vialas');
		expect(inVillage('Le Pompidou', en, 'en')).toBe('in Le Pompidou');
	});
	it('falls back on French text, saying so', () => {
		expect(textIn({ fr: 'Gîte' }, 'en')).toEqual({ text: 'Gîte', lang: 'fr' });
		expect(textIn({ fr: 'Gîte', en: 'Cottage' }, 'en')).toEqual({ text: 'Cottage', lang: 'en' });
	});
	it('words labels with their level, in the singular for one', () => {
		expect(
			labelText({ code: 'gites-de-france', name: { fr: 'Gîtes de France' }, level: 3 }, fr, 'fr'),
		).toBe('Gîtes de France, 3 épis');
		expect(labelText({ code: 'stars', name: { fr: '1 étoile' }, level: 1 }, en, 'en')).toBe(
			'Official star rating, 1 star',
		);
		expect(
			labelText({ code: 'vignobles', name: { fr: 'Vignobles & Découvertes' } }, en, 'en'),
		).toBe('Vignobles & Découvertes');
	});
	it('gives the cheapest price per night for accommodation', () => {
		const prices = [
			{ min: 420, max: 650, per: 'PerWeek' },
			{ min: 85, per: 'PerNight' },
		];
		expect(priceFromText({ category: 'accommodation', prices }, en, 'en')).toBe('From €420 a week');
		expect(priceFromText({ category: 'accommodation', prices: [] }, en, 'en')).toBeUndefined();
	});
	it('words price bands and seasons', () => {
		expect(rangeText({ id: '50-80', min: 50, max: 80 }, fr)).toBe('de 50 à 80 €');
		expect(rangeText({ id: 'under-20', max: 20 }, en)).toBe('under €20');
		expect(seasonText({ from: '04-01', to: '10-31' }, fr, 'fr')).toBe('Du 1er avril au 31 octobre');
		expect(seasonText({ from: '01-01', to: '12-31' }, en, 'en')).toBe('All year round');
	});
});
