import { z } from 'astro/zod';
import { existingReference } from './reference';
import { GeoPointSchema, TextSchema, TranslatedTextSchema } from './shared';

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
	/** Village centre (IGN chef-lieu point). */
	location: GeoPointSchema,
	/** Number of inhabitants. */
	population: z.number().int().positive(),
	/** Where the population figure comes from. */
	populationSource: TextSchema,
	/** A short portrait of the village. */
	summary: TranslatedTextSchema,
});
