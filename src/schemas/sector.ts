import { z } from 'astro/zod';
import { TextSchema, TranslatedTextSchema } from './shared';

/** One of the four sectors the office organises its territory and its summer programmes by. */
export const SectorSchema = z.object({
	/** The sector's name, a proper name used in both languages ("Vallée Française"). */
	name: TextSchema,
	/** One or two sentences that make a visitor want to go there. */
	summary: TranslatedTextSchema,
	/** Position in lists (home page, navigation). */
	order: z.number().int(),
});
