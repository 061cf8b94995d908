import { z } from 'astro/zod';
import { TextSchema, TranslatedTextSchema } from './shared';

/** A list of sentences in both languages, the same number in each. */
const TranslatedListSchema = z
	.object({
		fr: z.array(TextSchema).min(1, { error: 'needs at least one item' }),
		en: z.array(TextSchema).min(1, { error: 'needs at least one item' }),
	})
	.refine((list) => list.fr.length === list.en.length, {
		error: 'French and English lists must have the same number of items',
	});

/** What the office offers its member businesses (content/partnership.json, the partners' space). */
export const PartnershipSchema = z
	.object({
		/** The opening paragraphs of the partners' space and the partnership guide. */
		introduction: TranslatedListSchema,
		/** The office's commitments to its partners ("Nos engagements"). */
		commitments: TranslatedListSchema,
		/** What the partners expect of the office. */
		expectations: TranslatedListSchema,
		/** What a member gets: promotion, workshops and training, visits, brochure exchanges… */
		offers: z
			.array(
				z.object({
					/** Anchor of the offer on the page. */
					id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a lower-case id' }),
					/** Its name. */
					title: TranslatedTextSchema,
					/** What it is, in a sentence or two. */
					text: TranslatedTextSchema,
				}),
			)
			.min(1),
		/** How to join. */
		join: TranslatedListSchema,
		/** How to update one's listing (the departmental database, DATAtourisme). */
		listing: TranslatedListSchema,
		/** The institutions the office works with for its partners. */
		network: TranslatedListSchema,
	})
	.strict();

export type PartnershipData = z.output<typeof PartnershipSchema>;
