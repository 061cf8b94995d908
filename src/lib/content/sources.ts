/**
 * Where each collection's files live. The content root is `content/` unless CONTENT_DIR
 * points elsewhere (the tests build tampered copies of the content this way).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, parse } from 'node:path';

export const CONTENT_ROOT = process.env.CONTENT_DIR ?? './content';

/**
 * The DATAtourisme feed the providers are built from: `feed/` under the content root, unless
 * FEED_DIR points elsewhere (the benchmarks build generated feeds this way).
 */
export const FEED_FOLDER = process.env.FEED_DIR ?? `${CONTENT_ROOT}/feed`;

/** Folder of each file-based collection under the content root. */
export const COLLECTION_FOLDERS = {
	sectors: 'sectors',
	themes: 'themes',
	villages: 'villages',
	offices: 'offices',
	providers: 'providers',
	hikes: 'hikes',
	itineraries: 'itineraries',
	events: 'events',
	shopProducts: 'shop',
	brochures: 'brochures',
	experiences: 'experiences',
	seasonPicks: 'season-picks',
} as const;

export type FileCollection = keyof typeof COLLECTION_FOLDERS;

const idCache = new Map<FileCollection, Set<string>>();

/**
 * The ids of a collection's entries, read from its file names (`vialas.yaml` → `vialas`),
 * so that a reference can be checked while the referring entry is validated.
 */
export function entryIdsOf(collection: FileCollection): Set<string> {
	let ids = idCache.get(collection);
	if (!ids) {
		const folder = join(CONTENT_ROOT, COLLECTION_FOLDERS[collection]);
		const files = existsSync(folder) ? readdirSync(folder) : [];
		ids = new Set(files.filter((file) => /\.ya?ml$/.test(file)).map((file) => parse(file).name));
		idCache.set(collection, ids);
	}
	return ids;
}

/**
 * Adds ids of entries an outside source gives a collection (Geotrek's hikes), so that a reference
 * to them passes the check above.
 */
export function addEntryIds(collection: FileCollection, added: Iterable<string>): void {
	const ids = entryIdsOf(collection);
	for (const id of added) ids.add(id);
}
