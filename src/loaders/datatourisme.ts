/**
 * Content Layer loader for a DATAtourisme feed: JSON-LD files (one object, an array or a
 * `@graph` per file) in a folder, mapped to the providers collection — or, with
 * `collection: 'events'`, to the events collection. The mapping rules are in
 * src/lib/datatourisme/; this file connects them to Astro: the villages, the digests, the
 * warnings and the report on all sources (reports/feed-report.json, explained in the README).
 *
 * A bad object never stops the build: it is skipped with a warning naming its `@id` and the
 * field at fault, and listed in the report.
 * @see https://docs.astro.build/en/reference/content-loader-reference/#object-loaders
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { COLLECTION_FOLDERS, CONTENT_ROOT } from '../lib/content/sources';
import { syncFeed, type FeedCollection, type FeedReport } from '../lib/datatourisme/sync';
import type { VillageRecord } from '../lib/datatourisme/villages';
import { attachPhotos, type PhotoPassReport, type PhotosMode } from '../lib/remote-photos/attach';
import { photoLimits } from '../lib/remote-photos/settings';
import { recordSource, type SourceEntry } from '../lib/sources-report';

export interface DatatourismeLoaderOptions {
	/** The feed folder (FEED_DIR, else `feed/` under the content root). */
	folder: string;
	/**
	 * Download the entries' photos into the cache (providers): PHOTOS=off leaves them out.
	 * The collection's schema must then read `photos` with `servedPhotoSchema`.
	 */
	photos?: PhotosMode;
	/** The collection this loader fills. */
	collection: FeedCollection;
	/** Where the report is written, relative to the project; none when undefined. */
	reportFile?: string;
}

/** The code the mapping depends on: a change to any of these files re-maps every object. */
const MAPPING_SOURCES = [
	'src/lib/datatourisme',
	'src/loaders/datatourisme.ts',
	'src/schemas/provider.ts',
	'src/schemas/shared.ts',
];

/** The villages of content/villages/, as the mapping resolves communes against them. */
export function readVillages(contentRoot: string): VillageRecord[] {
	const folder = join(contentRoot, COLLECTION_FOLDERS.villages);
	let files: string[];
	try {
		files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
	} catch {
		return [];
	}
	return files.sort().flatMap((file) => {
		const data = parse(readFileSync(join(folder, file), 'utf8')) as Partial<VillageRecord> | null;
		if (!data?.name || !data.insee || !data.location) return [];
		return [
			{
				id: file.replace(/\.ya?ml$/, ''),
				name: data.name,
				insee: String(data.insee),
				communeNouvelle: data.communeNouvelle,
				location: data.location,
			},
		];
	});
}

/** The text of `sources` (files, or folders of .ts files), for the context digest. */
function sourcesText(root: string, sources: readonly string[]): string {
	return sources
		.flatMap((source) => {
			const path = join(root, source);
			try {
				const files = source.endsWith('.ts')
					? [path]
					: readdirSync(path, { recursive: true, encoding: 'utf8' })
							.filter((file) => file.endsWith('.ts') && !file.includes('sample'))
							.sort()
							.map((file) => join(path, file));
				return files.map((file) => readFileSync(file, 'utf8'));
			} catch {
				return [];
			}
		})
		.join('\n');
}

/** What a feed collection's loader syncs: the collection, and where and what it reads. */
export interface FeedSyncOptions {
	root: string;
	/** The feed folder, absolute. */
	folder: string;
	collection: FeedCollection;
	/** The code the mapping depends on, relative to `root`: a change to any re-maps every object. */
	sources: readonly string[];
	photos?: PhotosMode | undefined;
}

/**
 * Syncs a collection from the feed folder into the loader's store, then, when asked, downloads
 * its entries' photos (into the cache's `photos/<collection>/`), warning of the first
 * PROBLEMS_SHOWN left out. The report holds the photos' warnings too.
 */
export async function syncFeedCollection(
	context: LoaderContext,
	options: FeedSyncOptions,
): Promise<{ report: FeedReport; photos?: PhotoPassReport }> {
	const villages = readVillages(resolve(options.root, CONTENT_ROOT));
	const contextDigest = context.generateDigest(
		`${JSON.stringify(villages)}\n${sourcesText(options.root, options.sources)}`,
	);
	const report = await syncFeed(
		{
			folder: options.folder,
			root: options.root,
			collection: options.collection,
			mapping: { villages },
			contextDigest,
		},
		{
			store: context.store,
			meta: context.meta,
			parseData: (props) => context.parseData(props),
			generateDigest: (data) => context.generateDigest(data),
		},
	);
	if (!options.photos) return { report };
	const photos = await attachPhotos(
		{
			mode: options.photos,
			root: options.root,
			folder: fileURLToPath(new URL(`photos/${options.collection}/`, context.config.cacheDir)),
			limits: photoLimits(process.env),
		},
		{ store: context.store, parseData: (props) => context.parseData(props) },
	);
	report.warnings.push(...photos.warnings);
	for (const warning of photos.warnings.slice(0, PROBLEMS_SHOWN))
		context.logger.warn(`${warning.sourceId} (${warning.file}): photo ${warning.reason}`);
	return { report, photos };
}

/** A sync's report as its source's entry of the build's report on all sources. */
export const sourceEntryOf = (report: FeedReport): SourceEntry => ({
	read: report.objects,
	warned: report.warnings.length,
	...report,
});

/** How many skipped objects the build names; the report lists them all. */
export const PROBLEMS_SHOWN = 20;

/**
 * One line per skipped object: its @id, its file and every field at fault — the first
 * PROBLEMS_SHOWN of them, then how many more the report lists.
 */
export function describeSkipped(report: FeedReport, reportFile?: string): string[] {
	const lines = report.skippedObjects
		.slice(0, PROBLEMS_SHOWN)
		.map(
			(skipped) =>
				`Skipped ${skipped.sourceId} (${skipped.file}): ${skipped.problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; ')}`,
		);
	const more = report.skippedObjects.length - PROBLEMS_SHOWN;
	if (more > 0)
		lines.push(`… and ${more} more skipped objects: see ${reportFile ?? 'the feed report'}`);
	return lines;
}

/** The warnings the build prints: the index's and the duplicates', which are about the feed. */
export function describeFeedWarnings(report: FeedReport): string[] {
	return report.warnings
		.filter((warning) => warning.field === '(index)' || warning.reason.includes('kept once'))
		.slice(0, PROBLEMS_SHOWN)
		.map((warning) => `${warning.sourceId} (${warning.file}): ${warning.field}: ${warning.reason}`);
}

export function datatourismeLoader(options: DatatourismeLoaderOptions): Loader {
	return {
		name: `datatourisme-${options.collection}`,
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const { report, photos } = await syncFeedCollection(context, {
				root,
				folder: resolve(root, options.folder),
				collection: options.collection,
				sources: MAPPING_SOURCES,
				photos: options.photos,
			});
			if (photos)
				context.logger.info(
					options.photos === 'off'
						? 'PHOTOS=off: no photo downloaded or shown'
						: `Photos: ${photos.withPhotos} entries with photos; ${photos.downloaded} downloaded, ${photos.fromCache} from the cache, ${photos.warnings.length} left out`,
				);
			for (const line of describeSkipped(report, options.reportFile)) context.logger.warn(line);
			for (const line of describeFeedWarnings(report)) context.logger.warn(line);
			const other = Object.entries(report.forOtherCollections)
				.map(([collection, count]) => `, ${count} for ${collection}`)
				.join('');
			const index = report.index ? ` (index.json lists ${report.index.listed})` : '';
			const duplicates = report.duplicates > 0 ? `, ${report.duplicates} duplicates kept once` : '';
			context.logger.info(
				`${report.folder}: ${report.objects} objects in ${report.files} files${index}: ${report.loaded} ${options.collection} loaded (${report.unchanged} unchanged), ${report.skipped} skipped${duplicates}${other}, ${report.warnings.length} warnings`,
			);
			if (options.reportFile) {
				const file = resolve(root, options.reportFile);
				recordSource(file, `datatourisme-${options.collection}`, sourceEntryOf(report));
				context.logger.info(`Feed report: ${relative(root, file)}`);
			}
		},
	};
}
