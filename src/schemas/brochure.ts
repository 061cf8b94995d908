import { z } from 'astro/zod';
import { existingReference } from './reference';
import { TranslatedTextSchema } from './shared';

import { BROCHURE_CONTENTS, PAPER_LANGUAGES } from '../lib/brochures/contents';

/**
 * What the build compiles a brochure's PDF from (src/lib/brochures/): each is drawn from the
 * site's own content, in both languages, so the download is never a dead link.
 */
export { BROCHURE_CONTENTS, PAPER_LANGUAGES };
export type { BrochureContent } from '../lib/brochures/contents';

/** A printed publication of the office. */
export const BrochureSchema = z.object({
	/** Title. */
	title: TranslatedTextSchema,
	/** What is in it. */
	description: TranslatedTextSchema,
	/** Year of the edition, where the manual gives it. */
	edition: z.number().int().min(2000).optional(),
	/** Position in lists. */
	order: z.number().int(),
	/** Number of pages of the paper edition, where the manual gives it. */
	pages: z.number().int().positive().optional(),
	/** Copies printed, where the manual gives it. */
	printRun: z.number().int().positive().optional(),
	/** Which of the site's content the downloadable PDF is compiled from (and its cover drawing). */
	content: z.enum(BROCHURE_CONTENTS, {
		error: `must be one of ${BROCHURE_CONTENTS.join(', ')}`,
	}),
	/** Languages of the paper edition a visitor can ask for. */
	paperLanguages: z
		.array(z.enum(PAPER_LANGUAGES))
		.min(1, { error: 'needs at least one language' })
		.default(['fr']),
	/**
	 * Offices that hand out the paper edition; absent: every office offering documentation
	 * (`services: [documentation]` in content/offices/).
	 */
	paperOffices: z.array(existingReference('offices')).optional(),
});

export type BrochureData = z.output<typeof BrochureSchema>;
