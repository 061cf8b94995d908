/**
 * The DATAtourisme vocabulary the site understands, and what it means on the site: the provider
 * categories and their kinds, the review values that are the labels visitors look for, graded
 * classifications and pricing modes. Which classes (`@type`) and themes make a category and a kind
 * is ./classify.ts.
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

/**
 * `schema:Hotel` → `Hotel`; `kb:Wifi` → `Wifi`; an expanded identifier
 * (`https://www.datatourisme.fr/ontology/core#Hotel`) → `Hotel`.
 */
export const localName = (term: string): string =>
	term.replace(/^[a-z][a-z0-9+.-]*:\/\/.*[#/]/i, '').replace(/^[a-zA-Z]*:/, '');

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
