import { describe, expect, it } from 'vitest';
import { sectorJsonLd, villageJsonLd } from '../../../../src/lib/seo/destination-structured-data';

const sector = { name: 'Mont Lozère', url: 'https://example.org/decouvrir/mont-lozere/' };

describe('destination structured data', () => {
	it('describes a sector as a tourist destination made of its villages', () => {
		const json = sectorJsonLd({
			...sector,
			description: 'Le toit des Cévennes granitiques.',
			villages: [{ name: 'Vialas', url: 'https://example.org/decouvrir/villages/vialas/' }],
		});
		expect(json).toMatchObject({
			'@type': 'TouristDestination',
			'@id': 'https://example.org/decouvrir/mont-lozere/#destination',
			containsPlace: [{ '@type': 'Place', name: 'Vialas' }],
		});
	});

	it('places a village at its centre, inside its sector', () => {
		const json = villageJsonLd({
			name: 'Vialas',
			url: 'https://example.org/decouvrir/villages/vialas/',
			description: 'Village de schiste.',
			location: { lat: 44.33314, lon: 3.89624 },
			sector,
		});
		expect(json.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 44.33314, longitude: 3.89624 });
		expect(json.containedInPlace['@id']).toBe(
			'https://example.org/decouvrir/mont-lozere/#destination',
		);
	});
});
