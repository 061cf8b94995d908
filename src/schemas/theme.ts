import { z } from 'astro/zod';
import {
	HighlightSchema,
	IllustrationSchema,
	MetaDescriptionSchema,
	ParagraphsSchema,
	PhotoSchema,
} from './destination';
import { existingReference } from './reference';
import { TranslatedTextSchema } from './shared';

/** A theme of the office's strategy (Famille, Unesco, Randonnée, Nature, Gastronomie). */
export const ThemeSchema = z.object({
	/** The theme's name in each language ("Randonnée" / "Hiking"). */
	name: TranslatedTextSchema,
	/** One or two sentences on what a visitor finds under this theme; also its page's meta description. */
	summary: MetaDescriptionSchema,
	/** Position in lists. */
	order: z.number().int(),
	/** The introduction of the theme's page: a few paragraphs. */
	introduction: ParagraphsSchema,
	/** Key facts or ideas of the theme, each with a line of explanation. */
	highlights: z.array(HighlightSchema).default([]),
	/** The office's printed publications on the theme (the food and drink booklet…). */
	brochures: z.array(existingReference('brochures')).default([]),
	/** The drawn illustration shown until the office adds its own photo. */
	illustration: IllustrationSchema,
	/** Alt text and credit of the office's photo in src/assets/photos/themes/<id>.jpg. */
	photo: PhotoSchema.optional(),
});
