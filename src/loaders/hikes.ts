/**
 * Loads the hikes: one YAML entry per hike in content/hikes/, with its GPX file beside it.
 * The build reads each GPX file and stores what it computes with the entry, so pages, downloads
 * and the map read figures that cannot drift from the track:
 *
 * - `track`: the points, length, smoothed ascent and descent, lowest and highest altitude, loop or
 *   one-way, and the duration: the entry's own, else the DIN 33466 walking time (src/lib/gpx/);
 * - `regulations`: the national park's regulated areas the track crosses (src/lib/park/).
 *
 * A GPX file that is missing, not XML, not GPX, or without altitudes stops the build with the
 * file's path and the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, parse as parsePath, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { computeHikeFields } from '../lib/hikes/track-fields';
import type { ParkAreaFeature } from '../lib/park/regulations';
import { attachPhotos, type PhotosMode } from '../lib/remote-photos/attach';
import { photoLimits } from '../lib/remote-photos/settings';
import { readSourcesReport, recordSource } from '../lib/sources-report';
import { loadGeotrekHikes, type GeotrekOptions } from './geotrek';

export interface HikesLoaderOptions {
	/** The folder of the entries and their GPX files. */
	folder: string;
	/** The national park's regulated areas (GeoJSON FeatureCollection). */
	parkAreas: string;
	/** Hikes from Geotrek's API v2 too (src/loaders/geotrek.ts). */
	geotrek?: GeotrekOptions;
	/** Downloads the hikes' photos (Geotrek's attachments) into the build's photo cache. */
	photos?: PhotosMode;
}

/** Fields the build writes; an entry that sets them is refused rather than silently overwritten. */
const COMPUTED_FIELDS = ['track', 'regulations'];

const display = (path: string) => relative(process.cwd(), path) || path;

/**
 * The hikes' photos from their source (only Geotrek's hikes have `images`), downloaded and cached
 * as the members' are; a photo that fails is left out with a warning naming the hike.
 */
async function downloadHikePhotos(
	context: LoaderContext,
	mode: PhotosMode,
	reportFile: string | undefined,
): Promise<void> {
	const root = fileURLToPath(context.config.root);
	const report = await attachPhotos(
		{
			mode,
			root,
			folder: fileURLToPath(new URL('photos/hikes/', context.config.cacheDir)),
			limits: photoLimits(process.env),
		},
		{ store: context.store, parseData: (props) => context.parseData(props) },
	);
	for (const warning of report.warnings)
		context.logger.warn(`Hike ${warning.sourceId}: photo ${warning.reason}`);
	// The photos left out join their source's warnings in the feed report.
	const file = reportFile && resolve(root, reportFile);
	const geotrek = file ? readSourcesReport(file).sources['geotrek'] : undefined;
	if (file && geotrek && report.warnings.length > 0) {
		const { generatedAt: _generatedAt, ...entry } = geotrek;
		const warnings = report.warnings.map((warning) => ({ ...warning, file: 'geotrek' }));
		recordSource(file, 'geotrek', {
			...entry,
			warnings: [...entry.warnings, ...warnings],
			warned: entry.warned + warnings.length,
		});
	}
	if (report.withPhotos > 0 || report.warnings.length > 0)
		context.logger.info(
			`Hike photos: ${report.withPhotos} hikes with photos; ${report.downloaded} downloaded, ${report.fromCache} from the cache, ${report.warnings.length} left out`,
		);
}

export function hikesLoader(options: HikesLoaderOptions): Loader {
	return {
		name: 'hikes-loader',
		load: async (context) => {
			const { watcher, logger } = context;
			// The hikes set by this load, whatever their source: the others are deleted at the end.
			// Entries are set with their digest and not cleared first, so that an unchanged hike
			// leaves Astro's data store as it was (a cleared collection makes Astro write the whole
			// store again, 30 MB at 10,000 members).
			const seen = new Set<string>();
			const store: typeof context.store = {
				...context.store,
				set: (entry) => {
					seen.add(entry.id);
					return context.store.set(entry);
				},
			};
			const tracked = { ...context, store };
			const loadAll = async () => {
				seen.clear();
				const parkText = readFileSync(options.parkAreas, 'utf8');
				const parkAreas = (JSON.parse(parkText) as { features: ParkAreaFeature[] }).features;

				const files = readdirSync(options.folder)
					.filter((file) => /\.ya?ml$/.test(file))
					.sort();
				for (const file of files) {
					const entryPath = join(options.folder, file);
					const id = parsePath(file).name;
					const text = readFileSync(entryPath, 'utf8');
					const raw: unknown = parseYaml(text);
					if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
						throw new Error(`${display(entryPath)}: is not a YAML mapping of the hike's fields`);
					}
					const entry = raw as Record<string, unknown>;
					for (const field of COMPUTED_FIELDS) {
						if (field in entry) {
							throw new Error(
								`${display(entryPath)}: ${field}: is computed from the GPX file by the build; remove it`,
							);
						}
					}
					if (typeof entry['gpx'] !== 'string') {
						throw new Error(`${display(entryPath)}: gpx: must name the GPX file beside the entry`);
					}
					const gpxPath = join(options.folder, entry['gpx']);
					let gpxText: string;
					try {
						gpxText = readFileSync(gpxPath, 'utf8');
					} catch {
						throw new Error(`${display(entryPath)}: gpx: ${display(gpxPath)} does not exist`);
					}
					const computed = computeHikeFields(gpxText, gpxPath, parkAreas, entry['durationMinutes']);
					const filePath = display(entryPath);
					const data = await context.parseData({ id, data: { ...entry, ...computed }, filePath });
					store.set({
						id,
						data,
						filePath,
						digest: context.generateDigest(text + gpxText + parkText),
					});
				}
				logger.info(`${files.length} hikes read with their GPX tracks`);
				if (options.geotrek) await loadGeotrekHikes(tracked, options.geotrek, parkAreas);
				if (options.photos)
					await downloadHikePhotos(tracked, options.photos, options.geotrek?.reportFile);
				for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
			};
			await loadAll();

			// In `astro dev`, a changed entry or GPX file reloads the hikes.
			const folder = resolve(options.folder);
			watcher?.add(folder);
			watcher?.on('all', (_event, path) => {
				if (!resolve(path).startsWith(folder)) return;
				loadAll().catch((error: unknown) =>
					logger.error(error instanceof Error ? error.message : String(error)),
				);
			});
		},
	};
}
