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

/** The seasons of the shops' offer, which changes with them (quality manual, "En pratique"). */
export const SHOP_SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

/** Where a product is on the shelves: one office, in some seasons. */
export const ShopStockSchema = z.object({
	/** The office whose shop sells it. */
	office: existingReference('offices'),
	/** The seasons it is on that office's shelves (all four: all year). */
	seasons: z
		.array(z.enum(SHOP_SEASONS))
		.min(1, { error: 'name at least one season' })
		.refine((seasons) => new Set(seasons).size === seasons.length, {
			error: 'a season is listed twice',
		}),
});

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
	/** Which offices stock it, and in which seasons. */
	stock: z
		.array(ShopStockSchema)
		.min(1, { error: 'must be stocked by at least one office' })
		.refine((stock) => new Set(stock.map((line) => line.office.id)).size === stock.length, {
			error: 'an office is listed twice',
		}),
	/** True for sample data. */
	sample: SampleFlagSchema,
});
