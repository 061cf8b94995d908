import { z } from 'astro/zod';
import { RemotePhotoSchema } from './photo';
import { addDays, daysBetween, isIsoDate } from '../lib/calendar/dates';
import { expandRules, type Occurrence } from '../lib/calendar/occurrences';
import { parisToday } from '../lib/calendar/paris-time';
import { TIME_PATTERN, WEEKDAYS, minutesOf } from '../lib/opening-hours';
import { ContactSchema, FeedTextSchema } from './provider';
import { existingReference } from './reference';
import { GeoPointSchema, PhoneSchema, SampleFlagSchema, TextSchema } from './shared';

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

export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/**
 * The range a date must fall in: from 2000 to three years after the build. An event is never
 * announced further ahead; a date beyond is a typing error ("2062" for "2026").
 */
export const PLAUSIBLE_DATES = { earliest: '2000-01-01', yearsAhead: 3 } as const;

/** A rule covers at most a year: a market that runs all year is written once per year. */
export const MAX_RULE_DAYS = 366;

const latestPlausibleDate = () =>
	addDays(parisToday(), Math.round(PLAUSIBLE_DATES.yearsAhead * 365.25));

/** A calendar date "YYYY-MM-DD" within the plausible range. */
const DateSchema = z
	.string({ error: 'must be a date "YYYY-MM-DD"' })
	.refine(isIsoDate, { error: (issue) => `"${String(issue.input)}" is not a date "YYYY-MM-DD"` })
	.refine((date) => !isIsoDate(date) || date >= PLAUSIBLE_DATES.earliest, {
		error: (issue) =>
			`${String(issue.input)} is before ${PLAUSIBLE_DATES.earliest}: check the year`,
	})
	.refine((date) => !isIsoDate(date) || date <= latestPlausibleDate(), {
		error: (issue) =>
			`${String(issue.input)} is more than ${PLAUSIBLE_DATES.yearsAhead} years ahead: check the year`,
	});

const TimeSchema = z.string().regex(TIME_PATTERN, { error: 'must be a time "HH:MM" (24 h)' });

/**
 * When an event takes place: one date, every day from `from` to `to` (an exhibition), or some
 * weekdays between them (a weekly market), with optional Europe/Paris wall-clock times.
 */
export const OccurrenceRuleSchema = z
	.object({
		/** A single day, "YYYY-MM-DD". */
		date: DateSchema.optional(),
		/** First day of a period. */
		from: DateSchema.optional(),
		/** Last day of a period, on or after `from`. */
		to: DateSchema.optional(),
		/** Only these weekdays of the period (mo, tu, we, th, fr, sa, su); every day when absent. */
		weekly: z.array(z.enum(WEEKDAYS)).min(1, { error: 'needs at least one weekday' }).optional(),
		/** Days of the period without the event. */
		except: z.array(DateSchema).optional(),
		/** Start time, "HH:MM", Paris time. */
		start: TimeSchema.optional(),
		/** End time, "HH:MM", after the start on the same day. */
		end: TimeSchema.optional(),
	})
	.strict()
	.superRefine((rule, context) => {
		const issue = (path: string, message: string) =>
			context.addIssue({ code: 'custom', path: [path], message });
		if (rule.date !== undefined) {
			for (const field of ['from', 'to', 'weekly', 'except'] as const)
				if (rule[field] !== undefined)
					issue(field, `a single date (date: ${rule.date}) has no ${field}: use from and to`);
		} else if (rule.from === undefined || rule.to === undefined) {
			issue(rule.from === undefined ? 'from' : 'to', 'needs a date, or a period from … to …');
		} else if (isIsoDate(rule.from) && isIsoDate(rule.to)) {
			if (rule.to < rule.from)
				issue('to', `${rule.to} is before the start of the period (${rule.from})`);
			else if (daysBetween(rule.from, rule.to) + 1 > MAX_RULE_DAYS)
				issue('to', `a period covers at most ${MAX_RULE_DAYS} days: write one per year`);
			for (const day of rule.except ?? [])
				if (isIsoDate(day) && (day < rule.from || day > rule.to))
					issue('except', `${day} is outside the period ${rule.from} – ${rule.to}`);
		}
		if (rule.end !== undefined && rule.start === undefined)
			issue('end', 'an end time needs a start time');
		if (
			rule.start !== undefined &&
			rule.end !== undefined &&
			TIME_PATTERN.test(rule.start) &&
			TIME_PATTERN.test(rule.end) &&
			minutesOf(rule.end) <= minutesOf(rule.start)
		)
			issue('end', `ends at ${rule.end}, before it starts at ${rule.start}`);
	});

/** The rules of an event, expanded to its occurrences (one per day, in order). */
export const OccurrencesSchema = z
	.array(OccurrenceRuleSchema)
	.min(1, { error: 'needs at least one date' })
	.transform((rules): Occurrence[] =>
		expandRules(
			rules.map((rule) =>
				rule.date !== undefined
					? { date: rule.date, start: rule.start, end: rule.end }
					: {
							from: rule.from ?? '',
							to: rule.to ?? '',
							weekly: rule.weekly,
							except: rule.except,
							start: rule.start,
							end: rule.end,
						},
			),
		),
	)
	.refine((occurrences) => occurrences.length > 0, {
		error: 'its rules leave no date (every day of the period is excepted)',
	});

/** Where an event takes place. */
export const EventPlaceSchema = z.object({
	/** The venue as signposted ("Salle des fêtes", "Temple"): a proper name, in both languages. */
	name: TextSchema.optional(),
	/** The street or hamlet, as a visitor looks for it. */
	address: TextSchema.optional(),
	/** Where exactly, inside the territory; the village centre when absent. */
	location: GeoPointSchema.optional(),
	/**
	 * The town of an event outside the territory (then without `village`): "Lyon". Such an event
	 * is listed with its address only: no map, no sector.
	 */
	town: TextSchema.optional(),
});

/** Text of an event: French always, English required for the office's own events. */
const EventTextSchema = FeedTextSchema;

/** An event of the agenda: the office's own (content/events/*.yaml) or a member's (the feed). */
export const EventSchema = z
	.object({
		/** Name of the event. */
		title: EventTextSchema,
		/** One or two sentences: what happens, for whom (cards, programmes, search engines). */
		summary: EventTextSchema,
		/** The full description; paragraphs separated by a blank line. */
		description: EventTextSchema.optional(),
		/** Kind of event, for the agenda's filters. */
		category: z.enum(EVENT_CATEGORIES),
		/** Its dates: rules that the build expands into one occurrence per day. */
		occurrences: OccurrencesSchema,
		/** The village (commune) it takes place in; none for an event outside the territory. */
		village: existingReference('villages').optional(),
		/** The venue within the village, or the address of an event outside the territory. */
		place: EventPlaceSchema.default({}),
		/** The member business that hosts it (its id in the feed): its page is linked, its place used. */
		provider: z
			.string()
			.regex(/^[a-z0-9-]+$/, { error: 'must be the id of a provider page' })
			.optional(),
		/** Who organises it (a proper name). */
		organiser: TextSchema.optional(),
		/** Suitable for families with children. */
		familyFriendly: z.boolean().default(false),
		/** Made for children (a workshop, a story hour). */
		forChildren: z.boolean().default(false),
		/** Open to the office's member businesses only (the Rencontres d'automne). */
		membersOnly: z.boolean().default(false),
		/** Free of charge. */
		free: z.boolean().default(false),
		/** The price in euros, when it is not free: from … to …, and what it depends on. */
		price: z
			.object({
				/** Lowest price, in euros. */
				from: z.number().nonnegative().optional(),
				/** Highest price, in euros. */
				to: z.number().nonnegative().optional(),
				/** Reductions, what is included. */
				note: EventTextSchema.optional(),
			})
			.optional(),
		/** How to book, when booking is needed or possible. */
		booking: z
			.object({
				/** Whether booking is required (places are limited). */
				required: z.boolean().default(false),
				/** Phone number to book on. */
				phone: PhoneSchema.optional(),
				/** E-mail address to book at. */
				email: z.email({ error: 'must be an e-mail address' }).optional(),
				/** Booking page. */
				url: z.url({ error: 'must be a web address' }).optional(),
			})
			.optional(),
		/** Who to ask about it. */
		contact: ContactSchema.optional(),
		/** Access for people with disabilities. */
		accessibility: z
			.object({
				/** Whether a wheelchair user can attend. */
				wheelchair: z.boolean().optional(),
				/** Details: the terrain, a hearing loop, an assistant welcome. */
				note: EventTextSchema.optional(),
			})
			.optional(),
		/** The feed's photos of a feed event, with their credits (downloaded by the build). */
		images: z.array(RemotePhotoSchema).default([]),
		/** The DATAtourisme URI of a feed event; absent for the office's own events. */
		sourceId: TextSchema.optional(),
		/** When the listing was last updated, "YYYY-MM-DD" (feed events). */
		lastUpdate: z.iso.date().optional(),
		/** True for sample data. */
		sample: SampleFlagSchema,
	})
	.superRefine((event, context) => {
		const issue = (path: (string | number)[], message: string) =>
			context.addIssue({ code: 'custom', path, message });
		// The office writes its own events in both languages; the feed's may lack English.
		if (event.sourceId === undefined) {
			const texts: [string[], { en?: string | undefined } | undefined][] = [
				[['title'], event.title],
				[['summary'], event.summary],
				[['description'], event.description],
				[['price', 'note'], event.price?.note],
				[['accessibility', 'note'], event.accessibility?.note],
			];
			for (const [path, text] of texts)
				if (text && text.en === undefined)
					issue(
						[...path, 'en'],
						'English translation (en) is missing: it is required for the page under /en/',
					);
		}
		if (event.village === undefined) {
			if (event.place.town === undefined)
				issue(
					['village'],
					'needs a village of the territory, or place.town for an event outside it',
				);
			if (event.place.location !== undefined)
				issue(
					['place', 'location'],
					'an event outside the territory has no coordinates: give place.town and place.address',
				);
			if (event.provider !== undefined)
				issue(
					['provider'],
					'a provider is in a village of the territory: give the event its village',
				);
		} else if (event.place.town !== undefined) {
			issue(
				['place', 'town'],
				'is only for an event outside the territory: the village already says where it is',
			);
		}
		if (event.free && (event.price?.from ?? 0) > 0)
			issue(['price', 'from'], 'a free event has no price');
		if (
			event.price?.from !== undefined &&
			event.price.to !== undefined &&
			event.price.to < event.price.from
		)
			issue(
				['price', 'to'],
				`${event.price.to} is lower than the lowest price (${event.price.from})`,
			);
	});

export type EventData = z.output<typeof EventSchema>;
export type EventInput = z.input<typeof EventSchema>;
