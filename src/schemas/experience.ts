import { reference } from 'astro:content';
import { z } from 'astro/zod';
import {
	IllustrationSchema,
	MetaDescriptionSchema,
	ParagraphsSchema,
	PhotoSchema,
} from './destination';
import { existingReference } from './reference';
import { SampleFlagSchema, TranslatedTextSchema } from './shared';

/** The seasons an experience is best in. */
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

/** How much time an experience takes. */
export const EXPERIENCE_DURATIONS = [
	'two-hours',
	'half-day',
	'day',
	'evening',
	'night',
	'several-days',
] as const;

/**
 * An editorial "experience": a short, vivid piece that makes a visitor want to live a moment of
 * the territory, linking to the hikes, providers and events that make it possible.
 */
export const ExperienceSchema = z.object({
	/** Its title, an invitation ("Une nuit sous les étoiles du mont Lozère"). */
	title: TranslatedTextSchema,
	/** One or two sentences for cards and the meta description (50–160 characters in each language). */
	summary: MetaDescriptionSchema,
	/** The piece itself: a few short paragraphs. */
	story: ParagraphsSchema,
	/** Practical advice: when to go, what to bring, whom to ask. */
	goodToKnow: TranslatedTextSchema.optional(),
	/** Themes it belongs to; its theme pages list it. */
	themes: z.array(existingReference('themes')).min(1, { error: 'needs at least one theme' }),
	/** The sector where it happens. */
	sector: existingReference('sectors'),
	/** Villages where it starts or passes. */
	villages: z.array(existingReference('villages')).default([]),
	/** Best seasons. */
	seasons: z.array(z.enum(SEASONS)).min(1, { error: 'needs at least one season' }),
	/** How long it takes. */
	duration: z.enum(EXPERIENCE_DURATIONS),
	/** Hikes that make it possible. */
	hikes: z.array(existingReference('hikes')).default([]),
	/**
	 * Member businesses that make it possible (a donkey hirer, a farm, a guide…), by their id in
	 * the DATAtourisme feed. The feed changes every day, so a member it no longer has is left out
	 * of the experience's page, and the build names this file and the id in a warning.
	 */
	providers: z.array(reference('providers')).default([]),
	/** Events where it happens. */
	events: z.array(existingReference('events')).default([]),
	/** The drawn illustration shown until the office adds its own photo. */
	illustration: IllustrationSchema,
	/** Alt text and credit of the office's photo in src/assets/photos/experiences/<id>.jpg. */
	photo: PhotoSchema.optional(),
	/** Position in lists. */
	order: z.number().int(),
	/** True for sample data. */
	sample: SampleFlagSchema,
});
