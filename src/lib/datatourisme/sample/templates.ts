/**
 * One template per kind of sample business: its DATAtourisme classes, how its name and texts
 * are written in both languages, its usual capacity, prices, seasons, equipment and labels.
 */
import type { Bilingual, SampleProvider, SampleSeason, Term } from './build';
import {
	AMENITIES,
	capitalised,
	grade,
	HANDICAP,
	LABELS,
	ofPlace,
	PRICING_MODES,
	theme,
} from './catalogue';
import { CAPACITY_LIMITS, PERSONS_PER_PITCH } from './limits';
import type { Random } from './random';

/** What a template writes about: the village, a lieu-dit, the sector's landscape. */
export interface TemplateContext {
	village: string;
	/** The village in French phrases: "à Vialas" / "au Pompidou", "près de…", "de…" / "du…". */
	fr: { at: string; near: string; of: string };
	hamlet: string;
	setting: Bilingual;
	/** Guests it takes (accommodation). */
	capacity: number;
	/** Rooms (hotel, chambres d'hôtes) or pitches (campsite), when the text counts them. */
	rooms: number;
	pitches: number;
	/** The variant of the kind its name gave (a campsite: classified, aire naturelle, on a farm). */
	variant: string;
	year: number;
}

/** What `size` gives: guests, and the rooms or pitches the text speaks of. */
export interface Size {
	capacity: number;
	rooms?: number;
	pitches?: number;
}

type Price = SampleProvider['prices'][number];

export interface Template {
	key: string;
	types: string[];
	name(random: Random, context: TemplateContext): string;
	texts(random: Random, context: TemplateContext): { summary: Bilingual; description: Bilingual };
	/** The range of the first draw of a capacity (kept so that the sample's names and ids stay put). */
	capacity?: [number, number];
	/** The size within the kind's legal limits (src/lib/datatourisme/sample/limits.ts). */
	size?(random: Random, context: TemplateContext): Size;
	/** The variant a name stands for ("Aire naturelle …" → natural). */
	variantOf?(name: string): string;
	prices(random: Random, context: TemplateContext): Price[];
	seasons(random: Random, context: TemplateContext): { seasons: SampleSeason[]; text: Bilingual };
	amenities: (keyof typeof AMENITIES)[];
	labels(random: Random, context: TemplateContext): Term[];
	themes?: Term[];
	/** Probability that pets are welcome; undefined when the question does not arise. */
	pets?: number;
	/** Probability that the place has a booking page. */
	booking?: number;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS_FR = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre',
];
const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (value: number) => String(value).padStart(2, '0');

/** A season from the first day of a month to the last day of another, in the given year. */
function season(
	year: number,
	from: number,
	to: number,
	hours?: SampleSeason['hours'],
): { season: SampleSeason; text: Bilingual } {
	const of = (month: string) => (/^[aeiou]/.test(month) ? `d'${month}` : `de ${month}`);
	const text =
		from === 1 && to === 12
			? { fr: "Ouvert toute l'année.", en: 'Open all year round.' }
			: {
					fr: `Ouvert ${of(MONTHS_FR[from - 1] ?? '')} à ${MONTHS_FR[to - 1] ?? ''}.`,
					en: `Open from ${MONTHS_EN[from - 1] ?? ''} to ${MONTHS_EN[to - 1] ?? ''}.`,
				};
	return {
		season: {
			from: `${year}-${pad(from)}-01`,
			through: `${year}-${pad(to)}-${pad(LAST_DAY[to - 1] ?? 30)}`,
			...(hours ? { hours } : {}),
		},
		text,
	};
}

const allYear = (year: number) => {
	const { season: only, text } = season(year, 1, 12);
	return { seasons: [only], text };
};

const between = (
	random: Random,
	year: number,
	starts: number[],
	ends: number[],
	hours?: SampleSeason['hours'],
) => {
	const { season: only, text } = season(year, random.pick(starts), random.pick(ends), hours);
	return { seasons: [only], text };
};

/** Rounded to a multiple of 5. */
const round5 = (value: number) => Math.round(value / 5) * 5;

const price = (min: number, max: number | undefined, per: Term, label: Bilingual): Price => ({
	min,
	max,
	per,
	label,
});

/** A label with a grade, sometimes. */
function accommodationLabels(random: Random, farm = false): Term[] {
	const labels: Term[] = [];
	const roll = random.next();
	if (roll < 0.4) labels.push(LABELS.gitesDeFrance, grade(random.int(2, 4), 'epis'));
	else if (roll < 0.58) labels.push(LABELS.clevacances, grade(random.int(2, 4), 'cles'));
	if (farm || random.chance(0.08)) labels.push(LABELS.accueilPaysan);
	if (random.chance(0.18)) labels.push(LABELS.espritParc);
	if (random.chance(0.1)) labels.push(...random.some(HANDICAP, random.int(1, 4)));
	return labels;
}

function businessLabels(
	random: Random,
	options: { stars?: boolean; parc?: number; quality?: number; handicap?: number },
): Term[] {
	const labels: Term[] = [];
	if (options.stars) labels.push(grade(random.int(1, 4), 'etoiles'));
	if (random.chance(options.quality ?? 0.2)) labels.push(LABELS.qualiteTourisme);
	if (random.chance(options.parc ?? 0.15)) labels.push(LABELS.espritParc);
	if (random.chance(options.handicap ?? 0.1))
		labels.push(...random.some(HANDICAP, random.int(1, 4)));
	return labels;
}

const lunchAndDinner = (days: string[]): SampleSeason['hours'] => [
	{ days, opens: '12:00', closes: '14:00' },
	{ days, opens: '19:00', closes: '21:30' },
];

export const TEMPLATES: Template[] = [
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
	{
		key: 'cheese',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Producer', 'Farm'],
		name: (random, { hamlet }) =>
			random.pick([
				`Chèvrerie ${ofPlace(hamlet)}`,
				`La Ferme ${ofPlace(hamlet)}`,
				`Fromagerie ${ofPlace(hamlet)}`,
			]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Pélardon et fromages de chèvre fermiers, vente à la ferme ${fr.near}.`,
				en: `Pélardon and farmhouse goat's cheese, sold at the farm near ${village}.`,
			},
			description: {
				fr: `Un troupeau d'une soixantaine de chèvres qui pâturent les châtaigneraies. Fromages frais, affinés et pélardon AOP. Traite à 17 h, visite possible avec les enfants.`,
				en: `A herd of some sixty goats grazing the chestnut woods. Fresh and matured cheeses and Pélardon (PDO). Milking at 5pm, and children are welcome to watch.`,
			},
		}),
		prices: () => [],
		seasons: (random, { year }) =>
			between(
				random,
				year,
				[2, 3],
				[11, 12],
				[{ days: ['Tuesday', 'Friday', 'Saturday'], opens: '17:00', closes: '19:00' }],
			),
		amenities: ['parking', 'visits', 'tasting'],
		labels: (random) => [
			...(random.chance(0.4) ? [LABELS.bienvenueFerme] : []),
			...(random.chance(0.3) ? [LABELS.accueilPaysan] : []),
			...(random.chance(0.3) ? [LABELS.espritParc] : []),
		],
		themes: [theme('GoatCheese', 'Fromage de chèvre', "Goat's cheese")],
	},
	{
		key: 'honey',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Producer'],
		name: (random, { hamlet }) =>
			random.pick([`Le Rucher ${ofPlace(hamlet)}`, `Miels ${ofPlace(hamlet)}`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Miels de châtaignier, de bruyère et de montagne, récoltés ${fr.near}.`,
				en: `Chestnut, heather and mountain honeys, harvested near ${village}.`,
			},
			description: {
				fr: `Nos ruches transhument des châtaigneraies aux landes du mont Lozère. Miels, pollen et pain d'épices, vente au rucher sur rendez-vous et sur les marchés de la vallée.`,
				en: `Our hives move from the chestnut woods to the Mont Lozère moorland. Honey, pollen and gingerbread, sold at the apiary by appointment and at the valley's markets.`,
			},
		}),
		prices: () => [],
		seasons: (_random, { year }) => allYear(year),
		amenities: ['tasting'],
		labels: (random) => [
			...(random.chance(0.4) ? [LABELS.espritParc] : []),
			...(random.chance(0.2) ? [LABELS.bienvenueFerme] : []),
		],
		themes: [theme('Honey', 'Miel', 'Honey')],
	},
	{
		key: 'chestnut',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Producer', 'Farm'],
		name: (random, { hamlet }) =>
			random.pick([`Châtaignes ${ofPlace(hamlet)}`, `La Castanhada ${ofPlace(hamlet)}`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Châtaignes, farine et crème de marrons de la châtaigneraie familiale, ${fr.at}.`,
				en: `Chestnuts, chestnut flour and chestnut spread from the family orchard, in ${village}.`,
			},
			description: {
				fr: `Nous entretenons une châtaigneraie en terrasses et séchons les châtaignes à la clède, au feu de bois, comme autrefois. Farine, châtaignes sèches, confitures ; vente à la ferme et par correspondance.`,
				en: `We look after a terraced chestnut orchard and dry the chestnuts in the clède over a wood fire, the old way. Flour, dried chestnuts and spreads, sold at the farm and by post.`,
			},
		}),
		prices: () => [],
		seasons: (random, { year }) =>
			between(
				random,
				year,
				[9, 10],
				[12],
				[{ days: ['Wednesday', 'Saturday'], opens: '10:00', closes: '12:00' }],
			),
		amenities: ['parking', 'tasting', 'visits'],
		labels: (random) => [
			...(random.chance(0.4) ? [LABELS.espritParc] : []),
			...(random.chance(0.2) ? [LABELS.accueilPaysan] : []),
		],
		themes: [theme('Chestnut', 'Châtaigne', 'Chestnut')],
	},
	{
		key: 'meat',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Producer', 'Farm'],
		name: (random, { hamlet }) =>
			random.pick([`Élevage ${ofPlace(hamlet)}`, `La Bergerie ${ofPlace(hamlet)}`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Agneau, porc plein air et charcuterie de la ferme, ${fr.near}.`,
				en: `Lamb, free-range pork and charcuterie from the farm, near ${village}.`,
			},
			description: {
				fr: `Brebis et cochons élevés en plein air sur les pentes du mont Lozère. Colis de viande sur commande, saucisses sèches et pâtés à la ferme.`,
				en: `Sheep and pigs raised outdoors on the slopes of Mont Lozère. Boxes of meat to order, dry sausages and pâtés at the farm.`,
			},
		}),
		prices: () => [],
		seasons: (_random, { year }) => allYear(year),
		amenities: ['parking'],
		labels: (random) => [
			...(random.chance(0.4) ? [LABELS.bienvenueFerme] : []),
			...(random.chance(0.2) ? [LABELS.espritParc] : []),
		],
		themes: [theme('Charcuterie', 'Charcuterie', 'Charcuterie'), theme('Lamb', 'Agneau', 'Lamb')],
	},
	{
		key: 'vegetables',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Producer', 'Farm'],
		name: (random, { hamlet }) =>
			random.pick([`Le Jardin ${ofPlace(hamlet)}`, `Les Vergers ${ofPlace(hamlet)}`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Légumes, pommes et jus de fruits bio des terrasses ${fr.of}.`,
				en: `Organic vegetables, apples and fruit juice from the terraces of ${village}.`,
			},
			description: {
				fr: `Maraîchage sur les anciennes faïsses, irriguées par les béals. Oignons doux, pommes reinettes, jus et confitures ; vente à la ferme le samedi matin.`,
				en: `Market gardening on the old stone terraces, watered by the traditional channels. Sweet onions, reinette apples, juice and jam, sold at the farm on Saturday mornings.`,
			},
		}),
		prices: () => [],
		seasons: (random, { year }) =>
			between(
				random,
				year,
				[4, 5],
				[10, 11],
				[{ days: ['Saturday'], opens: '09:00', closes: '12:30' }],
			),
		amenities: ['parking'],
		labels: (random) => [
			...(random.chance(0.3) ? [LABELS.bienvenueFerme] : []),
			...(random.chance(0.3) ? [LABELS.espritParc] : []),
		],
		themes: [
			theme('Vegetables', 'Légumes', 'Vegetables'),
			theme('FruitJuice', 'Jus de fruits', 'Fruit juice'),
		],
	},
	{
		key: 'drinks',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Producer', 'Brewery'],
		name: (random, { hamlet }) =>
			random.pick([`Brasserie ${ofPlace(hamlet)}`, `Les Sirops ${ofPlace(hamlet)}`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Bières artisanales et sirops de plantes de montagne, brassés ${fr.at}.`,
				en: `Craft beers and mountain-herb cordials, brewed in ${village}.`,
			},
			description: {
				fr: `Une petite brasserie qui travaille avec l'eau de source et les plantes cueillies sur le mont Lozère. Dégustation et vente à la brasserie, visite le jeudi.`,
				en: `A small brewery using spring water and plants gathered on Mont Lozère. Tastings and sales at the brewery, tours on Thursdays.`,
			},
		}),
		prices: () => [],
		seasons: (random, { year }) =>
			between(
				random,
				year,
				[3, 4],
				[10, 11],
				[{ days: ['Thursday', 'Friday', 'Saturday'], opens: '16:00', closes: '19:00' }],
			),
		amenities: ['parking', 'tasting', 'visits'],
		labels: (random) => (random.chance(0.3) ? [LABELS.espritParc] : []),
		themes: [theme('Beer', 'Bière', 'Beer')],
	},
	{
		key: 'local-products',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Store', 'LocalProductsShop'],
		name: (random, { fr }) =>
			random.pick([`Boutique de pays ${fr.of}`, `L'Épicerie cévenole`, `Saveurs du mont Lozère`]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Produits des fermes de la vallée et artisanat local, ${fr.at}.`,
				en: `Produce from the valley's farms and local crafts, in ${village}.`,
			},
			description: {
				fr: `Pélardons, miels, châtaignes, charcuteries et confitures de plus de trente producteurs du territoire, à deux pas de la place. Paniers garnis sur commande.`,
				en: `Pélardon, honey, chestnuts, charcuterie and jam from over thirty local producers, a few steps from the square. Gift hampers to order.`,
			},
		}),
		prices: () => [],
		seasons: (_random, { year }) => ({
			seasons: [
				season(year, 1, 12, [
					{
						days: ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
						opens: '09:00',
						closes: '12:30',
					},
				]).season,
			],
			text: {
				fr: "Ouvert toute l'année, du mardi au samedi matin.",
				en: 'Open all year, Tuesday to Saturday mornings.',
			},
		}),
		amenities: ['parking'],
		labels: (random) => (random.chance(0.2) ? [LABELS.espritParc] : []),
	},
	{
		key: 'crafts',
		types: ['PlaceOfInterest', 'PointOfInterest', 'Store', 'CraftsmanShop'],
		name: (random, { hamlet }) =>
			random.pick([
				`Atelier ${ofPlace(hamlet)}`,
				`Poterie ${ofPlace(hamlet)}`,
				`Vannerie ${ofPlace(hamlet)}`,
			]),
		texts: (_random, { village, fr }) => ({
			summary: {
				fr: `Atelier d'artisan d'art ouvert à la visite, ${fr.at}.`,
				en: `A craft workshop open to visitors, in ${village}.`,
			},
			description: {
				fr: `Poteries, paniers en châtaignier, objets en bois tourné : l'atelier et la boutique sont ouverts l'après-midi, démonstrations en été.`,
				en: `Pottery, chestnut-wood baskets and turned wood: the workshop and shop are open in the afternoon, with demonstrations in summer.`,
			},
		}),
		prices: () => [],
		seasons: (random, { year }) =>
			between(
				random,
				year,
				[4, 5],
				[9, 10],
				[{ days: random.some(DAYS, 5), opens: '14:00', closes: '18:30' }],
			),
		amenities: [],
		labels: (random) => (random.chance(0.15) ? [LABELS.espritParc] : []),
	},
];
