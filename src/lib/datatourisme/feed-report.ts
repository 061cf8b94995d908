/** What a sync of the feed folder reports: what it loaded, skipped and left out, and the flux's index. */
import type { Problem } from './mapping';

/** The collections a feed object can go to. */
export type FeedCollection = 'providers' | 'events';

/** An object that was not loaded, and why. */
export interface SkippedObject {
	/** Its `@id`, or its file and position when it has none. */
	sourceId: string;
	/** The file it is in, relative to the project. */
	file: string;
	problems: Problem[];
}

/** A value left out of an object that was loaded. */
export interface FeedWarning extends Problem {
	sourceId: string;
	file: string;
	/** The photo's address, for a photo left out (src/lib/remote-photos/attach.ts). */
	url?: string;
}

/** What a sync did; written to reports/feed-report.json by the loader. */
export interface FeedReport {
	/** The collection this loader fills. */
	collection: FeedCollection;
	/** The feed folder, relative to the project. */
	folder: string;
	/** JSON files read. */
	files: number;
	/** Objects found in them. */
	objects: number;
	/** Entries in the collection after the sync. */
	loaded: number;
	/** Of those, entries found unchanged and not processed again. */
	unchanged: number;
	/** Objects rejected: `skippedObjects` says why. */
	skipped: number;
	/** Objects found again under an `@id` already loaded: kept once, with a warning. */
	duplicates: number;
	/** The flux's `index.json`, read as the index of the objects (never as objects). */
	index?: FeedIndex;
	/** Objects that belong to another collection (events, for the providers loader). */
	forOtherCollections: Partial<Record<FeedCollection, number>>;
	skippedObjects: SkippedObject[];
	warnings: FeedWarning[];
}

/** What the flux's `index.json` says, and how much of it the folder holds. */
export interface FeedIndex {
	/** The index file, relative to the project. */
	file: string;
	/** Objects it lists. */
	listed: number;
	/** Listed files that are not in the folder (the first ones). */
	missing: string[];
	/** How many listed files are not in the folder. */
	missingCount: number;
}
