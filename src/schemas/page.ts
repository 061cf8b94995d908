import { z } from 'astro/zod';
import { TextSchema } from './shared';

/**
 * An editorial page in one language: `content/pages/fr/<key>.md` and `content/pages/en/<key>.md`
 * are the two languages of the same page (the file name is the key, both files are required).
 */
export const PageSchema = z.object({
	/** The page title (h1 and <title>). */
	title: TextSchema,
	/** The meta description shown by search engines, 50–160 characters. */
	description: TextSchema.min(50, { error: 'description must be at least 50 characters' }).max(
		160,
		{
			error: 'description must be at most 160 characters',
		},
	),
});
