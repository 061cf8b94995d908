import { z } from 'astro/zod';
import {
	HighlightSchema,
	IllustrationSchema,
	ParagraphsSchema,
	PhotoSchema,
	ThemesSchema,
} from './destination';
import { TextSchema, TranslatedTextSchema } from './shared';

/** One of the four sectors the office organises its territory and its summer programmes by. */
export const SectorSchema = z.object({
	/** The sector's name, a proper name used in both languages ("Vallée Française"). */
	name: TextSchema,
	/** One or two sentences that make a visitor want to go there. */
	summary: TranslatedTextSchema,
	/** Position in lists (home page, navigation). */
	order: z.number().int(),
	/** What the sector is like, as a travel writer would tell it: a few paragraphs. */
	portrait: ParagraphsSchema,
	/** Its landscapes: summits, valleys, rivers, woods. */
	landscapes: z.array(HighlightSchema).default([]),
	/** Its heritage: villages, bridges, temples, the traces of history. */
	heritage: z.array(HighlightSchema).default([]),
	/** Themes the sector is known for; its theme pages list it. */
	themes: ThemesSchema,
	/** The drawn illustration shown until the office adds its own photo. */
	illustration: IllustrationSchema,
	/** Alt text and credit of the office's photo in src/assets/photos/sectors/<id>.jpg. */
	photo: PhotoSchema.optional(),
});
