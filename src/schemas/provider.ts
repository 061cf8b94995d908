import { z } from 'astro/zod';
import { RemotePhotoSchema } from './photo';
import { WEEKDAYS, MONTH_DAY_PATTERN, TIME_PATTERN } from '../lib/opening-hours';
import {
	ACCESSIBILITY_FAMILIES,
	PROVIDER_CATEGORIES,
	PROVIDER_KINDS,
} from '../lib/datatourisme/vocabulary';
import { existingReference } from './reference';
import { GeoPointSchema, PhoneSchema, SampleFlagSchema, TextSchema } from './shared';

export { ACCESSIBILITY_FAMILIES, PROVIDER_CATEGORIES, PROVIDER_KINDS };

/**
 * Text from the tourism database. French is always there (an object without a French name is
 * rejected by the feed loader); English is there when the provider wrote or had it translated.
 * Pages show the French text, marked `lang="fr"`, where the English is missing.
 */
export const FeedTextSchema = z.object({
	/** French text. */
	fr: TextSchema,
	/** English text, when the feed has one. */
	en: TextSchema.optional(),
});

/** A quality label or classification, e.g. Gîtes de France 3 épis or Tourisme & Handicap. */
export const ProviderLabelSchema = z.object({
	/** The label's code: a known one (`gites-de-france`, `clevacances`…) or the feed's own. */
	code: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a lower-case code' }),
	/** Its name as the feed gives it. */
	name: FeedTextSchema,
	/** Its level where it has one: épis, clés or stars (1–5). */
	level: z.number().int().min(1).max(5).optional(),
});

/** A service or piece of equipment (Wi-Fi, garden, baby equipment…). */
export const AmenitySchema = z.object({
	/** The feed's code for it, e.g. `Wifi`. */
	code: TextSchema,
	/** Its name. */
	name: FeedTextSchema,
});

/** A price line. */
export const PriceSchema = z.object({
	/** Lowest price in euros. */
	min: z.number().nonnegative().optional(),
	/** Highest price in euros. */
	max: z.number().nonnegative().optional(),
	/** What it is for ("Semaine" / "Week", "Menu du jour"…). */
	label: FeedTextSchema.optional(),
	/** What the price is per: night, week, person… (DATAtourisme pricing mode code). */
	per: z.string().optional(),
});

/** A season of opening, by day of the year, with weekly hours where the feed gives them. */
export const OpeningPeriodSchema = z.object({
	/** First day, "MM-DD". */
	from: z.string().regex(MONTH_DAY_PATTERN, { error: 'must be "MM-DD"' }),
	/** Last day, "MM-DD" (before `from` when the season spans New Year). */
	to: z.string().regex(MONTH_DAY_PATTERN, { error: 'must be "MM-DD"' }),
	/** Weekly opening hours during the season; none when the feed gives only the dates. */
	hours: z.array(
		z.object({
			/** Weekdays. */
			days: z.array(z.enum(WEEKDAYS)).min(1),
			/** Opening time "HH:MM". */
			opens: z.string().regex(TIME_PATTERN),
			/** Closing time "HH:MM". */
			closes: z.string().regex(TIME_PATTERN),
		}),
	),
});

/** A photo the feed references: downloaded by the build and served by the site (src/schemas/photo.ts). */
export const ProviderImageSchema = RemotePhotoSchema;

/** Someone to call or write to. */
export const ContactSchema = z.object({
	/** The contact's name, when it is an organisation (booking centre). */
	name: TextSchema.optional(),
	/** Phone numbers (French numbers, stored in E.164). */
	phones: z.array(PhoneSchema).default([]),
	/** E-mail address. */
	email: z.email({ error: 'must be an e-mail address' }).optional(),
	/** Website, or for booking the booking page. */
	url: z.url({ error: 'must be a web address' }).optional(),
});

/**
 * A member business — accommodation, restaurant, activity provider, producer or shop — as the
 * DATAtourisme feed loader (src/loaders/datatourisme.ts) maps it from the tourism database.
 */
export const ProviderSchema = z.object({
	/** The business's name (a proper name, the same in both languages). */
	name: TextSchema,
	/** Its category on the site, which decides its listing page. */
	category: z.enum(PROVIDER_CATEGORIES),
	/** What kind of business it is within its category (gîte, campsite, farm inn…); the first is the main one. */
	kinds: z.array(z.enum(PROVIDER_KINDS)).min(1, { error: 'needs at least one kind' }),
	/** The village (commune) it is in. */
	village: existingReference('villages'),
	/** Where it is. */
	location: GeoPointSchema,
	/** Postal address. */
	address: z.object({
		/** Street lines. */
		street: z.array(TextSchema).default([]),
		/** Postcode. */
		postalCode: z
			.string()
			.regex(/^\d{5}$/, { error: 'postcode must be five digits' })
			.optional(),
		/** Town as the post office writes it. */
		locality: TextSchema,
	}),
	/** One or two sentences for lists and search engines. */
	summary: FeedTextSchema,
	/** The full description. */
	description: FeedTextSchema.optional(),
	/** Phone, e-mail and website of the business. */
	contact: ContactSchema,
	/** Where to book, when it differs from the contact or the feed names a booking centre. */
	booking: ContactSchema.optional(),
	/** Quality labels and classifications. */
	labels: z.array(ProviderLabelSchema).default([]),
	/** The impairment families its Tourisme & Handicap label covers. */
	accessibility: z.array(z.enum(ACCESSIBILITY_FAMILIES)).default([]),
	/** Whether the provider declares access for people with reduced mobility (not a label). */
	reducedMobilityAccess: z.boolean().optional(),
	/** Maximum number of guests, for accommodation. */
	capacity: z.number().int().positive().optional(),
	/** Services and equipment. */
	amenities: z.array(AmenitySchema).default([]),
	/** Price lines. */
	prices: z.array(PriceSchema).default([]),
	/** Prices as the provider words them. */
	pricesText: FeedTextSchema.optional(),
	/** Payment methods accepted. */
	paymentMethods: z.array(FeedTextSchema).default([]),
	/** Seasons of opening; none when the feed gives no dates. */
	openingPeriods: z.array(OpeningPeriodSchema).default([]),
	/** Opening times as the provider words them. */
	openingText: FeedTextSchema.optional(),
	/** Whether pets are welcome; absent when the feed does not say. */
	petsAllowed: z.boolean().optional(),
	/** Languages spoken (ISO 639-1 codes). */
	languages: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
	/** Photos, with credits. */
	images: z.array(ProviderImageSchema).default([]),
	/** Themes (activities practised, products sold) as the feed names them. */
	themes: z.array(FeedTextSchema).default([]),
	/** When the provider last updated its listing, "YYYY-MM-DD". */
	lastUpdate: z.iso.date().optional(),
	/** The DATAtourisme URI of the object this entry comes from. */
	sourceId: TextSchema,
	/** True for sample data, until the office's own feed replaces it. */
	sample: SampleFlagSchema,
});

export type ProviderData = z.output<typeof ProviderSchema>;
export type ProviderInput = z.input<typeof ProviderSchema>;
export type FeedText = z.output<typeof FeedTextSchema>;
