import { z } from 'astro/zod';
import { TranslatedTextSchema } from './shared';

/** A theme of the office's strategy (Famille, Unesco, Randonnée, Nature, Gastronomie). */
export const ThemeSchema = z.object({
	/** The theme's name in each language ("Randonnée" / "Hiking"). */
	name: TranslatedTextSchema,
	/** One or two sentences on what a visitor finds under this theme. */
	summary: TranslatedTextSchema,
	/** Position in lists. */
	order: z.number().int(),
});
