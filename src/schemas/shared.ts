import { z } from 'astro/zod';
import { isInTerritory, TERRITORY_BOUNDS } from '../lib/geo/territory';
import { normalizeFrenchPhone } from '../lib/phone';
import {
	MONTH_DAY_PATTERN,
	minutesOf,
	overlappingDays,
	TIME_PATTERN,
	WEEKDAYS,
} from '../lib/opening-hours';

/**
 * Text a visitor reads, in both languages of the site. French is the source; English is
 * required for everything shown under /en/. The one documented fallback: proper names
 * (villages, offices, providers) are plain strings, the same in both languages.
 */
export const translated = <T extends z.ZodType>(schema: T) =>
	z
		.object(
			{
				/** French text, shown at / */
				fr: schema.optional(),
				/** English text, shown at /en/ */
				en: schema.optional(),
			},
			{ error: 'needs a French (fr) and an English (en) version' },
		)
		.superRefine((value, context) => {
			if (value.fr === undefined) {
				context.addIssue({ code: 'custom', path: ['fr'], message: 'French text (fr) is missing' });
			}
			if (value.en === undefined) {
				context.addIssue({
					code: 'custom',
					path: ['en'],
					message: 'English translation (en) is missing: it is required for the page under /en/',
				});
			}
		})
		.transform((value) => value as { fr: z.output<T>; en: z.output<T> });

/** A non-empty line of text. */
export const TextSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** Text in both languages. */
export const TranslatedTextSchema = translated(TextSchema);

/** A point inside the territory (WGS84 decimal degrees). */
export const GeoPointSchema = z
	.object({
		/** Latitude in decimal degrees. */
		lat: z
			.number({ error: 'latitude must be a number' })
			.min(-90, { error: 'latitude must be between -90 and 90' })
			.max(90, { error: 'latitude must be between -90 and 90' }),
		/** Longitude in decimal degrees. */
		lon: z
			.number({ error: 'longitude must be a number' })
			.min(-180, { error: 'longitude must be between -180 and 180' })
			.max(180, { error: 'longitude must be between -180 and 180' }),
	})
	.refine(isInTerritory, {
		error: `is outside the territory (latitude ${TERRITORY_BOUNDS.south}–${TERRITORY_BOUNDS.north}, longitude ${TERRITORY_BOUNDS.west}–${TERRITORY_BOUNDS.east})`,
	});

/** A French phone number, written as people write it, stored in E.164 ("+33466458194"). */
export const PhoneSchema = z.string().transform((value, context) => {
	const e164 = normalizeFrenchPhone(value);
	if (!e164) {
		context.addIssue({
			code: 'custom',
			message: `"${value}" is not a French phone number (expected e.g. +33 4 66 45 81 94 or 04 66 45 81 94)`,
		});
		return z.NEVER;
	}
	return e164;
});

/** A postal address in France. */
export const AddressSchema = z.object({
	/** Street line, e.g. "Le quai". */
	street: TextSchema,
	/** Five-digit French postcode. */
	postalCode: z.string().regex(/^\d{5}$/, { error: 'postcode must be five digits' }),
	/** Town as the post office writes it (the commune nouvelle where there is one). */
	locality: TextSchema,
});

const isClockTime = (value: string) => TIME_PATTERN.test(value);

const ClockTimeSchema = z.string().regex(TIME_PATTERN, { error: 'must be a time "HH:MM" (24 h)' });
const MonthDaySchema = z
	.string()
	.regex(MONTH_DAY_PATTERN, { error: 'must be a day of the year "MM-DD"' });

/** A time range on some weekdays. */
export const OpeningRangeSchema = z
	.object({
		/** The weekdays this range applies to (mo, tu, we, th, fr, sa, su). */
		days: z.array(z.enum(WEEKDAYS)).min(1, { error: 'needs at least one weekday' }),
		/** Opening time. */
		opens: ClockTimeSchema,
		/** Closing time, after the opening time on the same day. */
		closes: ClockTimeSchema,
	})
	.refine(
		(range) =>
			!isClockTime(range.opens) ||
			!isClockTime(range.closes) ||
			minutesOf(range.closes) > minutesOf(range.opens),
		{
			error: (issue) => {
				const range = issue.input as { opens: string; closes: string };
				return `closes at ${range.closes}, before it opens at ${range.opens}`;
			},
			path: ['closes'],
		},
	);

/** A season of opening hours, e.g. July–August. */
export const SeasonSchema = z.object({
	/** The season's name, e.g. "Été" / "Summer". */
	name: TranslatedTextSchema,
	/** First day, "MM-DD". */
	from: MonthDaySchema,
	/** Last day, "MM-DD" (before `from` for a season that spans New Year). */
	to: MonthDaySchema,
	/** Opening ranges; an office closed all season has none. */
	hours: z.array(OpeningRangeSchema),
});

/** Seasons of one office: they must not overlap. */
export const SeasonsSchema = z.array(SeasonSchema).superRefine((seasons, context) => {
	seasons.forEach((season, index) => {
		seasons.slice(index + 1).forEach((other, offset) => {
			if (overlappingDays(season, other) > 0) {
				context.addIssue({
					code: 'custom',
					path: [index + offset + 1, 'from'],
					message: `season "${other.name.fr}" overlaps season "${season.name.fr}"`,
				});
			}
		});
	});
});

/** Whether a piece of content is sample data, to be replaced by the office's feed. */
export const SampleFlagSchema = z.boolean().default(false);
