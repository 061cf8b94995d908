import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { BrochureSchema } from './schemas/brochure';
import { EventSchema } from './schemas/event';
import { HikeSchema } from './schemas/hike';
import { OfficeSchema } from './schemas/office';
import { PageSchema } from './schemas/page';
import { ProviderSchema } from './schemas/provider';
import { SectorSchema } from './schemas/sector';
import { ShopProductSchema } from './schemas/shop-product';
import { ThemeSchema } from './schemas/theme';
import { VillageSchema } from './schemas/village';

/** Where the office's content lives; tests point it at a tampered copy. */
const contentRoot = process.env.CONTENT_DIR ?? './content';

const yamlIn = (folder: string) => glob({ pattern: '*.yaml', base: `${contentRoot}/${folder}` });

export const collections = {
	sectors: defineCollection({ loader: yamlIn('sectors'), schema: SectorSchema }),
	themes: defineCollection({ loader: yamlIn('themes'), schema: ThemeSchema }),
	villages: defineCollection({ loader: yamlIn('villages'), schema: VillageSchema }),
	offices: defineCollection({ loader: yamlIn('offices'), schema: OfficeSchema }),
	pages: defineCollection({
		loader: glob({ pattern: '{fr,en}/*.{md,mdx}', base: `${contentRoot}/pages` }),
		schema: PageSchema,
	}),
	providers: defineCollection({ loader: yamlIn('providers'), schema: ProviderSchema }),
	hikes: defineCollection({ loader: yamlIn('hikes'), schema: HikeSchema }),
	events: defineCollection({ loader: yamlIn('events'), schema: EventSchema }),
	shopProducts: defineCollection({ loader: yamlIn('shop'), schema: ShopProductSchema }),
	brochures: defineCollection({ loader: yamlIn('brochures'), schema: BrochureSchema }),
};
