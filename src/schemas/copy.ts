import { z } from 'astro/zod';
import { TranslatedTextSchema } from './shared';

/** A page's editorial fields, each in both languages; no other field. */
const pageTexts = <const Field extends string>(fields: readonly Field[]) =>
	z.strictObject(
		Object.fromEntries(fields.map((field) => [field, TranslatedTextSchema])) as Record<
			Field,
			typeof TranslatedTextSchema
		>,
	);

/**
 * The editorial copy of the pages built from code (`content/copy/<page>.yaml`): page titles,
 * descriptions for search engines, leads and paragraphs about the territory or the office. Each
 * page names its fields; each field has its French and its English text (both required). Labels,
 * buttons and messages stay in the dictionaries (`content/i18n/`).
 */
export const COPY_SCHEMAS = {
	home: pageTexts(['title', 'description', 'heading', 'promise', 'practicalLead']),
	offices: pageTexts(['description', 'lead']),
	discover: pageTexts(['description', 'lead', 'experiencesLead']),
	experiences: pageTexts(['description', 'lead']),
	villages: pageTexts(['description', 'lead']),
	hikes: pageTexts(['description', 'lead']),
	map: pageTexts(['description', 'lead']),
	events: pageTexts(['description', 'lead']),
	programmes: pageTexts(['description', 'lead']),
	// The five provider lists, named after their routes (src/lib/providers/routes.ts).
	stay: pageTexts(['description', 'lead']),
	eat: pageTexts(['description', 'lead']),
	activities: pageTexts(['description', 'lead']),
	producers: pageTexts(['description', 'lead']),
	shops: pageTexts(['description', 'lead']),
	shop: pageTexts(['description', 'lead']),
	brochures: pageTexts(['description', 'lead']),
	pro: pageTexts(['description', 'guideLead']),
	contact: pageTexts(['description', 'lead', 'feedbackLead']),
	// The forms, named after their routes; a complaint's "…Days" texts say the reply time the
	// office set (src/lib/server/config.ts), the others promise none.
	suggestion: pageTexts(['description', 'lead']),
	complaint: pageTexts(['description', 'descriptionDays', 'lead', 'leadDays']),
	questionnaire: pageTexts(['description', 'lead']),
	'brochure-request': pageTexts(['description', 'lead']),
	newsletter: pageTexts(['description', 'lead']),
	search: pageTexts(['description']),
	'my-stay': pageTexts(['description']),
	// The introductions of the brochures compiled as PDF (src/lib/brochures/).
	'brochure-pdf': pageTexts([
		'destinationIntro',
		'accommodationIntro',
		'gastronomyIntro',
		'plansIntro',
	]),
};

export type CopyPage = keyof typeof COPY_SCHEMAS;
export type CopyField<Page extends CopyPage> = keyof z.infer<(typeof COPY_SCHEMAS)[Page]>;

/** A copy file as the collection loads it; `pageCopy` checks it against its page's fields. */
export const CopySchema = z.record(z.string(), TranslatedTextSchema);
