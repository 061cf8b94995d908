import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import {
	COLLECTION_FOLDERS,
	CONTENT_ROOT,
	FEED_FOLDER,
	type FileCollection,
} from './lib/content/sources';
import {
	dropSampleEntries,
	sampleDataMode,
	withoutSampleOfficeHours,
	withoutSampleVillageParts,
	type SampleRule,
} from './lib/content/sample-data';
import { sampleFeedIds, sampleYamlIds, withoutSampleReferences } from './lib/content/sample-ids';
import { BrochureSchema } from './schemas/brochure';
import { CopySchema } from './schemas/copy';
import { EventSchema } from './schemas/event';
import { ExperienceSchema } from './schemas/experience';
import { HikeSchema } from './schemas/hike';
import { ItinerarySchema } from './schemas/itinerary';
import { OfficeSchema } from './schemas/office';
import { PageSchema } from './schemas/page';
import { servedPhotoSchema } from './schemas/photo';
import { ProviderSchema } from './schemas/provider';
import { SeasonPickSchema } from './schemas/season-pick';
import { SectorSchema } from './schemas/sector';
import { ShopProductSchema } from './schemas/shop-product';
import { ThemeSchema } from './schemas/theme';
import { VillageSchema } from './schemas/village';
import { datatourismeLoader } from './loaders/datatourisme';
import { eventsLoader } from './loaders/events';
import { withGeotrekItineraries } from './loaders/geotrek-itineraries';
import { hikesLoader } from './loaders/hikes';
import { withoutSamples } from './loaders/publishable';
import { photosMode } from './lib/remote-photos/attach';

/**
 * SAMPLE_DATA=off (the real site): no sample entry is loaded, and entries with sample parts keep
 * only their real ones (src/lib/content/sample-data.ts). Unset or `on`: the demonstration.
 */
const sampleData = sampleDataMode(process.env.SAMPLE_DATA);
const publishable = (loader: Loader, rule: SampleRule, what: string): Loader =>
	sampleData === 'off' ? withoutSamples(loader, rule, what) : loader;

/** One YAML file per entry; the file name is the entry's id. */
const yamlFiles = (collection: FileCollection) =>
	glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/${COLLECTION_FOLDERS[collection]}` });

/** Hikes of Geotrek's API v2 (docs/sources.md, "Hikes from Geotrek"): none unless configured. */
const GEOTREK = {
	folder: process.env.GEOTREK_DIR,
	apiUrl: process.env.GEOTREK_API_URL,
	cacheFile: 'node_modules/.astro/geotrek-answers.json',
	credit: process.env.GEOTREK_CREDIT ?? 'Geotrek',
	reportFile: 'reports/feed-report.json',
};

export const collections = {
	sectors: defineCollection({ loader: yamlFiles('sectors'), schema: SectorSchema }),
	themes: defineCollection({ loader: yamlFiles('themes'), schema: ThemeSchema }),
	villages: defineCollection({
		loader: publishable(yamlFiles('villages'), withoutSampleVillageParts, 'villages'),
		schema: VillageSchema,
	}),
	offices: defineCollection({
		loader: publishable(yamlFiles('offices'), withoutSampleOfficeHours, 'offices'),
		schema: OfficeSchema,
	}),
	// The editorial copy of the pages built from code (home, lists, offices, shop…): one file a page.
	copy: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/copy` }),
		schema: CopySchema,
	}),
	pages: defineCollection({
		loader: glob({ pattern: '{fr,en}/*.{md,mdx}', base: `${CONTENT_ROOT}/pages` }),
		schema: PageSchema,
	}),
	// The members' listings, from the DATAtourisme feed (content/feed/README.md).
	providers: defineCollection({
		loader: publishable(
			datatourismeLoader({
				folder: FEED_FOLDER,
				collection: 'providers',
				reportFile: 'reports/feed-report.json',
				photos: photosMode(process.env.PHOTOS),
			}),
			dropSampleEntries,
			'members',
		),
		// `photos`: the feed's photos, downloaded by the build (src/lib/remote-photos/attach.ts).
		schema: ({ image }) =>
			ProviderSchema.extend({ photos: z.array(servedPhotoSchema(image)).default([]) }),
	}),
	// Each hike's YAML entry with the figures the build computes from the GPX file beside it.
	hikes: defineCollection({
		loader: publishable(
			hikesLoader({
				folder: `${CONTENT_ROOT}/${COLLECTION_FOLDERS.hikes}`,
				parkAreas: `${CONTENT_ROOT}/park-regulations/sensitivity-areas.geojson`,
				geotrek: GEOTREK,
				photos: photosMode(process.env.PHOTOS),
			}),
			dropSampleEntries,
			'hikes',
		),
		// `photos`: the source's photos, downloaded by the build (src/lib/remote-photos/attach.ts).
		schema: ({ image }) =>
			HikeSchema.safeExtend({ photos: z.array(servedPhotoSchema(image)).default([]) }),
	}),
	itineraries: defineCollection({
		loader: publishable(
			withGeotrekItineraries(yamlFiles('itineraries'), GEOTREK),
			dropSampleEntries,
			'itineraries',
		),
		schema: ItinerarySchema,
	}),
	// The agenda: the office's own events (content/events/) and the members' events of the feed.
	events: defineCollection({
		loader: publishable(
			eventsLoader({
				folder: `${CONTENT_ROOT}/${COLLECTION_FOLDERS.events}`,
				feed: FEED_FOLDER,
				reportFile: 'reports/feed-report.json',
				photos: photosMode(process.env.PHOTOS),
			}),
			dropSampleEntries,
			'events',
		),
		schema: ({ image }) =>
			EventSchema.safeExtend({ photos: z.array(servedPhotoSchema(image)).default([]) }),
	}),
	shopProducts: defineCollection({
		loader: publishable(yamlFiles('shopProducts'), dropSampleEntries, 'shop products'),
		schema: ShopProductSchema,
	}),
	brochures: defineCollection({ loader: yamlFiles('brochures'), schema: BrochureSchema }),
	// The home page's editorial picks, each shown in the months it is chosen for.
	seasonPicks: defineCollection({ loader: yamlFiles('seasonPicks'), schema: SeasonPickSchema }),
	experiences: defineCollection({
		loader: publishable(
			yamlFiles('experiences'),
			withoutSampleReferences({
				hikes: () => sampleYamlIds('hikes'),
				providers: () => sampleFeedIds(),
				events: () => sampleYamlIds('events'),
			}),
			'experiences',
		),
		schema: ExperienceSchema,
	}),
};
