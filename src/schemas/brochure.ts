import { z } from 'astro/zod';
import { TranslatedTextSchema } from './shared';

/** A printed publication of the office. */
export const BrochureSchema = z.object({
	/** Title. */
	title: TranslatedTextSchema,
	/** What is in it. */
	description: TranslatedTextSchema,
	/** Year of the edition, where the manual gives it. */
	edition: z.number().int().min(2000).optional(),
	/** Position in lists. */
	order: z.number().int(),
	/** Number of pages, where the manual gives it. */
	pages: z.number().int().positive().optional(),
	/** Copies printed, where the manual gives it. */
	printRun: z.number().int().positive().optional(),
});
