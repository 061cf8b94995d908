/**
 * Which DATAtourisme classes (`@type`) make a category and a kind on the site, and which themes
 * make an activity or a product kind.
 *
 * Class and thesaurus names are the ontology's, without their prefix (`schema:Hotel` → `Hotel`).
 * Where this table relies on a name not seen in the reference objects, the French label of the
 * value is matched as well, so a differently spelled identifier still maps.
 * Classes the tables below do not name are placed by the ontology's class hierarchy
 * (./ontology.ts): a `ChildrensGite` is a collective accommodation, so a gîte d'étape kind.
 * @see https://www.datatourisme.fr/ontology/core/
 */
import { isOntologyClass, withAncestors } from './ontology';
import { localName, type ProviderCategory, type ProviderKind } from './vocabulary';

/**
 * Accommodation classes by kind, most specific first: an object typed both Hotel and
 * Accommodation is a hotel.
 */
const ACCOMMODATION_CLASSES: [ProviderKind, string[]][] = [
	['hotel', ['Hotel', 'HotelTrade', 'HotelRestaurant', 'Motel']],
	[
		'campsite',
		[
			'Camping',
			'CampingAndCaravanning',
			'NaturalCampingArea',
			'FarmCamping',
			'CamperVanArea',
			'Campground',
		],
	],
	[
		'hostel',
		[
			'StopOverOrGroupLodge',
			'GroupLodging',
			'CollectiveHostel',
			'CollectiveAccommodation',
			'YouthHostelAndInternationalCenter',
			'Hostel',
			'Hut',
			'ClubOrHolidayVillage',
			'HolidayCentre',
		],
	],
	['guesthouse', ['Guesthouse', 'TableHoteGuesthouse', 'BedAndBreakfast']],
	[
		'rental',
		[
			'SelfCateringAccommodation',
			'RentalAccommodation',
			'Chalet',
			'House',
			'Apartment',
			'Bungalow',
			'Yurt',
			'TreeHouse',
			'Tipi',
			'VacationRental',
		],
	],
];

const ACCOMMODATION_MARKERS = ['Accommodation', 'LodgingBusiness'];

const RESTAURANT_CLASSES: [ProviderKind, string[]][] = [
	['farm-inn', ['FarmhouseInn']],
	[
		'cafe',
		[
			'BarOrPub',
			'CafeOrTeahouse',
			'CafeOrTearoom',
			'CafeOrCoffeeShop',
			'BistroOrWineBar',
			'IceCreamShop',
		],
	],
	['restaurant', ['Restaurant', 'SelfServiceCafeteria', 'FastFoodRestaurant', 'Brasserie']],
];

/** A food establishment of no more specific class is a restaurant. */
const FOOD_MARKERS = ['FoodEstablishment'];

const PRODUCER_CLASSES = ['Producer', 'Farm', 'Winery', 'Distillery', 'Brewery', 'TastingProvider'];

const ACTIVITY_CLASSES = [
	'SportsAndLeisurePlace',
	'LeisurePlace',
	'ActivityProvider',
	'LeisureSportActivityProvider',
	'CulturalActivityProvider',
	'SportsClub',
	'EquestrianCenter',
	'ClimbingWall',
	'TeachingFarm',
	'Practice',
];

const SHOP_CLASSES: [ProviderKind, string[]][] = [
	['local-products', ['LocalProductsShop']],
	['crafts', ['CraftsmanShop']],
	['equipment', ['EquipmentRentalShop', 'EquipmentRepairShop', 'SportsGoodsStore']],
	['general-store', ['Store', 'BoutiqueOrLocalShop', 'GroceryStore', 'Market']],
];

/** Activity kinds by theme code, then by words of the theme's French label. */
const ACTIVITY_THEMES: [ProviderKind, string[], RegExp][] = [
	[
		'water-sports',
		[
			'CanoeingKayaking',
			'Canyoning',
			'Nautisme',
			'StandupPaddleboarding',
			'Swimming',
			'Rafting',
			'Fishing',
		],
		/cano[ëe]|kayak|canyon|nautis|paddle|baignade|rafting|p[êe]che/i,
	],
	[
		'climbing-caving',
		['Climbing', 'ViaFerrata', 'Caving', 'Speleology', 'TreeClimbing', 'ClimbingWall'],
		/escalade|via ferrata|sp[ée]l[ée]o|accrobranche/i,
	],
	['cycling', ['ATV', 'Cycling', 'MountainBiking', 'ElectricBike'], /v[ée]lo|vtt|cyclo/i],
	[
		'horse-donkey',
		['HorseRiding', 'Equestrian', 'EquestrianCenter', 'DonkeyHiking'],
		/cheval|[ée]questre|[âa]ne|[ée]quitation/i,
	],
	[
		'guided-walks',
		['Hiking', 'Walking', 'NordicWalking', 'GuidedTour'],
		/randonn[ée]e|balade|marche|accompagnateur/i,
	],
];

/** Producer kinds by theme code, then by words of the theme's French label. */
const PRODUCER_THEMES: [ProviderKind, string[], RegExp][] = [
	['cheese', ['Cheese', 'GoatCheese', 'DairyProducts'], /fromage|p[ée]lardon|ch[èe]vre|lait/i],
	['honey', ['Honey', 'Beekeeping'], /miel|apicult/i],
	['chestnut', ['Chestnut'], /ch[âa]taigne|marron/i],
	[
		'meat',
		['Meat', 'Charcuterie', 'Lamb', 'Pork', 'Beef'],
		/charcuterie|viande|agneau|porc|b(?:œ|oe)uf|volaille/i,
	],
	[
		'fruit-vegetables',
		['Fruit', 'Vegetables', 'FruitJuice', 'Jam'],
		/l[ée]gume|fruit|confiture|jus/i,
	],
	[
		'drinks',
		['Wine', 'Beer', 'Cider', 'Winery', 'Distillery', 'Brewery'],
		/\bvins?\b|bi[èe]re|cidre|sirop|liqueur/i,
	],
];

/** An object's categorisation, or why it has none; `warning` when placed by its family only. */
export type Classification =
	| { collection: 'events' }
	| {
			collection: 'providers';
			category: ProviderCategory;
			kinds: ProviderKind[];
			warning?: string;
	  }
	| { collection: null; reason: string };

/** A theme as the classifier reads it: its code and French label. */
export interface ThemeTerm {
	code: string;
	labelFr?: string | undefined;
}

const hasAny = (types: Set<string>, classes: string[]) => classes.some((name) => types.has(name));

function kindsFromThemes(
	themes: ThemeTerm[],
	table: [ProviderKind, string[], RegExp][],
): ProviderKind[] {
	return table
		.filter(([, codes, words]) =>
			themes.some(
				(theme) =>
					codes.includes(theme.code) || (theme.labelFr !== undefined && words.test(theme.labelFr)),
			),
		)
		.map(([kind]) => kind);
}

/** Kinds by intermediate class of the ontology, for classes the tables above do not name. */
const ACCOMMODATION_FAMILIES: [string, ProviderKind][] = [
	['HotelTrade', 'hotel'],
	['CampingAndCaravanning', 'campsite'],
	['CollectiveAccommodation', 'hostel'],
	['Guesthouse', 'guesthouse'],
	['RentalAccommodation', 'rental'],
	['AccommodationProduct', 'rental'],
];
const RESTAURANT_FAMILIES: [string, ProviderKind][] = [
	['FarmhouseInn', 'farm-inn'],
	['Restaurant', 'restaurant'],
];
const SHOP_FAMILIES: [string, ProviderKind][] = [
	['LocalProductsShop', 'local-products'],
	['CraftsmanShop', 'crafts'],
	['ArtGalleryOrExhibitionGallery', 'crafts'],
	['ServiceProvider', 'equipment'],
	['Store', 'general-store'],
];

/** Each family's general kind, for an object of that family whose class the site does not know. */
export const GENERAL_KINDS: Record<ProviderCategory, ProviderKind> = {
	accommodation: 'rental',
	restaurant: 'restaurant',
	activity: 'discovery',
	producer: 'farm-produce',
	shop: 'general-store',
};

/** Every class name the tables of this file use. */
const SITE_CLASSES = new Set<string>([
	...ACCOMMODATION_CLASSES.flatMap(([, classes]) => classes),
	...ACCOMMODATION_MARKERS,
	...RESTAURANT_CLASSES.flatMap(([, classes]) => classes),
	...FOOD_MARKERS,
	...PRODUCER_CLASSES,
	...ACTIVITY_CLASSES,
	...SHOP_CLASSES.flatMap(([, classes]) => classes),
	'Event',
	'LocalBusiness',
	'Place',
	'OrderedList',
]);

/** Classes of a type list that are neither in the ontology nor in the site's tables. */
export function unknownClasses(typeList: string[]): string[] {
	return typeList
		.filter((type) => !/^(schema|olo|foaf|ebucore|rdfs|owl|dc|kb):/.test(type))
		.map(localName)
		.filter((name) => name !== '' && !isOntologyClass(name) && !SITE_CLASSES.has(name));
}

/** The first kind of a family table whose class is among the object's classes or ancestors. */
const familyKind = (all: Set<string>, table: [string, ProviderKind][]) =>
	table.find(([name]) => all.has(name))?.[1];

/** A provider classification in its family's general kind, with the warning saying why. */
function general(category: ProviderCategory, typeList: string[], family: string) {
	const unknown = unknownClasses(typeList);
	const kind = GENERAL_KINDS[category];
	return {
		collection: 'providers' as const,
		category,
		kinds: [kind],
		warning:
			unknown.length > 0
				? `${unknown.join(', ')}: not a class of the DATAtourisme ontology's ${family} family the site knows; listed with the ${category} as "${kind}"`
				: `no class more specific than ${family}: listed with the ${category} as "${kind}"`,
	};
}

/**
 * The collection, category and kinds of an object from its `@type` list and themes. Precedence
 * when classes mix: event, accommodation, restaurant, producer, activity, shop (a farm that sells
 * its cheese and runs visits is a producer; a hotel with a restaurant is accommodation). A class
 * of no table is placed by its ancestors in the ontology; an object known only by its family
 * (`Accommodation` and a class the ontology does not have) gets the family's general kind and
 * a warning.
 */
export function classify(typeList: string[], themes: ThemeTerm[] = []): Classification {
	const types = new Set(typeList.map(localName));
	const all = withAncestors(types);
	if (
		all.has('EntertainmentAndEvent') ||
		types.has('Event') ||
		[...types].some((type) => type.endsWith('Event'))
	) {
		return { collection: 'events' };
	}
	const accommodation =
		ACCOMMODATION_CLASSES.find(([, classes]) => hasAny(types, classes))?.[0] ??
		familyKind(all, ACCOMMODATION_FAMILIES);
	if (accommodation)
		return { collection: 'providers', category: 'accommodation', kinds: [accommodation] };
	if (all.has('Accommodation') || hasAny(types, ACCOMMODATION_MARKERS))
		return general('accommodation', typeList, 'Accommodation');
	const restaurantKinds = RESTAURANT_CLASSES.filter(([, classes]) => hasAny(types, classes)).map(
		([kind]) => kind,
	);
	const restaurantFamily = familyKind(all, RESTAURANT_FAMILIES);
	if (restaurantKinds.length === 0 && restaurantFamily) restaurantKinds.push(restaurantFamily);
	if (restaurantKinds.length > 0)
		return { collection: 'providers', category: 'restaurant', kinds: restaurantKinds };
	if (all.has('FoodEstablishment') || hasAny(types, FOOD_MARKERS)) {
		// Bakeries, cellars, street food: food establishments the site lists as restaurants.
		const specific = [...types].some(
			(type) => type !== 'FoodEstablishment' && withAncestors([type]).has('FoodEstablishment'),
		);
		return specific || unknownClasses(typeList).length === 0
			? { collection: 'providers', category: 'restaurant', kinds: ['restaurant'] }
			: general('restaurant', typeList, 'FoodEstablishment');
	}
	if (hasAny(types, PRODUCER_CLASSES) || all.has('TastingProvider')) {
		const kinds = kindsFromThemes(themes, PRODUCER_THEMES);
		if (hasAny(types, ['Winery', 'Distillery', 'Brewery', 'WineCellar'])) kinds.push('drinks');
		if (kinds.length > 0)
			return { collection: 'providers', category: 'producer', kinds: [...new Set(kinds)] };
		return unknownClasses(typeList).length > 0
			? general('producer', typeList, 'TastingProvider')
			: { collection: 'providers', category: 'producer', kinds: ['farm-produce'] };
	}
	if (hasAny(types, ACTIVITY_CLASSES) || all.has('SportsAndLeisurePlace') || all.has('Practice')) {
		const kinds = kindsFromThemes(themes, ACTIVITY_THEMES);
		if (types.has('EquestrianCenter') && !kinds.includes('horse-donkey'))
			kinds.push('horse-donkey');
		if (types.has('ClimbingWall') && !kinds.includes('climbing-caving'))
			kinds.push('climbing-caving');
		if (kinds.length > 0) return { collection: 'providers', category: 'activity', kinds };
		return unknownClasses(typeList).length > 0
			? general('activity', typeList, 'SportsAndLeisurePlace')
			: { collection: 'providers', category: 'activity', kinds: ['discovery'] };
	}
	const shop = SHOP_CLASSES.filter(([, classes]) => hasAny(types, classes)).map(([kind]) => kind);
	if (shop.length > 0)
		return { collection: 'providers', category: 'shop', kinds: shop.slice(0, 1) };
	if (all.has('Store')) {
		const kind = familyKind(all, SHOP_FAMILIES) ?? 'general-store';
		return kind === 'general-store' && unknownClasses(typeList).length > 0
			? general('shop', typeList, 'Store')
			: { collection: 'providers', category: 'shop', kinds: [kind] };
	}
	return {
		collection: null,
		reason: `no category of the site for the classes ${[...types].join(', ') || '(none)'}`,
	};
}
