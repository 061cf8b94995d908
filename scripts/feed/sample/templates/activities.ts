/** The templates of sample outdoor activities and guides. */
import { LABELS, ofPlace, PRICING_MODES, theme } from '../catalogue';
import { allYear, between, price, businessLabels, type Template } from './kit';

export const ACTIVITIES_TEMPLATES: Template[] = [
	{
		key: 'canoe',
		types: ['PlaceOfInterest', 'PointOfInterest', 'SportsAndLeisurePlace'],
		name: (random, { hamlet }) =>
			random.pick([`Canoë ${ofPlace(hamlet)}`, `Gardon Aventure`, `Eaux vives ${ofPlace(hamlet)}`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Canoë, kayak et canyoning encadrés au départ ${fr.of}.`,
				en: `Guided canoeing, kayaking and canyoning from ${village}.`,
			},
			description: {
				fr: `Descentes en canoë de 5 à 12 km selon le niveau d'eau, sorties canyoning encadrées par des moniteurs diplômés d'État, initiation au paddle sur les grands gours. Matériel fourni, navette retour incluse.`,
				en: `Canoe trips of 5 to 12 km depending on water levels, canyoning led by state-qualified instructors, and paddleboard taster sessions on the big river pools. Equipment provided, return shuttle included.`,
			},
		}),
		prices: (random) => [
			price(random.int(20, 30), undefined, PRICING_MODES.person, {
				fr: 'Descente en canoë',
				en: 'Canoe trip',
			}),
			price(random.int(45, 60), undefined, PRICING_MODES.person, {
				fr: 'Demi-journée de canyoning',
				en: 'Half-day canyoning',
			}),
		],
		seasons: (random, { year }) => between(random, year, [4, 5], [9, 10]),
		amenities: ['parking', 'showers'],
		labels: (random) => businessLabels(random, { parc: 0.3, quality: 0.3, handicap: 0.05 }),
		themes: [
			theme('CanoeingKayaking', 'Canoë kayak', 'Canoeing-kayaking'),
			theme('Canyoning', 'Canyoning', 'Canyoning'),
			theme('StandupPaddleboarding', 'Stand up paddle', 'Stand-up paddleboarding'),
		],
		booking: 0.6,
	},
	{
		key: 'climbing',
		types: ['PlaceOfInterest', 'PointOfInterest', 'SportsAndLeisurePlace', 'ActivityProvider'],
		name: (random, { hamlet }) =>
			random.pick([
				`Verticale ${ofPlace(hamlet)}`,
				`Escalade et spéléo en Cévennes`,
				`Roc ${ofPlace(hamlet)}`,
			]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Escalade, via ferrata et spéléologie avec un guide, autour ${fr.of}.`,
				en: `Rock climbing, via ferrata and caving with a guide, around ${village}.`,
			},
			description: {
				fr: `Initiation à l'escalade sur les falaises de granite et de schiste, sorties spéléo dans les grottes des causses voisins, via ferrata pour les familles dès 10 ans. Petits groupes, matériel fourni.`,
				en: `Rock-climbing taster sessions on granite and schist crags, caving trips in the nearby causses, and via ferrata for families with children from 10. Small groups, equipment provided.`,
			},
		}),
		prices: (random) => [
			price(random.int(35, 50), undefined, PRICING_MODES.person, {
				fr: 'Demi-journée',
				en: 'Half day',
			}),
		],
		seasons: (random, { year }) => between(random, year, [3, 4], [10, 11]),
		amenities: ['parking'],
		labels: (random) => businessLabels(random, { parc: 0.3, quality: 0.2, handicap: 0 }),
		themes: [
			theme('Climbing', 'Escalade', 'Climbing'),
			theme('ViaFerrata', 'Via ferrata', 'Via ferrata'),
			theme('Caving', 'Spéléologie', 'Caving'),
		],
		booking: 0.5,
	},
	{
		key: 'bike',
		types: ['PlaceOfInterest', 'PointOfInterest', 'SportsAndLeisurePlace', 'EquipmentRentalShop'],
		name: (random, { fr }) =>
			random.pick([`Cévennes VTT`, `Vélos ${fr.of}`, `Roue libre en Cévennes`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Location de VTT et vélos électriques, sorties accompagnées au départ ${fr.of}.`,
				en: `Mountain bikes and e-bikes for hire, and guided rides from ${village}.`,
			},
			description: {
				fr: `VTT classiques et à assistance électrique, sièges enfants et remorques. Sorties accompagnées sur les drailles et les crêtes, conseils d'itinéraires et réparations.`,
				en: `Mountain bikes and e-bikes, child seats and trailers. Guided rides on the old drove roads and ridges, route advice and repairs.`,
			},
		}),
		prices: (random) => [
			price(random.int(25, 35), undefined, PRICING_MODES.person, {
				fr: 'Location à la journée',
				en: 'Hire for a day',
			}),
			price(random.int(45, 55), undefined, PRICING_MODES.person, {
				fr: 'Sortie accompagnée',
				en: 'Guided ride',
			}),
		],
		seasons: (random, { year }) => between(random, year, [3, 4], [10, 11]),
		amenities: ['parking', 'bikes'],
		labels: (random) => [
			...(random.chance(0.5) ? [LABELS.accueilVelo] : []),
			...businessLabels(random, { parc: 0.2, quality: 0.2, handicap: 0 }),
		],
		themes: [theme('ATV', 'Vtt', 'Mountain biking'), theme('Cycling', 'Vélo', 'Cycling')],
		booking: 0.4,
	},
	{
		key: 'donkey',
		types: ['PlaceOfInterest', 'PointOfInterest', 'SportsAndLeisurePlace', 'ActivityProvider'],
		name: (random, { hamlet }) =>
			random.pick([
				`Les Ânes ${ofPlace(hamlet)}`,
				`Ânes et randonnées ${ofPlace(hamlet)}`,
				`Randonnée avec un âne`,
			]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Location d'ânes de bât pour randonner en famille ou sur le Chemin de Stevenson, ${fr.near}.`,
				en: `Pack donkeys for hire, for family walks or the Stevenson Trail, near ${village}.`,
			},
			description: {
				fr: `Comme Robert Louis Stevenson et Modestine, partez avec un âne qui porte les sacs. À la demi-journée pour les familles, ou pour plusieurs jours d'itinérance avec les étapes réservées. Initiation au bâtage avant le départ.`,
				en: `Like Robert Louis Stevenson and Modestine, set off with a donkey to carry the bags. For half a day with the family, or for several days on the trail with your stops booked. You learn to load the pack before leaving.`,
			},
		}),
		prices: (random) => [
			price(random.int(40, 55), undefined, PRICING_MODES.person, {
				fr: 'Âne à la journée',
				en: 'Donkey for a day',
			}),
		],
		seasons: (random, { year }) => between(random, year, [3, 4], [10, 11]),
		amenities: ['parking'],
		labels: (random) => businessLabels(random, { parc: 0.4, quality: 0.1, handicap: 0.05 }),
		themes: [
			theme('DonkeyHiking', 'Randonnée avec âne', 'Hiking with a donkey'),
			theme('Hiking', 'Randonnée pédestre', 'Hiking'),
		],
		booking: 0.5,
	},
	{
		key: 'horse',
		types: ['PlaceOfInterest', 'PointOfInterest', 'SportsAndLeisurePlace', 'EquestrianCenter'],
		name: (random, { hamlet }) =>
			random.pick([`Centre équestre ${ofPlace(hamlet)}`, `Les Chevaux ${ofPlace(hamlet)}`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Balades et randonnées à cheval sur le mont Lozère et les crêtes, ${fr.near}.`,
				en: `Horse rides and treks on Mont Lozère and the ridges, near ${village}.`,
			},
			description: {
				fr: `Promenades d'une heure pour les débutants, journées et randonnées de plusieurs jours pour les cavaliers confirmés, sur les drailles de transhumance. Poneys pour les plus jeunes.`,
				en: `One-hour rides for beginners, full days and treks of several days for experienced riders along the old transhumance drove roads. Ponies for the youngest.`,
			},
		}),
		prices: (random) => [
			price(random.int(22, 30), undefined, PRICING_MODES.person, {
				fr: "Balade d'une heure",
				en: 'One-hour ride',
			}),
		],
		seasons: (_random, { year }) => allYear(year),
		amenities: ['parking'],
		labels: (random) => businessLabels(random, { parc: 0.2, quality: 0.2, handicap: 0.05 }),
		themes: [theme('HorseRiding', 'Équitation', 'Horse riding')],
		booking: 0.3,
	},
	{
		key: 'guide',
		types: [
			'PlaceOfInterest',
			'PointOfInterest',
			'ActivityProvider',
			'LeisureSportActivityProvider',
		],
		name: (random) =>
			`${random.pick(['Marie', 'Lucie', 'Julien', 'Thomas', 'Camille', 'Antoine', 'Claire', 'Pierre'])} ${random.pick(['Vidal', 'Pellet', 'Roux', 'Bonnet', 'Teissier', 'Chapelle', 'Martin', 'Castan'])}, accompagnateur en montagne`,
		texts: (_random, { setting }) => ({
			summary: {
				fr: `Randonnées accompagnées à la journée et en itinérance, ${setting.fr}.`,
				en: `Guided walks for a day or several, ${setting.en}.`,
			},
			description: {
				fr: `Accompagnateur en montagne diplômé, je vous emmène à la découverte de la flore du mont Lozère, de l'histoire des Camisards et du ciel étoilé lors de sorties nocturnes. Sorties à thème, groupes et familles.`,
				en: `A qualified mountain leader, I take you to discover the plants of Mont Lozère, the history of the Camisards and the starry sky on night walks. Themed outings for groups and families.`,
			},
		}),
		prices: (random) => [
			price(random.int(20, 30), undefined, PRICING_MODES.person, {
				fr: 'Demi-journée',
				en: 'Half day',
			}),
			price(random.int(35, 45), undefined, PRICING_MODES.person, { fr: 'Journée', en: 'Full day' }),
		],
		seasons: (random, { year }) =>
			random.chance(0.5) ? allYear(year) : between(random, year, [4, 5], [10, 11]),
		amenities: [],
		labels: (random) => businessLabels(random, { parc: 0.5, quality: 0.1, handicap: 0.1 }),
		themes: [
			theme('Hiking', 'Randonnée pédestre', 'Hiking'),
			theme('NordicWalking', 'Marche nordique', 'Nordic walking'),
		],
		booking: 0.3,
	},
];
