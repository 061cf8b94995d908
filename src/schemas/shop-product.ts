import { z } from 'astro/zod';
import { existingReference } from './reference';
import { SampleFlagSchema, TranslatedTextSchema } from './shared';

/** The shop's shelves, as the quality manual lists them. */
export const SHOP_CATEGORIES = [
	'hiking-maps',
	'nature-guides',
	'history-camisards',
	'fine-books',
	'stevenson',
	'postcards',
	'recipe-books',
	'childrens-books',
	'novels',
	'diaries-calendars',
	'goodies',
] as const;

/** A product sold in the offices' shops (no online sale). */
export const ShopProductSchema = z.object({
	/** Product name. */
	title: TranslatedTextSchema,
	/** What it is and why a visitor would want it. */
	description: TranslatedTextSchema,
	/** Shelf. */
	category: z.enum(SHOP_CATEGORIES),
	/** Price in euros, taxes included. */
	price: z.number().nonnegative(),
	/** Offices that stock it. */
	offices: z
		.array(existingReference('offices'))
		.min(1, { error: 'must be stocked by at least one office' }),
	/** True for sample data. */
	sample: SampleFlagSchema,
});
