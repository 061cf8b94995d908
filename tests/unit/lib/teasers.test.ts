import { describe, expect, it } from 'vitest';
import { eventTeaser, optionalPath, providerTeaser } from '../../../src/lib/teasers';

describe('optionalPath', () => {
	it('links to a page whose route exists', () => {
		expect(optionalPath(['village'], 'vialas', 'en')).toBe('/en/discover/villages/vialas/');
	});

	it('gives no link while no route of the list exists', () => {
		expect(optionalPath(['no-such-route'], 'x', 'fr')).toBeUndefined();
		expect(optionalPath(['toString', '__proto__'], 'x', 'fr')).toBeUndefined();
	});
});

describe('providerTeaser', () => {
	const provider = {
		id: 'gite',
		data: {
			name: 'Gîte du Tarn',
			category: 'accommodation',
			summary: { fr: 'Un gîte au bord du Tarn.' },
		},
	};

	it('shows the French text marked as French on an English page when there is no English', () => {
		expect(providerTeaser(provider, 'en')).toMatchObject({
			text: 'Un gîte au bord du Tarn.',
			textLang: 'fr',
		});
	});

	it('shows the English text when there is one', () => {
		const english = {
			...provider,
			data: { ...provider.data, summary: { fr: 'Un gîte.', en: 'A cottage.' } },
		};
		expect(providerTeaser(english, 'en')).toMatchObject({ text: 'A cottage.' });
		expect(providerTeaser(english, 'en').textLang).toBeUndefined();
	});
});

describe('eventTeaser', () => {
	it('dates the card with the next occurrence and names the village', () => {
		const event = {
			id: 'marche',
			next: '2026-07-14',
			data: {
				title: { fr: 'Marché', en: 'Market' },
				summary: { fr: 'Producteurs.', en: 'Farmers.' },
			},
		};
		expect(eventTeaser(event, 'fr', 'Vialas').meta).toBe('mardi 14 juillet · Vialas');
		expect(eventTeaser(event, 'en').meta).toBe('Tuesday 14 July');
	});
});
