/**
 * The office's kinds of printed publication (content/brochures/*.yaml `content:`). Plain data
 * with no imports, shared by the brochures' schema and the paper-brochure request form, whose
 * commands run under Node alone.
 */
export const BROCHURE_CONTENTS = [
	'destination-guide',
	'tourist-map',
	'accommodation-guide',
	'gastronomy',
	'village-plans',
] as const;

export type BrochureContent = (typeof BROCHURE_CONTENTS)[number];

/** Languages a paper edition can be printed in. */
export const PAPER_LANGUAGES = ['fr', 'en', 'de', 'nl'] as const;

/** The request form's box for a brochure: "brochure-destination-guide". */
export const brochureField = (content: BrochureContent) => `brochure-${content}` as const;
