import { describe, expect, it } from 'vitest';
import { providerJsonLd, schemaTypeOf } from '../../../../src/lib/seo/provider-structured-data';

const input = {
	url: 'https://www.cevennes-montlozere.com/hebergements/gite-du-mas-11111111/',
	name: 'Gîte du Mas',
	category: 'accommodation',
	kinds: ['rental'],
	description: 'Un gîte pour 6.',
	phone: '+33465710000',
	email: 'contact@gite-du-mas.example',
	website: 'https://gite-du-mas.example/',
	address: { street: ['Le Mas'], postalCode: '48220', locality: 'Vialas' },
	location: { lat: 44.34, lon: 3.89 },
	priceRange: { min: 60, max: 650 },
	amenities: ['Wi-Fi'],
	awards: ['Gîtes de France, 3 épis'],
	stars: 3,
	petsAllowed: true,
	seasons: [{ from: '11-01', to: '02-28', hours: [] }],
	year: 2026,
};

describe('provider JSON-LD', () => {
	it('types each kind as schema.org does', () => {
		expect(schemaTypeOf('accommodation', ['campsite'])).toBe('Campground');
		expect(schemaTypeOf('accommodation', ['guesthouse'])).toBe('BedAndBreakfast');
		expect(schemaTypeOf('restaurant', ['farm-inn'])).toBe('Restaurant');
		expect(schemaTypeOf('activity', ['water-sports'])).toBe('SportsActivityLocation');
		expect(schemaTypeOf('producer', ['cheese'])).toBe('LocalBusiness');
	});

	it('describes a gîte as a LodgingBusiness with its contact, prices, rating and pets', () => {
		expect(providerJsonLd(input)).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'LodgingBusiness',
			name: 'Gîte du Mas',
			telephone: '+33465710000',
			sameAs: ['https://gite-du-mas.example/'],
			address: {
				streetAddress: 'Le Mas',
				postalCode: '48220',
				addressLocality: 'Vialas',
				addressCountry: 'FR',
			},
			geo: { latitude: 44.34, longitude: 3.89 },
			priceRange: '60–650 €',
			starRating: { ratingValue: 3 },
			petsAllowed: true,
			award: ['Gîtes de France, 3 épis'],
		});
	});

	it('splits a season over New Year into two periods of the year', () => {
		expect(providerJsonLd(input).openingHoursSpecification).toEqual([
			{ '@type': 'OpeningHoursSpecification', validFrom: '2026-01-01', validThrough: '2026-02-28' },
			{ '@type': 'OpeningHoursSpecification', validFrom: '2026-11-01', validThrough: '2026-12-31' },
		]);
	});

	it('gives no star rating or pets to a restaurant', () => {
		const restaurant = providerJsonLd({ ...input, category: 'restaurant', kinds: ['restaurant'] });
		expect(restaurant).not.toHaveProperty('starRating');
		expect(restaurant).not.toHaveProperty('petsAllowed');
	});
});
