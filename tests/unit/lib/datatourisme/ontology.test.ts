/**
 * Every class of the DATAtourisme ontology's families the site shows has a category, and a
 * class the ontology does not have is placed in its family's general kind, with a warning.
 */
import { describe, expect, it } from 'vitest';
import { ancestorsOf, subclassesOf } from '../../../../src/lib/datatourisme/ontology';
import { mapProvider } from '../../../../src/lib/datatourisme/map-provider';
import { classify, GENERAL_KINDS } from '../../../../src/lib/datatourisme/classify';
import { giteInVialas, SITE_RULES } from './fixtures';

/** The @type list the platform writes: the class and all its ancestors. */
const typed = (name: string) => [...ancestorsOf(name)];

describe('the ontology’s class hierarchy', () => {
	it('knows the ancestors of a class, through several parents', () => {
		expect([...ancestorsOf('ChildrensGite')].sort()).toEqual([
			'Accommodation',
			'ChildrensGite',
			'CollectiveAccommodation',
			'PlaceOfInterest',
			'PointOfInterest',
		]);
		expect(ancestorsOf('HotelRestaurant').has('FoodEstablishment')).toBe(true);
	});

	it.each([
		['Accommodation', 'accommodation', 18],
		['FoodEstablishment', 'restaurant', 17],
		['TastingProvider', 'producer', 9],
		['SportsAndLeisurePlace', 'activity', 58],
		['Store', 'shop', 9],
	] as const)('gives every subclass of %s the %s category', (family, category, atLeast) => {
		const classes = subclassesOf(family);
		expect(classes.length).toBeGreaterThanOrEqual(atLeast);
		for (const name of classes) {
			// HotelRestaurant is both a hotel and a restaurant: accommodation wins.
			const expected = name === 'HotelRestaurant' ? 'accommodation' : category;
			const classification = classify(typed(name));
			expect([name, classification.collection === 'providers' && classification.category]).toEqual([
				name,
				expected,
			]);
			// Only the family's own class, with nothing more specific, is worth a warning.
			if (name !== family) expect(classification).not.toHaveProperty('warning');
		}
	});

	it('sends every subclass of EntertainmentAndEvent to the events', () => {
		const classes = subclassesOf('EntertainmentAndEvent');
		expect(classes.length).toBeGreaterThanOrEqual(45);
		for (const name of classes)
			expect([name, classify([name]).collection]).toEqual([name, 'events']);
	});

	it('places a class no table names by its ancestors', () => {
		expect(classify(typed('ChildrensGite'))).toEqual({
			collection: 'providers',
			category: 'accommodation',
			kinds: ['hostel'],
		});
		expect(classify(typed('CamperVanArea'))).toMatchObject({ kinds: ['campsite'] });
		expect(classify(typed('GourmetRestaurant'))).toMatchObject({ kinds: ['restaurant'] });
		expect(classify(typed('CafeOrTeahouse'))).toMatchObject({ kinds: ['cafe'] });
		expect(classify(typed('WineCellar'))).toMatchObject({
			category: 'producer',
			kinds: ['drinks'],
		});
		expect(classify(typed('CraftsmanShop'))).toMatchObject({ category: 'shop', kinds: ['crafts'] });
	});

	it('maps an unknown class to its family’s general kind, with a warning naming it', () => {
		const classification = classify(['schema:LodgingBusiness', 'Accommodation', 'EcoLodge']);
		expect(classification).toEqual({
			collection: 'providers',
			category: 'accommodation',
			kinds: [GENERAL_KINDS.accommodation],
			warning:
				'EcoLodge: not a class of the DATAtourisme ontology\'s Accommodation family the site knows; listed with the accommodation as "rental"',
		});
		const padel = classify(['PlaceOfInterest', 'SportsAndLeisurePlace', 'Padel']);
		expect(padel).toMatchObject({ category: 'activity', kinds: ['discovery'] });
		expect(padel.collection === 'providers' && padel.warning).toMatch(/^Padel: /);
	});

	it('loads an accommodation of no more specific class (it used to be skipped), with a warning', () => {
		const object = giteInVialas();
		object['@type'] = ['schema:LodgingBusiness', 'Accommodation', 'PointOfInterest'];
		const mapping = mapProvider(object, SITE_RULES);
		if (!mapping.ok) throw new Error(JSON.stringify(mapping.problems));
		expect(mapping.data).toMatchObject({ category: 'accommodation', kinds: ['rental'] });
		expect(mapping.warnings).toContainEqual({
			field: '@type',
			reason:
				'no class more specific than Accommodation: listed with the accommodation as "rental"',
		});
	});

	it('reads classes written as full identifiers', () => {
		expect(
			classify([
				'https://www.datatourisme.fr/ontology/core#Accommodation',
				'https://www.datatourisme.fr/ontology/core#Hotel',
			]),
		).toMatchObject({ category: 'accommodation', kinds: ['hotel'] });
	});
});
