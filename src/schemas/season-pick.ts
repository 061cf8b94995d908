import { z } from 'astro/zod';
import { ROUTES, type RouteName } from '../lib/i18n/routes';
import { TranslatedTextSchema } from './shared';

const ROUTE_NAMES = Object.keys(ROUTES) as [RouteName, ...RouteName[]];

/**
 * A page of the site a pick leads to: a route of the route table (src/lib/i18n/routes.ts) and,
 * for a route of one entry ("hike", "experience"), the entry's id.
 */
export const PickLinkSchema = z
	.object({
		/** The kind of page: "hikes", "hike", "experience", "events", "producers"… */
		route: z.enum(ROUTE_NAMES, { error: 'is not a route of src/lib/i18n/routes.ts' }),
		/** The entry's id, for a route of one entry. */
		id: z
			.string()
			.regex(/^[a-z0-9-]+$/, { error: 'must be an entry id' })
			.optional(),
	})
	.superRefine((link, context) => {
		const needsId = (ROUTES[link.route].fr as string).includes('{id}');
		if (needsId !== (link.id !== undefined))
			context.addIssue({
				code: 'custom',
				path: ['id'],
				message: needsId
					? `route "${link.route}" needs the id of its entry`
					: `route "${link.route}" takes no id`,
			});
	});

/** An editorial pick of the season, shown on the home page in the months it is chosen for. */
export const SeasonPickSchema = z.object({
	/** The pick's title, a few words ("Les gours du Gardon"). */
	title: TranslatedTextSchema,
	/** One sentence on what the visitor will do. */
	summary: TranslatedTextSchema,
	/** The months (1 = January) in which the home page shows it. */
	months: z
		.array(z.number().int().min(1).max(12))
		.min(1, { error: 'needs at least one month' })
		.refine((months) => new Set(months).size === months.length, {
			error: 'lists a month twice',
		}),
	/** Where the pick leads. */
	link: PickLinkSchema,
	/** Position among the month's picks (smaller first). */
	order: z.number().int(),
});
