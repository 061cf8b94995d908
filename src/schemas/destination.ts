import { z } from 'astro/zod';
import { existingReference } from './reference';
import { TextSchema, translated, TranslatedTextSchema } from './shared';

/** Text of a few paragraphs in both languages: one list item per paragraph. */
export const ParagraphsSchema = translated(
	z.array(TextSchema).min(1, { error: 'needs at least one paragraph' }),
);

/**
 * Text in both languages that doubles as the page's meta description: 50 to 160 characters in
 * each language, so search engines show it whole.
 */
export const MetaDescriptionSchema = TranslatedTextSchema.superRefine((value, context) => {
	for (const locale of ['fr', 'en'] as const) {
		const text: string | undefined = value[locale];
		if (text === undefined) continue;
		if (text.length < 50 || text.length > 160) {
			context.addIssue({
				code: 'custom',
				path: [locale],
				message: `must be 50–160 characters (it is the page's meta description), not ${text.length}`,
			});
		}
	}
});

/** A place, landscape or piece of heritage worth the detour, with a line or two on why. */
export const HighlightSchema = z.object({
	/** Its name ("Le pont sur le Tarn" / "The bridge over the Tarn"). */
	name: TranslatedTextSchema,
	/** What a visitor sees or feels there. */
	description: TranslatedTextSchema,
});

/** The themes of the office's strategy an entry belongs to; its theme pages list it. */
export const ThemesSchema = z.array(existingReference('themes')).default([]);

/**
 * The drawn illustrations of the site (src/components/destination/Illustration.astro): shown
 * until the office drops its own photo in src/assets/photos/<collection>/<id>.jpg.
 */
export const ILLUSTRATIONS = [
	'granite-summit',
	'night-sky',
	'donkey-trail',
	'market',
	'river',
	'chestnut-terraces',
	'schist-village',
	'flock',
] as const;

/** Which drawn illustration stands in for a photo. */
export const IllustrationSchema = z.enum(ILLUSTRATIONS);

/**
 * What the site needs to show one of the office's own photos, dropped in
 * src/assets/photos/<collection>/<id>.jpg: its text alternative and its credit.
 */
export const PhotoSchema = z.object({
	/** What the photo shows, for visitors who cannot see it (alt text). */
	alt: TranslatedTextSchema,
	/** Who took it and under which licence ("© Office de tourisme / Jean Dupont"). */
	credit: TextSchema,
});
