import { z } from 'astro/zod';
import { existingReference } from './reference';
import { GeoPointSchema, SampleFlagSchema, TranslatedTextSchema } from './shared';

/** How a trail may be travelled. */
export const HIKE_PRACTICES = ['walking', 'mountain-bike', 'horse', 'donkey'] as const;

/** Difficulty, as the national park grades its trails. */
export const HIKE_DIFFICULTIES = ['easy', 'moderate', 'hard', 'very-hard'] as const;

/** A hike: an entry with its GPX track beside it in content/hikes/. */
export const HikeSchema = z.object({
	/** Name of the hike. */
	title: TranslatedTextSchema,
	/** One or two sentences that make a walker want to go. */
	summary: TranslatedTextSchema,
	/** The sector it starts in. */
	sector: existingReference('sectors'),
	/** Themes it belongs to. */
	themes: z.array(existingReference('themes')).default([]),
	/** How it may be travelled. */
	practices: z.array(z.enum(HIKE_PRACTICES)).min(1, { error: 'needs at least one practice' }),
	/** Difficulty. */
	difficulty: z.enum(HIKE_DIFFICULTIES),
	/** Start point (parking or village square). */
	start: GeoPointSchema,
	/** File name of the GPX track, beside the entry. */
	gpx: z.string().regex(/\.gpx$/i, { error: 'must name a .gpx file' }),
	/** Suitable for families with children. */
	familyFriendly: z.boolean().default(false),
	/** True for sample data. */
	sample: SampleFlagSchema,
});
