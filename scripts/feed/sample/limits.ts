/**
 * The legal limits of each kind of sample accommodation, so that the demonstration stays within
 * what such a business may be in France. The generator draws sizes inside them and the unit test
 * (tests/unit/content/sample-plausibility.test.ts) checks the committed sample feed against them.
 */

/** Limits of one kind: rooms, pitches and guests, each with the text that sets it. */
export interface CapacityLimit {
	rooms?: number;
	pitches?: number;
	persons: number;
	/** Longest opening season, in months. */
	months?: number;
	source: string;
}

export const CAPACITY_LIMITS = {
	/** Chambres d'hôtes. */
	guesthouse: {
		rooms: 5,
		persons: 15,
		source:
			'Code du tourisme, art. D. 324-13: at most five rooms and fifteen guests, received by the householder',
	},
	/** Camping à la ferme: a field a farm opens to campers without a development permit. */
	farmCamping: {
		pitches: 6,
		persons: 20,
		source:
			"Code de l'urbanisme, art. R. 421-19 c and R. 421-23 c: more than twenty people or six tents, caravans or mobile homes needs a permis d'aménager",
	},
	/** Camping classé « aire naturelle ». */
	naturalArea: {
		pitches: 30,
		persons: 90,
		months: 6,
		source:
			"Code du tourisme, art. D. 332-1-2: tents, caravans and camper vans only, open six months a year at most; Atout France's classification table of the 'aire naturelle' category: at most 30 pitches on at most one hectare",
	},
	/** Gîte d'étape and meublé de tourisme kept by their owners, under the fire rules for homes. */
	gite: {
		persons: 15,
		source:
			"Arrêté du 25 juin 1980 (fire safety in establishments open to the public): a gîte or furnished let for more than fifteen people is an establishment open to the public with sleeping quarters, no longer a family's gîte",
	},
} satisfies Record<string, CapacityLimit>;

/** Guests per pitch that a campsite states as its capacity (a tent, a caravan: a family). */
export const PERSONS_PER_PITCH = 3;
