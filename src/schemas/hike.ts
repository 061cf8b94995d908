import { z } from 'astro/zod';
import { distanceInMetres } from '../lib/geo/distance';
import { isInTerritory } from '../lib/geo/territory';
import { PARK_RULES, REGULATED_PRACTICES } from '../lib/park/regulations';
import { RemotePhotoSchema } from './photo';
import { existingReference } from './reference';
import { GeoPointSchema, SampleFlagSchema, TextSchema, TranslatedTextSchema } from './shared';

/** How a trail may be travelled. */
export const HIKE_PRACTICES = ['walking', 'mountain-bike', 'horse', 'donkey'] as const;

/** Difficulty, as the national park grades its trails. */
export const HIKE_DIFFICULTIES = ['easy', 'moderate', 'hard', 'very-hard'] as const;

/** Kinds of places worth a stop along the way. */
export const POINT_OF_INTEREST_KINDS = ['heritage', 'viewpoint', 'water', 'shelter'] as const;

/** How far from the track a start point or a point of interest may be. */
export const START_TOLERANCE_METRES = 300;
export const POINT_OF_INTEREST_TOLERANCE_METRES = 400;

/**
 * Longest page title that fits search results and the 70-character limit of the HTML checks once
 * the layout appends " | Cévennes Mont Lozère".
 */
export const PAGE_TITLE_MAX = 47;

const RULE_CODES = Object.values(PARK_RULES).map((rule) => rule.code) as [string, ...string[]];

/** A place worth a stop along the way. */
export const PointOfInterestSchema = z.object({
	/** What it is: heritage, viewpoint, water point or shelter. */
	kind: z.enum(POINT_OF_INTEREST_KINDS),
	/** Its name. */
	name: TranslatedTextSchema,
	/** What to see or know there, in a sentence or two. */
	description: TranslatedTextSchema.optional(),
	/** Where it is; it must lie near the track. */
	location: GeoPointSchema,
});

/** A point of the track as read from the GPX file. */
const TrackPointSchema = z.object({
	/** Latitude in decimal degrees. */
	lat: z.number(),
	/** Longitude in decimal degrees. */
	lon: z.number(),
	/** Altitude in metres. */
	ele: z.number(),
});

/** Figures the build computes from the GPX file (src/loaders/hikes.ts); never written by hand. */
export const TrackSchema = z.object({
	/** The track's points, in walking order. */
	points: z.array(TrackPointSchema).min(2),
	/** Length along the track, in metres. */
	lengthMetres: z.number().nonnegative(),
	/** Total climb in metres, smoothed (src/lib/gpx/stats.ts). */
	ascentMetres: z.number().nonnegative(),
	/** Total descent in metres, smoothed. */
	descentMetres: z.number().nonnegative(),
	/** Lowest altitude in metres. */
	minAltitude: z.number(),
	/** Highest altitude in metres. */
	maxAltitude: z.number(),
	/** Whether the hike comes back to its start. */
	isLoop: z.boolean(),
	/** Time on the way in minutes, without breaks: the entry's own, else the DIN 33466 walking time. */
	durationMinutes: z.number().int().positive(),
	/** Where the duration comes from: the DIN 33466 formula, the entry, or its outside source (Geotrek). */
	durationSource: z.enum(['din-33466', 'entry', 'source']),
});

/** A regulated area of the national park that the track crosses (computed at build time). */
export const RegulationSchema = z.object({
	/** The park's id of the area. */
	id: z.number().int(),
	/** The place, as the park names it. */
	name: TextSchema,
	/** For bans along a GR, the trail section as the park names it. */
	section: TextSchema.optional(),
	/** Communes it lies in. */
	cities: z.string(),
	/** Its rules, each with the practice it concerns. */
	rules: z
		.array(z.object({ code: z.enum(RULE_CODES), practice: z.enum(REGULATED_PRACTICES) }))
		.min(1),
	/** Months (1–12) the rules apply. */
	months: z.array(z.number().int().min(1).max(12)),
	/** The park's page or decree on the rule. */
	url: z.url().optional(),
});

/** A label of the hike in its outside source ("En cœur de parc"), with its advice. */
export const HikeLabelSchema = z.object({
	name: TranslatedTextSchema,
	advice: TranslatedTextSchema.optional(),
});

/** A hike: an entry with its GPX track beside it in content/hikes/. */
export const HikeSchema = z
	.object({
		/** Name of the hike. */
		title: TranslatedTextSchema,
		/** A shorter name for the browser tab and search results, required when the title is too long for them. */
		shortTitle: TranslatedTextSchema.optional(),
		/** One or two sentences that make a walker want to go. */
		summary: TranslatedTextSchema,
		/** A paragraph on the walk's character, shown under the key figures. */
		description: TranslatedTextSchema.optional(),
		/** The way, step by step, from the start. */
		steps: z.array(TranslatedTextSchema).min(1, { error: 'needs at least one step' }),
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
		/** Name of the start point, a proper name used in both languages ("Le Pont-de-Montvert"). */
		startName: TextSchema,
		/** Name of the end point of a one-way hike. */
		endName: TextSchema.optional(),
		/** Where to leave the car. */
		parking: TranslatedTextSchema.optional(),
		/** How to get there by bus or train, when one can. */
		publicTransport: TranslatedTextSchema.optional(),
		/** Places worth a stop along the way. */
		pointsOfInterest: z.array(PointOfInterestSchema).default([]),
		/** Advice: season, water, waymarks, dangers. */
		advice: TranslatedTextSchema.optional(),
		/** What to carry. */
		gear: TranslatedTextSchema.optional(),
		/** For walkers with reduced mobility, pushchairs, dogs. */
		accessibility: TranslatedTextSchema.optional(),
		/** File name of the GPX track, beside the entry. */
		gpx: z.string().regex(/\.gpx$/i, { error: 'must name a .gpx file' }),
		/** Who recorded the track, credited on the page, when it is not the office. */
		trackCredit: TextSchema.optional(),
		/** The office's own time in minutes (riding time for a bike route), replacing the DIN 33466 walking estimate. */
		durationMinutes: z.number().int().positive().optional(),
		/** Suitable for families with children. */
		familyFriendly: z.boolean().default(false),
		/** How the way goes, as its source names it (Boucle, Aller-retour, Traversée); else loop or one-way from the track. */
		route: TranslatedTextSchema.optional(),
		/** Waymarked networks it follows ("GR", "PR"). */
		networks: z.array(TextSchema).default([]),
		/** Labels its source gives it, with their advice. */
		labels: z.array(HikeLabelSchema).default([]),
		/**
		 * Photos its source publishes with it (Geotrek's attachments), as the source gives them; the
		 * build downloads them into `photos` (src/loaders/hikes.ts, src/lib/remote-photos/attach.ts).
		 */
		images: z.array(RemotePhotoSchema).default([]),
		/** Villages of the territory it goes through, as its source lists its communes. */
		villages: z.array(existingReference('villages')).default([]),
		/** The office's bureaux that inform on it; else the page names the nearest. */
		offices: z.array(existingReference('offices')).default([]),
		/** True for sample data. */
		sample: SampleFlagSchema,
		/** Computed from the GPX file by the build. */
		track: TrackSchema,
		/** National park regulated areas the track crosses, computed by the build. */
		regulations: z.array(RegulationSchema).default([]),
	})
	.superRefine((hike, context) => {
		for (const locale of ['fr', 'en'] as const) {
			const title = hike.shortTitle?.[locale] ?? hike.title[locale];
			if (title.length > PAGE_TITLE_MAX) {
				context.addIssue({
					code: 'custom',
					path: [hike.shortTitle ? 'shortTitle' : 'title', locale],
					message: `is ${title.length} characters: give a shortTitle of at most ${PAGE_TITLE_MAX} for the page title`,
				});
			}
		}
		const points = hike.track.points;
		const outside = points.findIndex((point) => !isInTerritory(point));
		if (outside >= 0) {
			const point = points[outside]!;
			context.addIssue({
				code: 'custom',
				path: ['gpx'],
				message: `track point ${outside + 1} (${point.lat}, ${point.lon}) is outside the territory: are latitude and longitude swapped?`,
			});
		}
		const first = points[0]!;
		const fromStart = distanceInMetres(hike.start, first);
		if (fromStart > START_TOLERANCE_METRES) {
			context.addIssue({
				code: 'custom',
				path: ['start'],
				message: `is ${Math.round(fromStart)} m from the track's first point (${first.lat.toFixed(5)}, ${first.lon.toFixed(5)}); it must be within ${START_TOLERANCE_METRES} m`,
			});
		}
		if (!hike.track.isLoop && !hike.endName) {
			context.addIssue({
				code: 'custom',
				path: ['endName'],
				message: 'the track does not come back to its start: name the place where it ends',
			});
		}
		hike.pointsOfInterest.forEach((poi, index) => {
			const closest = Math.min(...points.map((point) => distanceInMetres(poi.location, point)));
			if (closest > POINT_OF_INTEREST_TOLERANCE_METRES) {
				context.addIssue({
					code: 'custom',
					path: ['pointsOfInterest', index, 'location'],
					message: `is ${Math.round(closest)} m from the track; a point of interest must be within ${POINT_OF_INTEREST_TOLERANCE_METRES} m`,
				});
			}
		});
	});

export type HikeData = z.output<typeof HikeSchema>;
