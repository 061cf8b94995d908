/**
 * What sample providers are made of: names, descriptions in both languages, equipment, labels
 * and prices plausible for the Cévennes and Mont Lozère. Every business made from this catalogue
 * is fictional; phone numbers are in the ranges ARCEP keeps for fiction (04 65 71…, 06 39 98…)
 * and web addresses use the reserved `.example` domain.
 */
import type { Bilingual, Term } from './build';

/** The landscape of each sector, in a clause ("…, at the foot of Mont Lozère"). */
export const SECTOR_SETTINGS: Record<string, Bilingual[]> = {
	'mont-lozere': [
		{
			fr: 'au pied du mont Lozère, entre landes de granite et hêtraies',
			en: 'at the foot of Mont Lozère, among granite moorland and beech woods',
		},
		{
			fr: 'sur le versant sud du mont Lozère, face aux crêtes',
			en: 'on the southern slope of Mont Lozère, facing the ridges',
		},
		{
			fr: 'près des sources du Tarn, dans un paysage de blocs de granite',
			en: 'near the springs of the Tarn, in a landscape of granite boulders',
		},
	],
	'vallee-francaise': [
		{
			fr: 'dans la Vallée Française, entre schiste, châtaigniers et eaux claires du Gardon',
			en: 'in the Vallée Française, among schist, chestnut trees and the clear waters of the Gardon',
		},
		{
			fr: 'au-dessus des baignades du Gardon de Sainte-Croix',
			en: 'above the river pools of the Gardon de Sainte-Croix',
		},
		{
			fr: 'au milieu des terrasses de châtaigniers de la Vallée Française',
			en: 'among the chestnut terraces of the Vallée Française',
		},
	],
	'vallee-longue': [
		{
			fr: 'dans la Vallée Longue, sur les terrasses de schiste au-dessus du Gardon',
			en: 'in the Vallée Longue, on schist terraces above the Gardon',
		},
		{
			fr: 'au pied des crêtes cévenoles, dans un hameau de schiste',
			en: 'beneath the Cévennes ridges, in a schist hamlet',
		},
		{
			fr: 'entre châtaigneraies et clochers de tourmente de la Vallée Longue',
			en: 'among the chestnut woods and storm bell towers of the Vallée Longue',
		},
	],
	calbertois: [
		{
			fr: 'dans le Calbertois, entre serres boisées et hameaux de schiste',
			en: 'in the Calbertois, among wooded ridges and schist hamlets',
		},
		{
			fr: 'sur le Chemin de Stevenson, au cœur des serres du Calbertois',
			en: 'on the Stevenson Trail, in the heart of the Calbertois ridges',
		},
		{
			fr: 'au calme des châtaigneraies du Calbertois',
			en: 'in the quiet chestnut woods of the Calbertois',
		},
	],
};

/** Lieux-dits for business names: the words of Cévenol place names, not real addresses. */
export const HAMLETS = [
	'la Fage',
	'le Mazel',
	'les Combes',
	'le Castanet',
	'la Borie',
	'le Pradal',
	'la Baume',
	"l'Espinas",
	'le Ranc',
	'les Abrits',
	'le Fraisse',
	'la Clède',
	'le Valat',
	'la Serre',
	'le Cros',
	'la Roque',
	'le Claux',
	'les Aires',
	'le Pouget',
	'la Coste',
	'le Villaret',
	'les Pradels',
	'la Calmette',
	'le Bouschet',
	'la Vernède',
	'le Salson',
	'les Faïsses',
	'la Devèze',
	'le Masbonnet',
	'la Rouvière',
	'le Puech',
	'les Bastides',
	'la Canourgue',
	'la Jasse',
	'la Pierre Plantée',
	'les Fonts',
	'le Travers',
	'la Planche',
	'le Martinet',
	'les Oules',
];

/** "la Fage" → "de la Fage"; "le Mazel" → "du Mazel"; "les Combes" → "des Combes"; "l'Espinas" → "de l'Espinas". */
export function ofPlace(place: string): string {
	if (place.startsWith('le ')) return `du ${place.slice(3)}`;
	if (place.startsWith('les ')) return `des ${place.slice(4)}`;
	return `de ${place}`;
}

/** A village name in French phrases, with the article contracted: "au Pompidou", "du Collet-de-Dèze". */
export function frenchPlace(village: string): { at: string; near: string; of: string } {
	if (village.startsWith('Le ')) {
		const rest = village.slice(3);
		return { at: `au ${rest}`, near: `près du ${rest}`, of: `du ${rest}` };
	}
	if (village.startsWith('Les ')) {
		const rest = village.slice(4);
		return { at: `aux ${rest}`, near: `près des ${rest}`, of: `des ${rest}` };
	}
	return { at: `à ${village}`, near: `près de ${village}`, of: `de ${village}` };
}

/** "la Fage" → "La Fage". */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const STREETS = [
	'Grand-Rue',
	"Place de l'Église",
	'Route de la vallée',
	'Chemin des châtaigniers',
	'Quartier du pont',
	'Rue du Temple',
	'Chemin de la Draille',
	'Route départementale',
];

const amenity = (code: string, fr: string, en: string): Term => ({ code, fr, en });

export const AMENITIES = {
	wifi: amenity('Wifi', 'Wifi, accès internet', 'Wi-Fi, internet access'),
	garden: amenity('Garden', 'Jardin', 'Garden'),
	terrace: amenity('Terrace', 'Terrasse', 'Terrace'),
	parking: amenity('CarPark', 'Parking', 'Car park'),
	barbecue: amenity('Barbecue', 'Barbecue', 'Barbecue'),
	dishwasher: amenity('Dishwasher', 'Lave vaisselle', 'Dishwasher'),
	washer: amenity('PrivateWasher', 'Lave linge privatif', 'Private washing machine'),
	fireplace: amenity('Fireplace', 'Cheminée', 'Fireplace'),
	pool: amenity('SwimmingPool', 'Piscine', 'Swimming pool'),
	baby: amenity('BabyEquipment', 'Matériel bébé, enfant', 'Baby or child equipment'),
	linen: amenity('LinenHire', 'Location de linge', 'Linen hire'),
	tv: amenity('Television', 'Télévision', 'Television'),
	bikes: amenity('BicycleStorage', 'Local vélos', 'Bicycle storage'),
	laundry: amenity('Laundry', 'Laverie', 'Laundry'),
	grocery: amenity('GroceryDepot', 'Dépôt de pain et épicerie', 'Bread and grocery depot'),
	playground: amenity('Playground', 'Aire de jeux', 'Playground'),
	restaurant: amenity('Restaurant', 'Restaurant', 'Restaurant'),
	packedLunch: amenity('PackedLunch', 'Panier pique-nique', 'Packed lunch'),
	bar: amenity('Bar', 'Bar', 'Bar'),
	shop: amenity('SouvenirSales', 'Vente de produits du terroir', 'Local produce for sale'),
	tasting: amenity('Tasting', 'Dégustation', 'Tasting'),
	visits: amenity('FarmVisit', 'Visite de la ferme', 'Farm visit'),
	electricHookup: amenity('ElectricalHookup', 'Bornes électriques', 'Electric hook-ups'),
	showers: amenity('Shower', 'Douches', 'Showers'),
};

export const PAYMENT = {
	cash: amenity('Cash', 'Espèces', 'Cash'),
	cheque: amenity('Check', 'Chèque', 'Cheque'),
	card: amenity('BlueCard', 'Carte bancaire', 'Bank card'),
	vouchers: amenity('HolidayVouchers', 'Chèques vacances', 'Holiday vouchers'),
	transfer: amenity('Transfers', 'Virement', 'Bank transfer'),
};

export const PRICING_MODES = {
	night: amenity('PerNight', 'Par nuit', 'Per night'),
	week: amenity('PerWeek', 'Par semaine', 'Per week'),
	person: amenity('PerPerson', 'Par personne', 'Per person'),
};

/** Labels as review values: the code of the thesaurus and the name. */
export const LABELS = {
	gitesDeFrance: amenity('LabelRating_GitesDeFrance', 'Gîtes de France', 'Gîtes de France'),
	clevacances: amenity('LabelRating_Clevacances', 'Clévacances', 'Clévacances'),
	accueilPaysan: amenity('LabelRating_AccueilPaysan', 'Accueil Paysan', 'Accueil Paysan'),
	espritParc: amenity(
		'LabelRating_EspritParcNational',
		'Esprit parc national',
		'Esprit parc national',
	),
	qualiteTourisme: amenity('LabelRating_QualiteTourisme', 'Qualité Tourisme', 'Qualité Tourisme'),
	bienvenueFerme: amenity(
		'LabelRating_BienvenueALaFerme',
		'Bienvenue à la ferme',
		'Bienvenue à la ferme',
	),
	accueilVelo: amenity('LabelRating_AccueilVelo', 'Accueil Vélo', 'Accueil Vélo'),
};

/** The Tourisme & Handicap pictograms, one per impairment family. */
export const HANDICAP = [
	amenity(
		'LabelRating_TourismeHandicapPictogrammeMoteur',
		'Tourisme & Handicap – handicap moteur',
		'Tourisme & Handicap – mobility impairment',
	),
	amenity(
		'LabelRating_TourismeHandicapPictogrammeAuditif',
		'Tourisme & Handicap – handicap auditif',
		'Tourisme & Handicap – hearing impairment',
	),
	amenity(
		'LabelRating_TourismeHandicapPictogrammeVisuel',
		'Tourisme & Handicap – handicap visuel',
		'Tourisme & Handicap – visual impairment',
	),
	amenity(
		'LabelRating_TourismeHandicapPictogrammeMental',
		'Tourisme & Handicap – handicap mental',
		'Tourisme & Handicap – learning disability',
	),
];

export const grade = (level: number, scale: 'epis' | 'cles' | 'etoiles'): Term => {
	const names = {
		epis: ['épi', 'ear of corn', 'ears of corn'],
		cles: ['clé', 'key', 'keys'],
		etoiles: ['étoile', 'star', 'stars'],
	}[scale];
	return {
		code: `ScaleRating_${level}${scale}`,
		fr: `${level} ${names[0]}${level > 1 ? 's' : ''}`,
		en: `${level} ${level > 1 ? names[2] : names[1]}`,
	};
};

export const theme = (code: string, fr: string, en: string): Term => ({ code, fr, en });
