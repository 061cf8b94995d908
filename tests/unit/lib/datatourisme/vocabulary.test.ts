import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/lib/datatourisme/classify';

describe('categories and kinds from @type', () => {
	it.each([
		[['schema:LodgingBusiness', 'Accommodation', 'Hotel'], 'accommodation', ['hotel']],
		[['Accommodation', 'Guesthouse'], 'accommodation', ['guesthouse']],
		[
			['Accommodation', 'CollectiveAccommodation', 'StopOverOrGroupLodge'],
			'accommodation',
			['hostel'],
		],
		[
			['Accommodation', 'RentalAccommodation', 'SelfCateringAccommodation'],
			'accommodation',
			['rental'],
		],
		[
			['schema:Campground', 'Accommodation', 'CampingAndCaravanning'],
			'accommodation',
			['campsite'],
		],
		[['Accommodation', 'HotelRestaurant', 'FoodEstablishment'], 'accommodation', ['hotel']],
		[['schema:FoodEstablishment', 'FoodEstablishment', 'Restaurant'], 'restaurant', ['restaurant']],
		[['FoodEstablishment', 'FarmhouseInn'], 'restaurant', ['farm-inn']],
		[['FoodEstablishment', 'CafeOrTearoom'], 'restaurant', ['cafe']],
		[['FoodEstablishment'], 'restaurant', ['restaurant']],
		[['Producer', 'Store', 'LocalProductsShop'], 'producer', ['farm-produce']],
		[['Winery', 'Producer'], 'producer', ['drinks']],
		[['SportsAndLeisurePlace'], 'activity', ['discovery']],
		[['EquestrianCenter', 'SportsAndLeisurePlace'], 'activity', ['horse-donkey']],
		[['Store', 'CraftsmanShop'], 'shop', ['crafts']],
		[['Store', 'BoutiqueOrLocalShop'], 'shop', ['general-store']],
	])('%j is %s, %j', (types, category, kinds) => {
		expect(classify(types)).toEqual({ collection: 'providers', category, kinds });
	});

	it('sends events to the events collection, whatever else they are', () => {
		expect(classify(['schema:Event', 'PointOfInterest'])).toEqual({ collection: 'events' });
		expect(classify(['EntertainmentAndEvent', 'Hotel'])).toEqual({ collection: 'events' });
	});

	it('reads activity kinds from theme codes, and from the French label of unknown codes', () => {
		expect(
			classify(
				['SportsAndLeisurePlace'],
				[{ code: 'Canyoning' }, { code: 'Speleo48', labelFr: 'Spéléologie' }],
			),
		).toEqual({
			collection: 'providers',
			category: 'activity',
			kinds: ['water-sports', 'climbing-caving'],
		});
	});

	it('reads producer kinds from their themes', () => {
		expect(
			classify(['Producer'], [{ code: 'X', labelFr: 'Pélardon AOP' }, { code: 'Honey' }]),
		).toEqual({
			collection: 'providers',
			category: 'producer',
			kinds: ['cheese', 'honey'],
		});
	});

	it('names the classes of an object it cannot place', () => {
		expect(classify(['PointOfInterest', 'CulturalSite'])).toEqual({
			collection: null,
			reason: 'no category of the site for the classes PointOfInterest, CulturalSite',
		});
	});
});
