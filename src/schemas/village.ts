import { z } from 'astro/zod';
import {
	HighlightSchema,
	IllustrationSchema,
	ParagraphsSchema,
	PhotoSchema,
	ThemesSchema,
} from './destination';
import { existingReference } from './reference';
import { GeoPointSchema, SampleFlagSchema, TextSchema, TranslatedTextSchema } from './shared';

/** The kinds of shops and services a village plan shows (the office's "plans de village"). */
export const VILLAGE_SERVICE_KINDS = [
	'grocery',
	'bakery',
	'doctor',
	'pharmacy',
	'fuel',
	'cash-machine',
	'post-office',
	'water-point',
] as const;

export type VillageServiceKind = (typeof VILLAGE_SERVICE_KINDS)[number];

/** A shop or service on the village plan. */
export const VillageServiceSchema = z.object({
	/** What a visitor finds there. */
	kind: z.enum(VILLAGE_SERVICE_KINDS),
	/** Its name, where it has one a visitor would look for (a proper name). */
	name: TextSchema.optional(),
	/** Where it is, in words ("on the quay", "at the entrance of the village"). */
	where: TranslatedTextSchema.optional(),
	/** Where it is on the plan; must lie inside the commune (checked by a unit test). */
	location: GeoPointSchema,
});

/** One stop of a heritage discovery walk. */
export const WalkStepSchema = z.object({
	/** What the walker stops at. */
	name: TranslatedTextSchema,
	/** What there is to see and to know there. */
	description: TranslatedTextSchema,
	/** Where the stop is; must lie inside the commune (checked by a unit test). */
	location: GeoPointSchema,
});

/** A heritage discovery walk through the village, the other half of a "plan de village". */
export const HeritageWalkSchema = z.object({
	/** The walk's name. */
	title: TranslatedTextSchema,
	/** A sentence or two: what the walk shows, how long it takes. */
	summary: TranslatedTextSchema,
	/** The stops, in walking order. */
	steps: z.array(WalkStepSchema).min(3, { error: 'a walk needs at least three stops' }),
	/** True while the walk is sample data, not the office's own plan. */
	sample: SampleFlagSchema,
});

/** A village (commune) of the territory. */
export const VillageSchema = z.object({
	/** The village's name, a proper name used in both languages. */
	name: TextSchema,
	/** The commune's INSEE code (historical code for communes merged since 2016). */
	insee: z
		.string()
		.regex(/^(48|30)\d{3}$/, { error: 'must be a Lozère (48…) or Gard (30…) INSEE code' }),
	/** The commune nouvelle it now belongs to, when it was merged. */
	communeNouvelle: TextSchema.optional(),
	/** The sector it belongs to. */
	sector: existingReference('sectors'),
	/** True while the office has not confirmed the sector (the file's comment says why). */
	sectorToConfirm: z.boolean().default(false),
	/** Village centre (IGN chef-lieu point). */
	location: GeoPointSchema,
	/** Number of inhabitants. */
	population: z.number().int().positive(),
	/** Where the population figure comes from. */
	populationSource: TranslatedTextSchema,
	/** One or two sentences on the village, for cards and lists. */
	summary: TranslatedTextSchema,
	/** A short portrait of the village for its page: a few paragraphs. */
	portrait: ParagraphsSchema.optional(),
	/** What to see in and around the village. */
	whatToSee: z.array(HighlightSchema).default([]),
	/** Themes the village is known for; its theme pages list it. */
	themes: ThemesSchema,
	/** Shops and services on the village plan. */
	services: z.array(VillageServiceSchema).default([]),
	/** True while the shops and services are sample data, not the office's survey. */
	servicesAreSample: SampleFlagSchema,
	/** The heritage discovery walk through the village, where there is one. */
	walk: HeritageWalkSchema.optional(),
	/** The drawn illustration shown until the office adds its own photo (default: the sector's). */
	illustration: IllustrationSchema.optional(),
	/** Alt text and credit of the office's photo in src/assets/photos/villages/<id>.jpg. */
	photo: PhotoSchema.optional(),
});
