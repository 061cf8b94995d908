/** The templates of sample local producers, shops and craftspeople. */
import { LABELS, ofPlace, theme } from '../catalogue';
import { DAYS, season, allYear, between, type Template } from './kit';

export const PRODUCTS_TEMPLATES: Template[] = [
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
