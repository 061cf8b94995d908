/**
 * One sync of a collection from a folder of DATAtourisme JSON-LD files, as the content loader
 * (src/loaders/datatourisme.ts) runs it at every build. Written against the few methods of
 * Astro's loader context it uses, so the tests drive it with an in-memory store.
 *
 * Incremental: each file's digest (and each entry's) is kept in the loader's meta store. An
 * unchanged file is not parsed again; an unchanged object is not validated and stored again.
 * The digests include a "context" digest (the villages, and the mapping code) so that a new
 * village or a new mapping rule re-reads everything.
 *
 * The report's shape is in ./feed-report.ts; reading the folder, in ./feed-folder.ts.
 * @see https://docs.astro.build/en/reference/content-loader-reference/
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNode, typesOf } from './jsonld';
import {
	feedFiles,
	INDEX_FILE,
	objectsOfFile,
	readIndex,
	toPosix,
	withoutBom,
} from './feed-folder';
import type { FeedCollection, FeedReport, FeedWarning, SkippedObject } from './feed-report';
import { mapEvent } from './map-event';
import { mapProvider } from './map-provider';
import { problemsOfSchemaError, type FeedMapping, type MappingContext } from './mapping';
import { classify } from './classify';

// The names the loaders and the tests know this module by.
export { feedFiles, objectsOfFile } from './feed-folder';
export type { FeedCollection, FeedReport } from './feed-report';
export { problemsOfSchemaError } from './mapping';

/** The parts of Astro's LoaderContext a sync uses. */
export interface SyncContext {
	store: {
		get(id: string): { digest?: string | number } | undefined;
		set(entry: {
			id: string;
			data: Record<string, unknown>;
			digest?: string;
			filePath?: string;
		}): boolean;
		delete(id: string): void;
		keys(): string[];
		has(id: string): boolean;
	};
	meta: {
		get(key: string): string | undefined;
		set(key: string, value: string): void;
		delete(key: string): void;
	};
	parseData(props: {
		id: string;
		data: Record<string, unknown>;
		filePath?: string;
	}): Promise<Record<string, unknown>>;
	generateDigest(data: string): string;
}

export interface SyncOptions {
	/** Absolute path of the feed folder. */
	folder: string;
	/** Absolute path of the project, for the relative file paths of the store and the report. */
	root: string;
	collection: FeedCollection;
	mapping: MappingContext;
	/** Digest of everything besides the files that the mapping depends on. */
	contextDigest: string;
}

/** What the meta store keeps of one file between builds. */
interface FileMemo {
	digest: string;
	/** [entry id, @id] of each object loaded from the file. */
	loaded: [string, string][];
	skipped: SkippedObject[];
	warnings: FeedWarning[];
	other: Partial<Record<FeedCollection, number>>;
	objects: number;
	duplicates: number;
}

const FILES_KEY = 'feed-files';
const fileKey = (file: string) => `feed-file:${file}`;

/** Syncs the collection with the folder and returns the report. */
export async function syncFeed(options: SyncOptions, context: SyncContext): Promise<FeedReport> {
	const folder = toPosix(relative(options.root, options.folder)) || '.';
	const report: FeedReport = {
		collection: options.collection,
		folder,
		files: 0,
		objects: 0,
		loaded: 0,
		unchanged: 0,
		skipped: 0,
		duplicates: 0,
		forOtherCollections: {},
		skippedObjects: [],
		warnings: [],
	};
	const seenIds = new Map<string, string>();
	const seenSources = new Map<string, string>();
	const files = feedFiles(options.folder);
	const { index, problem: indexProblem } = readIndex(
		options.folder,
		options.root,
		new Set(files.map(toPosix)),
	);
	if (index) report.index = index;
	if (indexProblem || (index && index.missingCount > 0)) {
		report.warnings.push({
			sourceId: INDEX_FILE,
			file: toPosix(relative(options.root, join(options.folder, INDEX_FILE))),
			field: '(index)',
			reason:
				indexProblem ??
				`${index?.missingCount} of the ${index?.listed} files it lists are not in the folder (${index?.missing.slice(0, 3).join(', ')}…)`,
		});
	}
	const previousFiles = new Set<string>(
		JSON.parse(context.meta.get(FILES_KEY) ?? '[]') as string[],
	);

	const addMemo = (memo: FileMemo) => {
		report.objects += memo.objects;
		report.duplicates += memo.duplicates ?? 0;
		report.skippedObjects.push(...memo.skipped);
		report.warnings.push(...memo.warnings);
		for (const [collection, count] of Object.entries(memo.other) as [FeedCollection, number][]) {
			report.forOtherCollections[collection] =
				(report.forOtherCollections[collection] ?? 0) + count;
		}
	};

	for (const path of files) {
		const file = toPosix(relative(options.root, path));
		previousFiles.delete(file);
		report.files++;
		const text = withoutBom(readFileSync(path, 'utf8'));
		const digest = context.generateDigest(`${options.contextDigest}\n${text}`);
		const cached = context.meta.get(fileKey(file));
		const memo = cached ? (JSON.parse(cached) as FileMemo) : undefined;
		if (
			memo?.digest === digest &&
			memo.loaded.every(
				([id, sourceId]) => context.store.has(id) && !seenIds.has(id) && !seenSources.has(sourceId),
			)
		) {
			for (const [id, sourceId] of memo.loaded) {
				seenIds.set(id, file);
				seenSources.set(sourceId, file);
			}
			addMemo(memo);
			report.unchanged += memo.loaded.length;
			continue;
		}
		const next: FileMemo = {
			digest,
			loaded: [],
			skipped: [],
			warnings: [],
			other: {},
			objects: 0,
			duplicates: 0,
		};
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			next.skipped.push({
				sourceId: file,
				file,
				problems: [{ field: '(file)', reason: `not valid JSON: ${(error as Error).message}` }],
			});
		}
		const objects = json === undefined ? [] : objectsOfFile(json);
		next.objects = objects.length;
		for (const [index, object] of objects.entries()) {
			const position = objects.length > 1 || Array.isArray(json) ? `${file}#${index}` : file;
			const outcome = await processObject(object, position, file, options, context, {
				seenIds,
				seenSources,
			});
			if (outcome.kind === 'other')
				next.other[outcome.collection] = (next.other[outcome.collection] ?? 0) + 1;
			else if (outcome.kind === 'duplicate') next.duplicates++;
			else if (outcome.kind === 'skipped') next.skipped.push(outcome.skipped);
			else {
				next.loaded.push([outcome.id, outcome.sourceId]);
				if (outcome.unchanged) report.unchanged++;
			}
			if (outcome.kind !== 'other') next.warnings.push(...outcome.warnings);
		}
		context.meta.set(fileKey(file), JSON.stringify(next));
		addMemo(next);
	}

	for (const file of previousFiles) context.meta.delete(fileKey(file));
	// Set only when it changed: any write makes Astro write its whole data store again (30 MB at
	// 10,000 members, seconds of every rebuild).
	const fileList = JSON.stringify(files.map((path) => toPosix(relative(options.root, path))));
	if (context.meta.get(FILES_KEY) !== fileList) context.meta.set(FILES_KEY, fileList);
	for (const id of context.store.keys()) {
		if (!seenIds.has(id)) context.store.delete(id);
	}
	report.loaded = seenIds.size;
	report.skipped = report.skippedObjects.length;
	return report;
}

/**
 * Whether a stored entry was made from the same mapped data: its digest is the sync's, or the
 * sync's with what a pass after it added ("<digest>+photos-…": src/lib/remote-photos/attach.ts).
 */
export const isSameDigest = (stored: string | number | undefined, digest: string): boolean =>
	stored !== undefined && (String(stored) === digest || String(stored).startsWith(`${digest}+`));

type ObjectOutcome =
	| { kind: 'other'; collection: FeedCollection }
	| { kind: 'duplicate'; warnings: FeedWarning[] }
	| { kind: 'skipped'; skipped: SkippedObject; warnings: FeedWarning[] }
	| { kind: 'loaded'; id: string; sourceId: string; unchanged: boolean; warnings: FeedWarning[] };

async function processObject(
	object: unknown,
	position: string,
	file: string,
	options: SyncOptions,
	context: SyncContext,
	seen: { seenIds: Map<string, string>; seenSources: Map<string, string> },
): Promise<ObjectOutcome> {
	if (!isNode(object)) {
		return {
			kind: 'skipped',
			skipped: {
				sourceId: position,
				file,
				problems: [{ field: '(object)', reason: 'not a JSON-LD object' }],
			},
			warnings: [],
		};
	}
	const target: FeedCollection | null = classify(typesOf(object)).collection;
	if (target !== null && target !== options.collection)
		return { kind: 'other', collection: target };
	// An object of no known category is reported by the providers loader only, not twice.
	if (target === null && options.collection !== 'providers')
		return { kind: 'other', collection: 'providers' };

	const mapping: FeedMapping<object> =
		options.collection === 'events'
			? mapEvent(object, options.mapping, position)
			: mapProvider(object, options.mapping, position);
	const warnings = mapping.warnings.map((warning) => ({
		...warning,
		sourceId: mapping.sourceId,
		file,
	}));
	if (!mapping.ok) {
		return {
			kind: 'skipped',
			skipped: { sourceId: mapping.sourceId, file, problems: mapping.problems },
			warnings,
		};
	}
	const duplicateOf = seen.seenSources.get(mapping.sourceId);
	if (duplicateOf !== undefined) {
		// Exports repeat an object now and then: the first one is kept, once.
		return {
			kind: 'duplicate',
			warnings: [
				...warnings,
				{
					sourceId: mapping.sourceId,
					file,
					field: '@id',
					reason: `also in ${duplicateOf}: kept once, from there`,
				},
			],
		};
	}
	if (seen.seenIds.has(mapping.id)) {
		return {
			kind: 'skipped',
			skipped: {
				sourceId: mapping.sourceId,
				file,
				problems: [
					{
						field: '@id',
						reason: `its page address "${mapping.id}" is already taken by an object in ${seen.seenIds.get(mapping.id)}`,
					},
				],
			},
			warnings,
		};
	}
	const data = mapping.data as Record<string, unknown>;
	const digest = context.generateDigest(`${options.contextDigest}\n${JSON.stringify(data)}`);
	if (isSameDigest(context.store.get(mapping.id)?.digest, digest)) {
		seen.seenIds.set(mapping.id, file);
		seen.seenSources.set(mapping.sourceId, file);
		return {
			kind: 'loaded',
			id: mapping.id,
			sourceId: mapping.sourceId,
			unchanged: true,
			warnings,
		};
	}
	try {
		const parsed = await context.parseData({ id: mapping.id, data, filePath: file });
		context.store.set({ id: mapping.id, data: parsed, digest, filePath: file });
	} catch (error) {
		return {
			kind: 'skipped',
			skipped: { sourceId: mapping.sourceId, file, problems: problemsOfSchemaError(error) },
			warnings,
		};
	}
	seen.seenIds.set(mapping.id, file);
	seen.seenSources.set(mapping.sourceId, file);
	return { kind: 'loaded', id: mapping.id, sourceId: mapping.sourceId, unchanged: false, warnings };
}
