/**
 * Sentences that open and close a sample business's description, by family of kinds, written
 * with its village and lieu-dit. With the kind's own paragraph between them, no two members read
 * alike: a visitor browsing the demonstration does not meet the same text twice.
 */
import type { Bilingual } from './build';
import { capitalised } from './catalogue';
import type { Random } from './random';

/** What a fragment writes about (see TemplateContext). */
export interface FragmentContext {
	village: string;
	fr: { at: string; near: string; of: string };
	hamlet: string;
}

type Fragment = (context: FragmentContext) => Bilingual;

export type Family = 'lodging' | 'food' | 'outdoors' | 'produce' | 'crafts';

/** The family of each template key. */
export const FAMILY_OF_KIND: Record<string, Family> = {
	hotel: 'lodging',
	guesthouse: 'lodging',
	hostel: 'lodging',
	rental: 'lodging',
	campsite: 'lodging',
	restaurant: 'food',
	'farm-inn': 'food',
	cafe: 'food',
	canoe: 'outdoors',
	climbing: 'outdoors',
	bike: 'outdoors',
	donkey: 'outdoors',
	horse: 'outdoors',
	guide: 'outdoors',
	cheese: 'produce',
	honey: 'produce',
	chestnut: 'produce',
	meat: 'produce',
	vegetables: 'produce',
	drinks: 'produce',
	'local-products': 'produce',
	crafts: 'crafts',
};

const OPENINGS: Record<Family, Fragment[]> = {
	lodging: [
		({ hamlet, fr, village }) => ({
			fr: `Au lieu-dit ${capitalised(hamlet)}, à quelques minutes ${fr.of}.`,
			en: `At the lieu-dit ${capitalised(hamlet)}, a few minutes from ${village}.`,
		}),
		({ fr, village }) => ({
			fr: `On arrive ${fr.at} par une route en lacets, puis un chemin de terre.`,
			en: `You reach ${village} up a winding road, then along a dirt track.`,
		}),
		({ hamlet, fr, village }) => ({
			fr: `La maison domine ${hamlet}, un hameau ${fr.of} où l'on entend surtout la rivière.`,
			en: `The house looks down on ${capitalised(hamlet)}, a hamlet of ${village} where the river is the loudest sound.`,
		}),
		({ fr, village }) => ({
			fr: `Les hôtes vivent ${fr.at} toute l'année et connaissent chaque famille du village.`,
			en: `Your hosts live in ${village} all year round and know every family in the village.`,
		}),
		({ fr, village }) => ({
			fr: `Le bourg ${fr.of}, son épicerie et sa fontaine sont à un quart d'heure à pied.`,
			en: `The centre of ${village}, its grocer's and its fountain are a quarter of an hour's walk away.`,
		}),
		({ hamlet, fr, village }) => ({
			fr: `Le chemin qui monte ${fr.of} vers ${hamlet} passe devant la porte.`,
			en: `The path climbing from ${village} to ${capitalised(hamlet)} runs past the door.`,
		}),
	],
	food: [
		({ fr, village }) => ({
			fr: `Une adresse que les habitants ${fr.of} se passent volontiers.`,
			en: `A place the people of ${village} are happy to recommend.`,
		}),
		({ fr, village }) => ({
			fr: `${capitalised(fr.at)}, la salle voûtée ouvre sur une terrasse à l'ombre d'un tilleul.`,
			en: `In ${village}, the vaulted dining room opens onto a terrace shaded by a lime tree.`,
		}),
		({ hamlet, fr, village }) => ({
			fr: `Au lieu-dit ${capitalised(hamlet)}, sur la commune ${fr.of}, la table est dressée sous les châtaigniers.`,
			en: `At ${capitalised(hamlet)}, in the commune of ${village}, tables are laid under the chestnut trees.`,
		}),
		({ fr, village }) => ({
			fr: `Les randonneurs de passage ${fr.at} s'y arrêtent autant que les gens du pays.`,
			en: `Walkers passing through ${village} stop here as often as the locals.`,
		}),
		({ fr, village }) => ({
			fr: `La cuisine suit le marché ${fr.of} et ce que les fermes voisines apportent.`,
			en: `The kitchen follows the ${village} market and whatever the neighbouring farms bring in.`,
		}),
	],
	outdoors: [
		({ fr, village }) => ({
			fr: `Le rendez-vous est donné ${fr.at}, devant la mairie ou au bord de l'eau selon la sortie.`,
			en: `You meet in ${village}, outside the town hall or by the water depending on the outing.`,
		}),
		({ hamlet, fr, village }) => ({
			fr: `Installé au lieu-dit ${capitalised(hamlet)}, sur la commune ${fr.of}, depuis une dizaine d'années.`,
			en: `Based at ${capitalised(hamlet)}, in the commune of ${village}, for some ten years.`,
		}),
		({ fr, village }) => ({
			fr: `Enfant du pays, né ${fr.near}, il connaît les sentiers et les rivières depuis toujours.`,
			en: `Born and bred near ${village}, he has known the paths and rivers all his life.`,
		}),
		({ fr, village }) => ({
			fr: `Les sorties partent ${fr.at} et reviennent avant la chaleur de l'après-midi en été.`,
			en: `Outings leave from ${village} and are back before the afternoon heat in summer.`,
		}),
		({ fr, village }) => ({
			fr: `Une petite structure ${fr.near}, qui limite la taille des groupes.`,
			en: `A small outfit near ${village} that keeps its groups small.`,
		}),
	],
	produce: [
		({ hamlet, fr, village }) => ({
			fr: `La ferme est au lieu-dit ${capitalised(hamlet)}, sur la commune ${fr.of}.`,
			en: `The farm is at ${capitalised(hamlet)}, in the commune of ${village}.`,
		}),
		({ fr, village }) => ({
			fr: `On trouve ses produits au marché ${fr.of} et à la ferme, sur rendez-vous.`,
			en: `You will find the produce at the ${village} market, and at the farm by appointment.`,
		}),
		({ fr, village }) => ({
			fr: `Installés ${fr.near} depuis une vingtaine d'années, ils ont repris des terrasses abandonnées.`,
			en: `Settled near ${village} some twenty years ago, they brought abandoned terraces back to life.`,
		}),
		({ fr, village }) => ({
			fr: `Une petite exploitation familiale ${fr.near}, qui vend surtout en direct.`,
			en: `A small family farm near ${village} that sells mostly direct.`,
		}),
		({ hamlet, fr, village }) => ({
			fr: `En montant vers ${hamlet}, au-dessus ${fr.of}, un panneau en bois indique la vente à la ferme.`,
			en: `On the way up to ${capitalised(hamlet)}, above ${village}, a wooden sign points to the farm shop.`,
		}),
	],
	crafts: [
		({ fr, village }) => ({
			fr: `L'atelier est ${fr.at}, dans une ancienne grange ouverte aux visiteurs.`,
			en: `The workshop is in ${village}, in an old barn open to visitors.`,
		}),
		({ hamlet, fr, village }) => ({
			fr: `Au lieu-dit ${capitalised(hamlet)}, sur la commune ${fr.of}, la porte de l'atelier reste ouverte l'été.`,
			en: `At ${capitalised(hamlet)}, in the commune of ${village}, the workshop door stays open in summer.`,
		}),
		({ fr, village }) => ({
			fr: `Venu s'installer ${fr.at}, l'artisan travaille les matériaux du pays.`,
			en: `Having settled in ${village}, the craftsman works with local materials.`,
		}),
	],
};

const CLOSINGS: Record<Family, Bilingual[]> = {
	lodging: [
		{
			fr: 'Réservation conseillée en juillet et en août.',
			en: 'Booking advised in July and August.',
		},
		{
			fr: 'Les hôtes prêtent volontiers cartes et topoguides de la région.',
			en: 'Your hosts are happy to lend maps and walking guides.',
		},
		{
			fr: "Le soir, la nuit est noire et le ciel plein d'étoiles.",
			en: 'At night it is truly dark and the sky is full of stars.',
		},
		{
			fr: "Arrivée en fin d'après-midi, départ avant onze heures.",
			en: 'Arrival in the late afternoon, departure before eleven.',
		},
		{ fr: '', en: '' },
	],
	food: [
		{ fr: 'Pensez à réserver le week-end.', en: 'Book ahead at weekends.' },
		{
			fr: 'Menu enfant et plats végétariens sur demande.',
			en: "Children's menu and vegetarian dishes on request.",
		},
		{ fr: 'Paiement par carte accepté.', en: 'Cards accepted.' },
		{ fr: '', en: '' },
	],
	outdoors: [
		{
			fr: "Sorties annulées ou reportées en cas d'orage.",
			en: 'Outings are cancelled or moved if storms are forecast.',
		},
		{
			fr: 'Réservation la veille au plus tard.',
			en: 'Book the day before at the latest.',
		},
		{ fr: 'Groupes et familles sur demande.', en: 'Groups and families on request.' },
		{ fr: '', en: '' },
	],
	produce: [
		{
			fr: 'Téléphonez avant de passer : on est souvent aux champs.',
			en: 'Ring before you call in: they are often out in the fields.',
		},
		{ fr: 'Colis possibles pour le retour.', en: 'Parcels can be made up for the journey home.' },
		{ fr: '', en: '' },
	],
	crafts: [
		{
			fr: 'Démonstrations le mercredi en été.',
			en: 'Demonstrations on Wednesdays in summer.',
		},
		{ fr: 'Pièces sur commande.', en: 'Pieces made to order.' },
		{ fr: '', en: '' },
	],
};

/** The kind's paragraph between an opening on the member's place and, sometimes, a closing. */
export function varied(
	random: Random,
	kind: string,
	context: FragmentContext,
	body: Bilingual,
): Bilingual {
	const family = FAMILY_OF_KIND[kind] ?? 'lodging';
	const opening = random.pick(OPENINGS[family])(context);
	const closing = random.pick(CLOSINGS[family]);
	const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
	return {
		fr: join(opening.fr, body.fr, closing.fr),
		en: join(opening.en, body.en, closing.en),
	};
}
