/**
 * The fixed choices of the feedback forms: the values the browser and the server accept, in the
 * order the forms list them. Labels are in the dictionaries (`feedback.topic.office`, …); offices
 * and providers come from their collections and are passed in at run time.
 */

/** The kinds of message a visitor can send, one form each. */
export const FEEDBACK_KINDS = [
	'suggestion',
	'complaint',
	'questionnaire',
	'brochureRequest',
] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** What a suggestion is about. */
export const SUGGESTION_TOPICS = [
	'office',
	'provider',
	'event',
	'website',
	'territory',
	'other',
] as const;

/** What a complaint concerns. */
export const COMPLAINT_SUBJECTS = ['office', 'provider', 'event', 'other'] as const;

/** How the visitor heard of the destination (satisfaction questionnaire). */
export const HEARD_FROM = [
	'returning',
	'word-of-mouth',
	'search-engine',
	'social-media',
	'guidebook',
	'press',
	'brochure',
	'trade-fair',
	'passing-through',
	'other',
] as const;

/** Who the visitor travels with (the office's geographic observatory). */
export const GROUP_TYPES = ['alone', 'couple', 'family', 'friends', 'organised-group'] as const;

/** The questionnaire's 1–5 ratings; all but `overall` may be left blank (service not used). */
export const RATING_QUESTIONS = [
	'welcome',
	'information',
	'openingHours',
	'waitingTime',
	'documentation',
	'shop',
	'wifi',
	'overall',
] as const;
export type RatingQuestion = (typeof RATING_QUESTIONS)[number];

export const RECOMMEND_ANSWERS = ['yes', 'no'] as const;

/**
 * ISO 3166-1 alpha-2 codes of every country; names come from `Intl.DisplayNames` in the
 * visitor's language.
 */
export const COUNTRIES = (
	'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
	'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
	'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
	'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
	'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
	'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
	'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
	'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

/** The countries most visitors come from, listed first in the form. */
export const FREQUENT_COUNTRIES = ['FR', 'BE', 'NL', 'DE', 'GB', 'CH', 'ES', 'IT', 'US'];

/**
 * French départements (code → name, Code officiel géographique de l'Insee): the observatory counts
 * French visitors by département. Names are proper names, the same in both languages.
 */
export const DEPARTEMENTS: Record<string, string> = {
	'01': 'Ain',
	'02': 'Aisne',
	'03': 'Allier',
	'04': 'Alpes-de-Haute-Provence',
	'05': 'Hautes-Alpes',
	'06': 'Alpes-Maritimes',
	'07': 'Ardèche',
	'08': 'Ardennes',
	'09': 'Ariège',
	'10': 'Aube',
	'11': 'Aude',
	'12': 'Aveyron',
	'13': 'Bouches-du-Rhône',
	'14': 'Calvados',
	'15': 'Cantal',
	'16': 'Charente',
	'17': 'Charente-Maritime',
	'18': 'Cher',
	'19': 'Corrèze',
	'2A': 'Corse-du-Sud',
	'2B': 'Haute-Corse',
	'21': "Côte-d'Or",
	'22': "Côtes-d'Armor",
	'23': 'Creuse',
	'24': 'Dordogne',
	'25': 'Doubs',
	'26': 'Drôme',
	'27': 'Eure',
	'28': 'Eure-et-Loir',
	'29': 'Finistère',
	'30': 'Gard',
	'31': 'Haute-Garonne',
	'32': 'Gers',
	'33': 'Gironde',
	'34': 'Hérault',
	'35': 'Ille-et-Vilaine',
	'36': 'Indre',
	'37': 'Indre-et-Loire',
	'38': 'Isère',
	'39': 'Jura',
	'40': 'Landes',
	'41': 'Loir-et-Cher',
	'42': 'Loire',
	'43': 'Haute-Loire',
	'44': 'Loire-Atlantique',
	'45': 'Loiret',
	'46': 'Lot',
	'47': 'Lot-et-Garonne',
	'48': 'Lozère',
	'49': 'Maine-et-Loire',
	'50': 'Manche',
	'51': 'Marne',
	'52': 'Haute-Marne',
	'53': 'Mayenne',
	'54': 'Meurthe-et-Moselle',
	'55': 'Meuse',
	'56': 'Morbihan',
	'57': 'Moselle',
	'58': 'Nièvre',
	'59': 'Nord',
	'60': 'Oise',
	'61': 'Orne',
	'62': 'Pas-de-Calais',
	'63': 'Puy-de-Dôme',
	'64': 'Pyrénées-Atlantiques',
	'65': 'Hautes-Pyrénées',
	'66': 'Pyrénées-Orientales',
	'67': 'Bas-Rhin',
	'68': 'Haut-Rhin',
	'69': 'Rhône',
	'70': 'Haute-Saône',
	'71': 'Saône-et-Loire',
	'72': 'Sarthe',
	'73': 'Savoie',
	'74': 'Haute-Savoie',
	'75': 'Paris',
	'76': 'Seine-Maritime',
	'77': 'Seine-et-Marne',
	'78': 'Yvelines',
	'79': 'Deux-Sèvres',
	'80': 'Somme',
	'81': 'Tarn',
	'82': 'Tarn-et-Garonne',
	'83': 'Var',
	'84': 'Vaucluse',
	'85': 'Vendée',
	'86': 'Vienne',
	'87': 'Haute-Vienne',
	'88': 'Vosges',
	'89': 'Yonne',
	'90': 'Territoire de Belfort',
	'91': 'Essonne',
	'92': 'Hauts-de-Seine',
	'93': 'Seine-Saint-Denis',
	'94': 'Val-de-Marne',
	'95': "Val-d'Oise",
	'971': 'Guadeloupe',
	'972': 'Martinique',
	'973': 'Guyane',
	'974': 'La Réunion',
	'976': 'Mayotte',
};

/** The offices and providers a form may name, by id (from the collections). */
export interface FeedbackChoices {
	offices: readonly string[];
	providers: readonly string[];
	/** Their names by id, for the office's mail (which never shows staff an id). */
	names?: MailNames | undefined;
}

/** Offices' and providers' names by id. */
export interface MailNames {
	offices: ReadonlyMap<string, string>;
	providers: ReadonlyMap<string, string>;
}
