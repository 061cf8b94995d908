/** The templates of sample hotels, guesthouses, hostels, holiday rentals and campsites. */
import { capitalised, grade, LABELS, ofPlace, PRICING_MODES } from '../catalogue';
import { CAPACITY_LIMITS, PERSONS_PER_PITCH } from '../limits';
import {
	allYear,
	between,
	round5,
	price,
	accommodationLabels,
	businessLabels,
	type Template,
} from './kit';

export const LODGING_TEMPLATES: Template[] = [
	{
		key: 'hotel',
		types: [
			'schema:LodgingBusiness',
			'schema:Hotel',
			'Accommodation',
			'HotelTrade',
			'Hotel',
			'PointOfInterest',
		],
		name: (random, { hamlet }) =>
			`Hôtel ${random.pick(['des Châtaigniers', 'du Valat', 'de la Serre', 'des Lauzes', 'du Pont', 'des Sources', ofPlace(hamlet)])}`,
		texts: (random, { village, setting, capacity, fr }) => ({
			summary: {
				fr: `Hôtel familial de ${Math.ceil(capacity / 2.5)} chambres ${fr.at}, ${setting.fr}.`,
				en: `A family-run hotel with ${Math.ceil(capacity / 2.5)} rooms in ${village}, ${setting.en}.`,
			},
			description: random.pick([
				{
					fr: `Une maison de pays en pierre, tenue par la même famille depuis trois générations. Les chambres donnent sur la vallée ou sur le village ; le restaurant sert une cuisine de saison, avec les fromages et la charcuterie des producteurs voisins. Garage pour les vélos et départ des sentiers devant la porte.`,
					en: `A stone-built country hotel run by the same family for three generations. Rooms look over the valley or the village, and the restaurant serves seasonal cooking with cheese and charcuterie from neighbouring farms. Lock-up for bikes, and footpaths start at the door.`,
				},
				{
					fr: `Sur le passage des randonneurs du Chemin de Stevenson, l'hôtel propose des chambres simples et calmes, un petit-déjeuner copieux et des paniers pique-nique pour la journée. Le soir, la terrasse regarde le soleil se coucher sur les crêtes.`,
					en: `On the route of walkers on the Stevenson Trail, the hotel offers simple, quiet rooms, a hearty breakfast and packed lunches for the day ahead. In the evening the terrace watches the sun set over the ridges.`,
				},
			]),
		}),
		capacity: [14, 40],
		prices: (random) => {
			const low = round5(random.int(60, 95));
			return [
				price(low, low + round5(random.int(15, 40)), PRICING_MODES.night, {
					fr: 'Chambre double',
					en: 'Double room',
				}),
			];
		},
		seasons: (random, { year }) => between(random, year, [3, 4], [10, 11]),
		amenities: ['wifi', 'terrace', 'parking', 'restaurant', 'bar', 'bikes', 'packedLunch', 'tv'],
		labels: (random) =>
			businessLabels(random, { stars: true, quality: 0.35, parc: 0.2, handicap: 0.2 }),
		pets: 0.5,
		booking: 0.6,
	},
	{
		key: 'guesthouse',
		types: [
			'schema:LodgingBusiness',
			'schema:BedAndBreakfast',
			'Accommodation',
			'Guesthouse',
			'PointOfInterest',
		],
		name: (random, { hamlet }) =>
			random.pick([
				`Chambres d'hôtes ${ofPlace(hamlet)}`,
				`Mas ${ofPlace(hamlet)}`,
				`La Maison ${ofPlace(hamlet)}`,
				`Les Chambres ${ofPlace(hamlet)}`,
			]),
		texts: (random, { village, setting, capacity, rooms, fr }) => ({
			summary: {
				fr: `${rooms} chambres d'hôtes pour ${capacity} personnes dans un mas restauré ${fr.near}, ${setting.fr}.`,
				en: `${rooms} guest rooms sleeping ${capacity} in a restored farmhouse near ${village}, ${setting.en}.`,
			},
			description: random.pick([
				{
					fr: `Murs de schiste, poutres de châtaignier et grande table commune : le petit-déjeuner se prend en terrasse, avec les confitures de la maison et le miel du voisin. Table d'hôtes sur réservation, le soir, avec les légumes du jardin.`,
					en: `Schist walls, chestnut beams and a long shared table: breakfast is served on the terrace with home-made jam and honey from next door. Evening meals on request, with vegetables from the garden.`,
				},
				{
					fr: `Les chambres ouvrent sur les terrasses du jardin et le bruit de la rivière. Vos hôtes connaissent chaque sentier du coin et vous aident à préparer vos randonnées ; on peut même déposer vos bagages à l'étape suivante.`,
					en: `The rooms open onto the garden terraces and the sound of the river. Your hosts know every path around and will help plan your walks; they can even take your luggage on to the next stop.`,
				},
				{
					fr: `Une ancienne magnanerie, où l'on élevait autrefois les vers à soie, transformée en maison d'hôtes lumineuse. Salon avec cheminée, bibliothèque sur la région et jardin ombragé de mûriers.`,
					en: `A former silkworm house, where silk moths were once raised, turned into a light-filled guest house. Sitting room with a fireplace, a shelf of books about the area and a garden shaded by mulberry trees.`,
				},
			]),
		}),
		capacity: [4, 15],
		size: (random) => {
			const { rooms, persons } = CAPACITY_LIMITS.guesthouse;
			const count = random.int(2, rooms);
			return { rooms: count, capacity: Math.min(persons, random.int(count * 2, count * 3)) };
		},
		prices: (random) => {
			const low = round5(random.int(60, 90));
			return [
				price(low, low + round5(random.int(5, 25)), PRICING_MODES.night, {
					fr: 'Nuit pour deux, petit-déjeuner compris',
					en: 'Night for two, breakfast included',
				}),
			];
		},
		seasons: (random, { year }) =>
			random.chance(0.4) ? allYear(year) : between(random, year, [3, 4], [10, 11]),
		amenities: ['wifi', 'garden', 'terrace', 'parking', 'fireplace', 'baby', 'packedLunch'],
		labels: (random) => accommodationLabels(random),
		pets: 0.3,
		booking: 0.3,
	},
	{
		key: 'hostel',
		types: [
			'schema:LodgingBusiness',
			'schema:Hostel',
			'Accommodation',
			'CollectiveAccommodation',
			'StopOverOrGroupLodge',
			'PointOfInterest',
		],
		name: (random, { hamlet }) =>
			random.pick([
				`Gîte d'étape ${ofPlace(hamlet)}`,
				`Refuge ${ofPlace(hamlet)}`,
				`Gîte de groupe ${ofPlace(hamlet)}`,
			]),
		texts: (random, { village, setting, capacity, fr }) => ({
			summary: {
				fr: `Gîte d'étape de ${capacity} places ${fr.at}, ${setting.fr}, pour randonneurs et groupes.`,
				en: `A ${capacity}-bed walkers' hostel in ${village}, ${setting.en}, for hikers and groups.`,
			},
			description: random.pick([
				{
					fr: `Dortoirs de 4 à 6 lits et une chambre familiale, cuisine équipée pour les randonneurs en autonomie, demi-pension possible. Un enclos accueille les ânes des marcheurs du Chemin de Stevenson.`,
					en: `Dormitories of four to six beds and a family room, a fully equipped kitchen for self-catering walkers, and half board on request. A paddock takes in the donkeys of walkers on the Stevenson Trail.`,
				},
				{
					fr: `Halte bien connue des randonneurs du GR, le gîte propose repas du soir, petit-déjeuner et panier pour le lendemain. Séchoir pour les vêtements mouillés et poêle à bois les soirs frais.`,
					en: `A well-known stop for walkers on the long-distance path, with evening meal, breakfast and a packed lunch for the next day. Drying room for wet gear and a wood stove on cool evenings.`,
				},
			]),
		}),
		capacity: [12, 40],
		size: (random) => ({ capacity: random.int(8, CAPACITY_LIMITS.gite.persons) }),
		prices: (random) => {
			const night = random.int(18, 25);
			return [
				price(night, undefined, PRICING_MODES.person, {
					fr: 'Nuitée en dortoir',
					en: 'Night in a dormitory',
				}),
				price(random.int(45, 58), undefined, PRICING_MODES.person, {
					fr: 'Demi-pension',
					en: 'Half board',
				}),
			];
		},
		seasons: (random, { year }) => between(random, year, [3, 4], [10, 11]),
		amenities: ['wifi', 'parking', 'laundry', 'packedLunch', 'bikes', 'showers'],
		labels: (random) => [
			...(random.chance(0.3) ? [LABELS.gitesDeFrance, grade(random.int(1, 3), 'epis')] : []),
			...businessLabels(random, { parc: 0.25, quality: 0.1 }),
		],
		pets: 0.2,
		booking: 0.4,
	},
	{
		key: 'rental',
		types: [
			'schema:Accommodation',
			'schema:LodgingBusiness',
			'Accommodation',
			'RentalAccommodation',
			'SelfCateringAccommodation',
			'PointOfInterest',
		],
		name: (random, { hamlet }) =>
			random.pick([
				`Gîte ${ofPlace(hamlet)}`,
				`La Clède ${ofPlace(hamlet)}`,
				`Maison ${ofPlace(hamlet)}`,
				`Gîte ${capitalised(hamlet)}`,
				`Le Mas ${ofPlace(hamlet)}`,
			]),
		texts: (random, { village, setting, capacity, fr }) => ({
			summary: {
				fr: `Gîte pour ${capacity} personnes ${fr.near}, ${setting.fr}.`,
				en: `A self-catering gîte for ${capacity} near ${village}, ${setting.en}.`,
			},
			description: random.pick([
				{
					fr: `Maison de schiste restaurée, terrasse face à la vallée et jardin en faïsses. Cuisine équipée, séjour avec cheminée, chambres à l'étage. Les sentiers partent à deux pas, la rivière est à dix minutes à pied.`,
					en: `A restored schist house with a terrace facing the valley and a garden on stone terraces. Fitted kitchen, living room with fireplace, bedrooms upstairs. Paths start a stone's throw away, and the river is ten minutes' walk.`,
				},
				{
					fr: `Ancienne clède, où l'on séchait les châtaignes, aménagée en gîte de caractère. Au calme d'un hameau, sans vis-à-vis, avec vue sur les crêtes. Idéal pour randonner, se baigner et regarder les étoiles.`,
					en: `A former chestnut-drying house converted into a gîte full of character. Quiet hamlet, no overlooking neighbours, views over the ridges. Ideal for walking, river swimming and stargazing.`,
				},
				{
					fr: `Appartement au rez-de-chaussée de la maison des propriétaires, avec entrée indépendante et jardin privatif. Linge fourni sur demande, lit bébé à disposition.`,
					en: `A ground-floor flat in the owners' house, with its own entrance and private garden. Linen on request, and a cot available.`,
				},
			]),
		}),
		capacity: [2, 12],
		size: (random) => ({ capacity: random.int(2, Math.min(12, CAPACITY_LIMITS.gite.persons)) }),
		prices: (random, { capacity }) => {
			const week = round5(random.int(280, 420) + capacity * 35);
			return [
				price(week, week + round5(random.int(80, 250)), PRICING_MODES.week, {
					fr: 'Semaine',
					en: 'Week',
				}),
				...(random.chance(0.5)
					? [
							price(round5(week / 5), undefined, PRICING_MODES.night, {
								fr: 'Nuit (deux nuits minimum hors juillet-août)',
								en: 'Night (two nights minimum outside July and August)',
							}),
						]
					: []),
			];
		},
		seasons: (random, { year }) =>
			random.chance(0.55) ? allYear(year) : between(random, year, [3, 4, 5], [9, 10, 11]),
		amenities: [
			'wifi',
			'garden',
			'terrace',
			'parking',
			'barbecue',
			'dishwasher',
			'washer',
			'fireplace',
			'pool',
			'baby',
			'linen',
			'tv',
		],
		labels: (random) => accommodationLabels(random),
		pets: 0.5,
		booking: 0.35,
	},
	{
		key: 'campsite',
		types: [
			'schema:Campground',
			'schema:LodgingBusiness',
			'Accommodation',
			'CampingAndCaravanning',
			'Camping',
			'PointOfInterest',
		],
		name: (random, { hamlet }) =>
			random.pick([
				`Camping ${ofPlace(hamlet)}`,
				`Aire naturelle ${ofPlace(hamlet)}`,
				`Camping à la ferme ${ofPlace(hamlet)}`,
				`Camping de la rivière`,
			]),
		variantOf: (name) =>
			name.startsWith('Aire naturelle')
				? 'natural'
				: name.startsWith('Camping à la ferme')
					? 'farm'
					: 'classified',
		size: (random, { variant }) => {
			const pitches =
				variant === 'farm'
					? random.int(3, CAPACITY_LIMITS.farmCamping.pitches)
					: variant === 'natural'
						? random.int(10, CAPACITY_LIMITS.naturalArea.pitches)
						: random.int(35, 90);
			const capacity =
				variant === 'farm'
					? Math.min(CAPACITY_LIMITS.farmCamping.persons, pitches * PERSONS_PER_PITCH)
					: pitches * PERSONS_PER_PITCH;
			return { pitches, capacity };
		},
		texts: (random, { village, setting, fr, pitches, variant }) => ({
			summary:
				variant === 'farm'
					? {
							fr: `Camping à la ferme de ${pitches} emplacements ${fr.near}, ${setting.fr}.`,
							en: `A farm campsite with ${pitches} pitches near ${village}, ${setting.en}.`,
						}
					: variant === 'natural'
						? {
								fr: `Aire naturelle de ${pitches} emplacements ${fr.near}, ${setting.fr}, ouverte l'été seulement.`,
								en: `A simple summer-only campsite (aire naturelle) with ${pitches} pitches near ${village}, ${setting.en}.`,
							}
						: {
								fr: `Camping de ${pitches} emplacements au bord de l'eau ${fr.at}, ${setting.fr}.`,
								en: `A riverside campsite with ${pitches} pitches in ${village}, ${setting.en}.`,
							},
			description:
				variant === 'farm'
					? random.pick([
							{
								fr: `Quelques emplacements seulement, dans un pré entouré de châtaigniers. Les enfants y découvrent les chèvres de la ferme ; les parents, le silence et le ciel de la réserve internationale de ciel étoilé.`,
								en: `Only a few pitches, in a meadow ringed by chestnut trees. Children meet the farm's goats; their parents discover silence and the sky of the international dark-sky reserve.`,
							},
							{
								fr: `Un coin de prairie au bout de la ferme, une douche et des toilettes dans l'ancienne grange, le lait et les œufs du matin sur demande.`,
								en: `A corner of meadow at the end of the farm, a shower and toilets in the old barn, and milk and eggs in the morning on request.`,
							},
						])
					: variant === 'natural'
						? random.pick([
								{
									fr: `Des emplacements vastes et sans clôture sur un hectare de prairie, pour tentes, caravanes et camping-cars seulement : ni chalet ni mobil-home. Sanitaires simples et point d'eau commun.`,
									en: `Roomy, unfenced pitches on a hectare of meadow, for tents, caravans and camper vans only: no chalets or mobile homes. Simple washblock and a shared water point.`,
								},
								{
									fr: `Un camping de plein air comme autrefois, ouvert quelques mois l'été : on plante sa tente où l'on veut, à l'ombre des frênes, et l'on se baigne dans la rivière en contrebas.`,
									en: `An old-style open-air campsite, open for a few summer months: pitch your tent where you like in the shade of the ash trees and swim in the river below.`,
								},
							])
						: random.pick([
								{
									fr: `Emplacements ombragés sur des terrasses en bord de rivière, baignade au pied du camping. Sanitaires chauffés, dépôt de pain le matin et quelques chalets en bois pour ceux qui voyagent léger.`,
									en: `Shaded pitches on terraces by the river, with swimming right below. Heated washblock, fresh bread in the morning and a few wooden chalets for those travelling light.`,
								},
								{
									fr: `Le camping s'étage sous les chênes verts jusqu'à la rivière. Épicerie d'appoint, aire de jeux et soirées autour du four à pain en juillet et en août.`,
									en: `The campsite steps down under holm oaks to the river. A small shop, a playground and bread-oven evenings in July and August.`,
								},
							]),
		}),
		capacity: [30, 150],
		prices: (random) => {
			const pitch = random.int(12, 24);
			return [
				price(pitch, pitch + random.int(4, 10), PRICING_MODES.night, {
					fr: 'Emplacement pour deux personnes',
					en: 'Pitch for two people',
				}),
			];
		},
		// An aire naturelle opens six months a year at most: May to October at the longest.
		seasons: (random, { year, variant }) =>
			variant === 'natural'
				? between(random, year, [5, 6], [9, 10])
				: between(random, year, [4, 5, 6], [9, 10]),
		amenities: [
			'wifi',
			'parking',
			'showers',
			'laundry',
			'grocery',
			'playground',
			'electricHookup',
			'barbecue',
		],
		// Stars are for classified campsites: an aire naturelle is a category without them, a farm
		// campsite is not classified. (Every value is drawn alike, to keep the sample's ids.)
		labels: (random, { variant }) => {
			const labels = businessLabels(random, {
				stars: true,
				quality: 0.25,
				parc: 0.2,
				handicap: 0.15,
			}).filter((label) => variant === 'classified' || !label.code.endsWith('etoiles'));
			const farm = random.chance(0.15);
			return [...labels, ...(variant === 'farm' || farm ? [LABELS.accueilPaysan] : [])];
		},
		pets: 0.8,
		booking: 0.5,
	},
];
