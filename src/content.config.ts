import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
	COLLECTION_FOLDERS,
	CONTENT_ROOT,
	FEED_FOLDER,
	type FileCollection,
} from './lib/content/sources';
import { BrochureSchema } from './schemas/brochure';
import { EventSchema } from './schemas/event';
import { ExperienceSchema } from './schemas/experience';
import { HikeSchema } from './schemas/hike';
import { ItinerarySchema } from './schemas/itinerary';
import { OfficeSchema } from './schemas/office';
import { PageSchema } from './schemas/page';
import { ProviderSchema } from './schemas/provider';
import { SectorSchema } from './schemas/sector';
import { ShopProductSchema } from './schemas/shop-product';
import { ThemeSchema } from './schemas/theme';
import { VillageSchema } from './schemas/village';
import { datatourismeLoader } from './loaders/datatourisme';
import { eventsLoader } from './loaders/events';
import { hikesLoader } from './loaders/hikes';

/** One YAML file per entry; the file name is the entry's id. */
const yamlFiles = (collection: FileCollection) =>
	glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/${COLLECTION_FOLDERS[collection]}` });

export const collections = {
	sectors: defineCollection({ loader: yamlFiles('sectors'), schema: SectorSchema }),
	themes: defineCollection({ loader: yamlFiles('themes'), schema: ThemeSchema }),
	villages: defineCollection({ loader: yamlFiles('villages'), schema: VillageSchema }),
	offices: defineCollection({ loader: yamlFiles('offices'), schema: OfficeSchema }),
	pages: defineCollection({
		loader: glob({ pattern: '{fr,en}/*.{md,mdx}', base: `${CONTENT_ROOT}/pages` }),
		schema: PageSchema,
	}),
	// The members' listings, from the DATAtourisme feed (content/feed/README.md).
	providers: defineCollection({
		loader: datatourismeLoader({
			folder: FEED_FOLDER,
			collection: 'providers',
			reportFile: 'reports/feed-report.json',
		}),
		schema: ProviderSchema,
	}),
	// Each hike's YAML entry with the figures the build computes from the GPX file beside it.
	hikes: defineCollection({
		loader: hikesLoader({
			folder: `${CONTENT_ROOT}/${COLLECTION_FOLDERS.hikes}`,
			parkAreas: `${CONTENT_ROOT}/park-regulations/sensitivity-areas.geojson`,
			// Hikes of Geotrek's API v2 (README, "Hikes from Geotrek"): none unless configured.
			geotrek: {
				folder: process.env.GEOTREK_DIR,
				apiUrl: process.env.GEOTREK_API_URL,
				cacheFile: 'node_modules/.astro/geotrek-answers.json',
				credit: process.env.GEOTREK_CREDIT ?? 'Geotrek',
				reportFile: 'reports/feed-report.json',
			},
		}),
		schema: HikeSchema,
	}),
	itineraries: defineCollection({ loader: yamlFiles('itineraries'), schema: ItinerarySchema }),
	// The agenda: the office's own events (content/events/) and the members' events of the feed.
	events: defineCollection({
		loader: eventsLoader({
			folder: `${CONTENT_ROOT}/${COLLECTION_FOLDERS.events}`,
			feed: FEED_FOLDER,
			reportFile: 'reports/feed-report.json',
		}),
		schema: EventSchema,
	}),
	shopProducts: defineCollection({ loader: yamlFiles('shopProducts'), schema: ShopProductSchema }),
	brochures: defineCollection({ loader: yamlFiles('brochures'), schema: BrochureSchema }),
	experiences: defineCollection({ loader: yamlFiles('experiences'), schema: ExperienceSchema }),
};
