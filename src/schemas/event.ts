import { z } from 'astro/zod';
import { existingReference } from './reference';
import { SampleFlagSchema, TranslatedTextSchema } from './shared';
import { TIME_PATTERN, minutesOf } from '../lib/opening-hours';

/** Kinds of event, as the agenda filters them. */
export const EVENT_CATEGORIES = [
	'market',
	'festival',
	'concert',
	'guided-walk',
	'exhibition',
	'workshop',
	'sport',
	'talk',
	'fair',
] as const;

/** One date of an event, with optional Europe/Paris wall-clock times. */
export const OccurrenceSchema = z
	.object({
		/** Day, "YYYY-MM-DD". */
		date: z.iso.date({ error: 'must be a date "YYYY-MM-DD"' }),
		/** Start time, "HH:MM". */
		start: z.string().regex(TIME_PATTERN, { error: 'must be a time "HH:MM"' }).optional(),
		/** End time, "HH:MM", after the start. */
		end: z.string().regex(TIME_PATTERN, { error: 'must be a time "HH:MM"' }).optional(),
	})
	.refine(
		(o) =>
			!o.start ||
			!o.end ||
			!TIME_PATTERN.test(o.start) ||
			!TIME_PATTERN.test(o.end) ||
			minutesOf(o.end) > minutesOf(o.start),
		{
			error: 'ends before it starts',
			path: ['end'],
		},
	);

/** An event of the agenda. */
export const EventSchema = z.object({
	/** Name of the event. */
	title: TranslatedTextSchema,
	/** What happens, for whom. */
	summary: TranslatedTextSchema,
	/** Where it takes place. */
	village: existingReference('villages'),
	/** Kind of event. */
	category: z.enum(EVENT_CATEGORIES),
	/** Its dates. */
	occurrences: z.array(OccurrenceSchema).min(1, { error: 'needs at least one date' }),
	/** Free of charge. */
	free: z.boolean().default(false),
	/** Suitable for families with children. */
	familyFriendly: z.boolean().default(false),
	/** True for sample data. */
	sample: SampleFlagSchema,
});
