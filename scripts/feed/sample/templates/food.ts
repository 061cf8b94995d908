/** The templates of sample restaurants, farm inns and cafés. */
import { LABELS, ofPlace, PRICING_MODES } from '../catalogue';
import {
	DAYS,
	season,
	between,
	round5,
	price,
	businessLabels,
	lunchAndDinner,
	type Template,
} from './kit';

export const FOOD_TEMPLATES: Template[] = [
	{
		key: 'restaurant',
		types: [
			'schema:FoodEstablishment',
			'schema:Restaurant',
			'FoodEstablishment',
			'Restaurant',
			'PointOfInterest',
		],
		name: (random, { hamlet, fr }) =>
			random.pick([
				`Auberge ${ofPlace(hamlet)}`,
				`Restaurant ${ofPlace(hamlet)}`,
				`La Table ${ofPlace(hamlet)}`,
				`Le Bistrot ${fr.of}`,
				`L'Assiette cévenole`,
			]),
		texts: (random, { village, setting, fr }) => ({
			summary: {
				fr: `Cuisine de saison et produits des Cévennes ${fr.at}, ${setting.fr}.`,
				en: `Seasonal cooking with Cévennes produce in ${village}, ${setting.en}.`,
			},
			description: random.pick([
				{
					fr: `Menu du jour à l'ardoise, pélardon rôti au miel, charcuterie de pays et tarte aux châtaignes. Terrasse sous la treille l'été, salle voûtée l'hiver. Pensez à réserver en juillet et août.`,
					en: `A daily menu on the blackboard, roast Pélardon goat's cheese with honey, local charcuterie and chestnut tart. Terrace under the vine in summer, vaulted dining room in winter. Booking advised in July and August.`,
				},
				{
					fr: `Une petite salle et une grande terrasse face à la rivière. Le chef travaille avec les éleveurs et maraîchers de la vallée : agneau du mont Lozère, truite, légumes du jardin.`,
					en: `A small dining room and a big terrace facing the river. The chef works with the valley's farmers and growers: Mont Lozère lamb, trout, vegetables from the garden.`,
				},
			]),
		}),
		prices: (random) => {
			const menu = random.int(17, 26);
			return [
				price(menu, undefined, PRICING_MODES.person, {
					fr: 'Menu du jour',
					en: 'Set menu of the day',
				}),
				price(round5(random.int(28, 42)), undefined, PRICING_MODES.person, {
					fr: 'Menu cévenol',
					en: 'Cévennes menu',
				}),
			];
		},
		seasons: (random, { year }) =>
			random.chance(0.4)
				? {
						seasons: [season(year, 1, 12, lunchAndDinner(random.some(DAYS, 5))).season],
						text: {
							fr: "Ouvert toute l'année, midi et soir (fermeture hebdomadaire deux jours).",
							en: 'Open all year, lunch and dinner (closed two days a week).',
						},
					}
				: between(random, year, [3, 4], [10, 11], lunchAndDinner(random.some(DAYS, 6))),
		amenities: ['terrace', 'parking', 'wifi', 'baby', 'bar'],
		labels: (random) => businessLabels(random, { parc: 0.2, quality: 0.2, handicap: 0.12 }),
		pets: 0.6,
	},
	{
		key: 'farm-inn',
		types: ['schema:FoodEstablishment', 'FoodEstablishment', 'FarmhouseInn', 'PointOfInterest'],
		name: (random, { hamlet }) =>
			random.pick([`Ferme-auberge ${ofPlace(hamlet)}`, `La Ferme ${ofPlace(hamlet)}`]),
		texts: (random, { village, setting, fr }) => ({
			summary: {
				fr: `Ferme-auberge ${fr.near} : les produits de la ferme à table, ${setting.fr}.`,
				en: `A farm restaurant near ${village}, serving what the farm produces, ${setting.en}.`,
			},
			description: random.pick([
				{
					fr: `Ici, presque tout vient de la ferme : fromages de chèvre, porc élevé en plein air, légumes et châtaignes. Repas sur réservation uniquement, à la grande table de l'ancienne bergerie.`,
					en: `Almost everything here comes from the farm: goat's cheese, free-range pork, vegetables and chestnuts. Meals by reservation only, at the long table of the old sheepfold.`,
				},
				{
					fr: `Au bout d'une petite route, une ferme d'élevage ouvre sa table le week-end et tous les soirs d'été. Visite de la chèvrerie avant le repas pour les enfants.`,
					en: `At the end of a narrow road, a livestock farm opens its table at weekends and every evening in summer. Children can visit the goats before the meal.`,
				},
			]),
		}),
		prices: (random) => [
			price(random.int(24, 32), undefined, PRICING_MODES.person, {
				fr: 'Menu de la ferme',
				en: 'Farm menu',
			}),
		],
		seasons: (random, { year }) =>
			between(
				random,
				year,
				[4, 5],
				[9, 10],
				[
					{ days: ['Friday', 'Saturday', 'Sunday'], opens: '12:00', closes: '14:30' },
					{ days: ['Friday', 'Saturday'], opens: '19:30', closes: '22:00' },
				],
			),
		amenities: ['terrace', 'parking', 'shop', 'visits'],
		labels: (random) => [
			LABELS.accueilPaysan,
			...businessLabels(random, { parc: 0.3, quality: 0.05, handicap: 0.05 }),
		],
		pets: 0.4,
	},
	{
		key: 'cafe',
		types: [
			'schema:FoodEstablishment',
			'schema:BarOrPub',
			'FoodEstablishment',
			'BarOrPub',
			'CafeOrTearoom',
			'PointOfInterest',
		],
		name: (random, { fr }) =>
			random.pick([
				`Café de la Place`,
				`Le Café du Pont`,
				`Salon de thé ${ofPlace('la Fontaine')}`,
				`Le Bar ${fr.of}`,
			]),
		texts: (random, { village, fr }) => ({
			summary: {
				fr: `Café et salon de thé au cœur ${fr.of}, terrasse sur la place.`,
				en: `Café and tea room in the heart of ${village}, with a terrace on the square.`,
			},
			description: random.pick([
				{
					fr: `Le rendez-vous du village : café du matin, assiettes de pays le midi, glaces artisanales l'après-midi. Dépôt de journaux et informations sur les animations de la semaine.`,
					en: `The village meeting place: morning coffee, plates of local food at lunchtime, craft ice cream in the afternoon. Newspapers, and news of what's on this week.`,
				},
				{
					fr: `Pâtisseries maison à la farine de châtaigne, jus de pomme de la vallée et bières artisanales lozériennes, à déguster sous les platanes.`,
					en: `Home-made cakes with chestnut flour, apple juice from the valley and Lozère craft beers, to enjoy under the plane trees.`,
				},
			]),
		}),
		prices: (random) => [
			price(random.int(9, 14), undefined, PRICING_MODES.person, {
				fr: 'Assiette de pays',
				en: 'Plate of local food',
			}),
		],
		seasons: (random, { year }) =>
			between(
				random,
				year,
				[3, 4, 5],
				[9, 10, 11],
				[{ days: random.some(DAYS, 6), opens: '08:00', closes: '19:00' }],
			),
		amenities: ['terrace', 'wifi', 'bar'],
		labels: (random) => businessLabels(random, { parc: 0.1, quality: 0.1, handicap: 0.1 }),
		pets: 0.8,
	},
];
