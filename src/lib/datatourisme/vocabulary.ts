/**
 * The DATAtourisme vocabulary the site understands, and what it means on the site: which classes
 * (`@type`) make a category and a kind, which themes make an activity or a product kind, which
 * review values are the labels visitors look for.
 *
 * Class and thesaurus names are the ontology's, without their prefix (`schema:Hotel` → `Hotel`).
 * Where this table relies on a name not seen in the reference objects, the French label of the
 * value is matched as well, so a differently spelled identifier still maps.
 * @see https://www.datatourisme.fr/ontology/core/
 */

/** The site's provider categories, one listing page each. */
export const PROVIDER_CATEGORIES = [
	'accommodation',
	'restaurant',
	'activity',
	'producer',
	'shop',
] as const;
export type ProviderCategory = (typeof PROVIDER_CATEGORIES)[number];

/** Kinds within each category, in the order the filters list them. */
export const KINDS_BY_CATEGORY = {
	accommodation: ['hotel', 'guesthouse', 'hostel', 'rental', 'campsite'],
	restaurant: ['restaurant', 'farm-inn', 'cafe'],
	activity: [
		'water-sports',
		'climbing-caving',
		'cycling',
		'horse-donkey',
		'guided-walks',
		'discovery',
	],
	producer: ['cheese', 'honey', 'chestnut', 'meat', 'fruit-vegetables', 'drinks', 'farm-produce'],
	shop: ['local-products', 'crafts', 'equipment', 'general-store'],
} as const satisfies Record<ProviderCategory, readonly string[]>;

export type ProviderKind = (typeof KINDS_BY_CATEGORY)[ProviderCategory][number];

/** Every kind, for the schema. */
export const PROVIDER_KINDS = Object.values(KINDS_BY_CATEGORY).flat() as [
	ProviderKind,
	...ProviderKind[],
];

/** The four impairment families of the Tourisme & Handicap label. */
export const ACCESSIBILITY_FAMILIES = ['motor', 'hearing', 'visual', 'mental'] as const;
export type AccessibilityFamily = (typeof ACCESSIBILITY_FAMILIES)[number];

/** `schema:Hotel` → `Hotel`; `kb:Wifi` → `Wifi`. */
export const localName = (term: string): string => term.replace(/^[a-z]+:/, '');

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
	['cafe', ['BarOrPub', 'CafeOrTearoom', 'CafeOrCoffeeShop', 'BistroOrWineBar', 'IceCreamShop']],
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

/** An object's categorisation, or why it has none. */
export type Classification =
	| { collection: 'events' }
	| { collection: 'providers'; category: ProviderCategory; kinds: ProviderKind[] }
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

/**
 * The collection, category and kinds of an object from its `@type` list and themes. Precedence
 * when classes mix: event, accommodation, restaurant, producer, activity, shop (a farm that sells
 * its cheese and runs visits is a producer; a hotel with a restaurant is accommodation).
 */
export function classify(typeList: string[], themes: ThemeTerm[] = []): Classification {
	const types = new Set(typeList.map(localName));
	if (
		types.has('Event') ||
		types.has('EntertainmentAndEvent') ||
		[...types].some((type) => type.endsWith('Event'))
	) {
		return { collection: 'events' };
	}
	const accommodation = ACCOMMODATION_CLASSES.find(([, classes]) => hasAny(types, classes));
	if (accommodation)
		return { collection: 'providers', category: 'accommodation', kinds: [accommodation[0]] };
	if (hasAny(types, ACCOMMODATION_MARKERS)) {
		return {
			collection: null,
			reason: `an accommodation of no known kind (${[...types].join(', ')}): expected one of hotel, guesthouse, gîte d'étape, rental or campsite classes`,
		};
	}
	const restaurantKinds = RESTAURANT_CLASSES.filter(([, classes]) => hasAny(types, classes)).map(
		([kind]) => kind,
	);
	if (restaurantKinds.length > 0 || hasAny(types, FOOD_MARKERS)) {
		return {
			collection: 'providers',
			category: 'restaurant',
			kinds: restaurantKinds.length > 0 ? restaurantKinds : ['restaurant'],
		};
	}
	if (hasAny(types, PRODUCER_CLASSES)) {
		const kinds = kindsFromThemes(themes, PRODUCER_THEMES);
		if (types.has('Winery') || types.has('Distillery') || types.has('Brewery'))
			kinds.push('drinks');
		return {
			collection: 'providers',
			category: 'producer',
			kinds: kinds.length > 0 ? [...new Set(kinds)] : ['farm-produce'],
		};
	}
	if (hasAny(types, ACTIVITY_CLASSES)) {
		const kinds = kindsFromThemes(themes, ACTIVITY_THEMES);
		if (types.has('EquestrianCenter') && !kinds.includes('horse-donkey'))
			kinds.push('horse-donkey');
		if (types.has('ClimbingWall') && !kinds.includes('climbing-caving'))
			kinds.push('climbing-caving');
		return {
			collection: 'providers',
			category: 'activity',
			kinds: kinds.length > 0 ? kinds : ['discovery'],
		};
	}
	const shop = SHOP_CLASSES.filter(([, classes]) => hasAny(types, classes)).map(([kind]) => kind);
	if (shop.length > 0)
		return { collection: 'providers', category: 'shop', kinds: shop.slice(0, 1) };
	return {
		collection: null,
		reason: `no category of the site for the classes ${[...types].join(', ') || '(none)'}`,
	};
}

/** A label the site knows: its code, how the feed names it, and what gives its level. */
interface KnownLabel {
	code: string;
	/** Review values (`kb:LabelRating_…`) that are this label. */
	values: string[];
	/** Words of the French label, for values spelled differently. */
	words: RegExp;
}

/**
 * Labels visitors look for in the Cévennes. `LabelRating_GitesDeFrance` and
 * `LabelRating_QualiteTourisme` are in the reference objects; the other identifiers follow the
 * thesaurus's naming and are backed by the French label.
 */
export const KNOWN_LABELS: KnownLabel[] = [
	{ code: 'gites-de-france', values: ['LabelRating_GitesDeFrance'], words: /g[îi]tes de france/i },
	{ code: 'clevacances', values: ['LabelRating_Clevacances'], words: /cl[ée]vacances/i },
	{ code: 'accueil-paysan', values: ['LabelRating_AccueilPaysan'], words: /accueil paysan/i },
	{
		code: 'esprit-parc-national',
		values: ['LabelRating_EspritParcNational', 'LabelRating_MarqueEspritParcNational'],
		words: /esprit parc/i,
	},
	{
		code: 'tourisme-handicap',
		values: [
			'LabelRating_TourismeHandicap',
			'LabelRating_TourismeHandicapPictogrammeMoteur',
			'LabelRating_TourismeHandicapPictogrammeAuditif',
			'LabelRating_TourismeHandicapPictogrammeVisuel',
			'LabelRating_TourismeHandicapPictogrammeMental',
		],
		words: /tourisme (?:et|&) handicap/i,
	},
	{
		code: 'qualite-tourisme',
		values: ['LabelRating_QualiteTourisme'],
		words: /qualit[ée] tourisme/i,
	},
	{
		code: 'bienvenue-a-la-ferme',
		values: ['LabelRating_BienvenueALaFerme'],
		words: /bienvenue [àa] la ferme/i,
	},
	{
		code: 'logis',
		values: ['LabelRating_Logis', 'LabelRating_LogisDeFrance'],
		words: /\blogis\b/i,
	},
	{ code: 'accueil-velo', values: ['LabelRating_AccueilVelo'], words: /accueil v[ée]lo/i },
];

/** The Tourisme & Handicap pictogram values, by impairment family. */
export const ACCESSIBILITY_VALUES: Record<string, AccessibilityFamily> = {
	LabelRating_TourismeHandicapPictogrammeMoteur: 'motor',
	LabelRating_TourismeHandicapPictogrammeAuditif: 'hearing',
	LabelRating_TourismeHandicapPictogrammeVisuel: 'visual',
	LabelRating_TourismeHandicapPictogrammeMental: 'mental',
};

/** Words of a Tourisme & Handicap pictogram's French label, by family. */
export const ACCESSIBILITY_WORDS: [AccessibilityFamily, RegExp][] = [
	['motor', /moteur/i],
	['hearing', /auditif/i],
	['visual', /visuel/i],
	['mental', /mental/i],
];

/**
 * Graded classifications: Gîtes de France épis, Clévacances clés and official stars. A
 * `ScaleRating_2epis` value is the level of the Gîtes de France label.
 */
export const SCALES: { pattern: RegExp; code: string }[] = [
	{ pattern: /^ScaleRating_(\d)epis?$/, code: 'gites-de-france' },
	{ pattern: /^ScaleRating_(\d)cles?$/, code: 'clevacances' },
	{ pattern: /^ScaleRating_(\d)etoiles?$/, code: 'stars' },
];

/** Pricing modes (`hasPricingMode`) the site words, by thesaurus code. */
export const PRICING_MODES = [
	'PerNight',
	'PerWeek',
	'PerPerson',
	'PerDay',
	'PerWeekend',
	'PerGroup',
] as const;
