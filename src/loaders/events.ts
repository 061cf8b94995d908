/**
 * Loads the agenda from two sources into one collection:
 *
 * - the members' events in the DATAtourisme feed (`schema:Event` objects), mapped by
 *   src/lib/datatourisme/ as for providers: a bad object is skipped, with a warning naming its
 *   `@id`, its file and every field at fault, and listed in the events' feed report;
 * - the office's own events, one YAML file per event in content/events/ (the file name is the
 *   id): a mistake stops the build with the file, the field and the reason.
 *
 * Both go through the collection schema (src/schemas/event.ts), which expands each event's date
 * rules into its occurrences.
 * @see https://docs.astro.build/en/reference/content-loader-reference/#object-loaders
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, parse as parsePath, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import type { PhotosMode } from '../lib/remote-photos/attach';
import { recordSource } from '../lib/sources-report';
import { describeSkipped, sourceEntryOf, syncFeedCollection } from './datatourisme';

export interface EventsLoaderOptions {
	/** The office's events: one YAML file each. */
	folder: string;
	/** The DATAtourisme feed folder (FEED_DIR, else `feed/` under the content root). */
	feed: string;
	/** Where the report on the feed's events is written, relative to the project. */
	reportFile?: string;
	/** Download the feed events' photos (PHOTOS); the schema reads them with `servedPhotoSchema`. */
	photos?: PhotosMode;
}

/**
 * Path segments of the agenda that are not events (`/agenda/filtre/…`, `/agenda/programmes/…`):
 * an event file of one of these names would hide a page.
 */
export const RESERVED_EVENT_IDS = [
	'filtre',
	'filter',
	'programmes',
	'calendriers',
	'calendars',
	'index',
] as const;

/** Code the stored entries depend on: a change to any of these re-reads the feed. */
const MAPPING_SOURCES = [
	'src/lib/datatourisme',
	'src/lib/calendar',
	'src/loaders/datatourisme.ts',
	'src/loaders/events.ts',
	'src/schemas/event.ts',
	'src/schemas/provider.ts',
	'src/schemas/shared.ts',
];

/** The fields only the feed sets. */
const FEED_ONLY_FIELDS = ['sourceId', 'lastUpdate', 'images', 'photos'];

/** Reads, checks and stores the office's own events; throws on the first mistake. */
async function loadOfficeEvents(
	context: LoaderContext,
	folder: string,
	root: string,
	feedIds: Set<string>,
): Promise<number> {
	let files: string[];
	try {
		files = readdirSync(folder)
			.filter((file) => /\.ya?ml$/.test(file))
			.sort();
	} catch {
		return 0;
	}
	for (const file of files) {
		const path = join(folder, file);
		const filePath = relative(root, path) || path;
		const id = parsePath(file).name;
		const text = readFileSync(path, 'utf8');
		let raw: unknown;
		try {
			raw = parseYaml(text);
		} catch (error) {
			throw new Error(`${filePath}: is not valid YAML: ${(error as Error).message}`, {
				cause: error,
			});
		}
		if (!raw || typeof raw !== 'object' || Array.isArray(raw))
			throw new Error(`${filePath}: is not a YAML mapping of the event's fields`);
		if ((RESERVED_EVENT_IDS as readonly string[]).includes(id) || !/^[a-z0-9-]+$/.test(id))
			throw new Error(
				`${filePath}: the file name is the event's address: use lower-case letters, digits and hyphens, other than ${RESERVED_EVENT_IDS.join(', ')}`,
			);
		if (feedIds.has(id))
			throw new Error(
				`${filePath}: "${id}" is already the id of an event of the feed: rename the file`,
			);
		const data = raw as Record<string, unknown>;
		for (const field of FEED_ONLY_FIELDS)
			if (field in data)
				throw new Error(
					`${filePath}: ${field}: only events of the DATAtourisme feed have one; remove it`,
				);
		const parsed = await context.parseData({ id, data, filePath });
		context.store.set({ id, data: parsed, filePath, digest: context.generateDigest(text) });
	}
	return files.length;
}

export function eventsLoader(options: EventsLoaderOptions): Loader {
	return {
		name: 'events-loader',
		load: async (context) => {
			const root = fileURLToPath(context.config.root);
			const folder = resolve(root, options.folder);
			const loadAll = async () => {
				// The feed's sync removes every entry it did not load, the office's included: they
				// are stored again just after (the feed events' photos before them: they have none).
				const { report } = await syncFeedCollection(context, {
					root,
					folder: resolve(root, options.feed),
					collection: 'events',
					sources: MAPPING_SOURCES,
					photos: options.photos,
				});
				// A file that is not JSON is the providers loader's to report: it reads the same folder.
				const eventProblems = {
					...report,
					skippedObjects: report.skippedObjects.filter(
						(skipped) => !skipped.problems.every((problem) => problem.field === '(file)'),
					),
				};
				for (const line of describeSkipped(eventProblems, options.reportFile))
					context.logger.warn(line);
				const feedIds = new Set(context.store.keys());
				const own = await loadOfficeEvents(context, folder, root, feedIds);
				context.logger.info(
					`${own} events of the office, ${report.loaded} from the feed (${report.unchanged} unchanged), ${report.skipped} skipped, ${report.warnings.length} values left out`,
				);
				if (options.reportFile)
					recordSource(resolve(root, options.reportFile), 'datatourisme-events', {
						...sourceEntryOf(report),
						officeEvents: own,
					});
			};
			await loadAll();

			// In `astro dev`, a changed event file reloads the agenda.
			context.watcher?.add(folder);
			context.watcher?.on('all', (_event, path) => {
				if (!resolve(path).startsWith(folder)) return;
				loadAll().catch((error: unknown) =>
					context.logger.error(error instanceof Error ? error.message : String(error)),
				);
			});
		},
	};
}
