import { z } from 'astro/zod';
import { existingReference } from './reference';
import { SampleFlagSchema, TranslatedTextSchema } from './shared';

/** A multi-day route made of stage hikes, such as the Chemin de Stevenson (GR70). */
export const ItinerarySchema = z.object({
	/** Name of the route. */
	title: TranslatedTextSchema,
	/** One or two sentences on the route. */
	summary: TranslatedTextSchema,
	/** The route's story and character, a paragraph or two. */
	description: TranslatedTextSchema,
	/** Its stage hikes in walking order. */
	stages: z.array(existingReference('hikes')).min(2, { error: 'needs at least two stages' }),
	/** Its official website, where there is one. */
	website: z.url().optional(),
	/** True for sample data. */
	sample: SampleFlagSchema,
});
