/**
 * `npm run feed:fetch`: the office's DATAtourisme flux, downloaded, unpacked and put in place of
 * the feed folder, for the daily build that follows (README, "Deploying").
 *
 * The previous feed stays, and the command fails with the reason, when the download fails (after
 * its attempts), when the archive is damaged or holds no object, or when the new feed has under
 * half as many objects as the last one fetched (a truncated export must not empty the site). The new
 * feed is unpacked beside the folder and swapped in by renaming, so the build never reads a
 * half-written feed. The validators of the download (ETag, Last-Modified) are kept in the folder
 * so that the next run asks whether anything changed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { download, withoutKey, type DownloadOptions, type Validators } from './download';
import { countObjects, feedRootOf, unpack } from './unpack';

/** The file, inside the feed folder, where a fetch notes what it downloaded (not a feed file). */
export const STATE_FILE = '.feed-fetch-state';

/** Files of the feed folder that are the project's, not the flux's: kept across fetches. */
const KEPT_FILES = ['README.md'];

export interface FetchState extends Validators {
	/** Objects in the feed when it was fetched. */
	objects: number;
	/** When, ISO 8601. */
	fetchedAt: string;
}

export interface FetchOptions {
	/** The flux's address, and its application key when it is not part of the address. */
	url: string;
	key?: string;
	/** The feed folder the build reads (FEED_DIR, else content/feed). */
	folder: string;
	download: Omit<DownloadOptions, 'validators'>;
	/** Replace the feed even with under half as many objects as the last one. */
	force?: boolean;
	now?: () => Date;
}

export type FetchOutcome =
	{ ok: true; status: 'unchanged' | 'updated'; message: string } | { ok: false; message: string };

/** What the last fetch noted in the folder, if anything. */
export function readState(folder: string): FetchState | undefined {
	try {
		return JSON.parse(readFileSync(join(folder, STATE_FILE), 'utf8')) as FetchState;
	} catch {
		return undefined;
	}
}

/** Puts `fresh` in place of `folder`: two renames; the old folder is removed afterwards. */
export function replaceFolder(folder: string, fresh: string): void {
	const old = join(dirname(folder), `.${basename(folder)}.old-${process.pid}`);
	rmSync(old, { recursive: true, force: true });
	const hadFolder = existsSync(folder);
	if (hadFolder) renameSync(folder, old);
	try {
		renameSync(fresh, folder);
	} catch (error) {
		if (hadFolder) renameSync(old, folder);
		throw error;
	}
	rmSync(old, { recursive: true, force: true });
}

export async function fetchFeed(options: FetchOptions): Promise<FetchOutcome> {
	const { folder } = options;
	const address = withoutKey(options.url, options.key);
	const state = readState(folder);
	const previous = state?.objects ?? (existsSync(folder) ? countObjects(folder) : 0);
	let result;
	try {
		result = await download(options.url, {
			...options.download,
			...(state
				? {
						validators: {
							...(state.etag ? { etag: state.etag } : {}),
							...(state.lastModified ? { lastModified: state.lastModified } : {}),
						},
					}
				: {}),
		});
	} catch (error) {
		return {
			ok: false,
			message: `The feed could not be downloaded from ${address}: ${(error as Error).message}. The previous feed is kept (${previous} objects).`,
		};
	}
	if (result.status === 'unchanged')
		return {
			ok: true,
			status: 'unchanged',
			message: `The feed has not changed since ${state?.fetchedAt ?? 'the last fetch'}: ${folder} is kept as it is (${previous} objects).`,
		};

	const staging = join(dirname(folder), `.${basename(folder)}.new-${process.pid}`);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(staging, { recursive: true });
	const fail = (reason: string): FetchOutcome => {
		rmSync(staging, { recursive: true, force: true });
		return {
			ok: false,
			message: `The downloaded feed is not used: ${reason}. The previous feed is kept (${previous} objects).`,
		};
	};
	try {
		await unpack(result.body, staging);
	} catch (error) {
		return fail((error as Error).message);
	}
	const root = feedRootOf(staging);
	const objects = countObjects(root);
	if (objects === 0) return fail('the archive holds no object');
	// Compared with the last fetched feed only: what was there before (the sample members, a
	// feed copied by hand) says nothing of the size of the office's flux.
	const last = state?.objects;
	if (!options.force && last !== undefined && objects < last / 2)
		return fail(
			`it has ${objects} objects, under half the ${last} of the last feed (a truncated export?); run with --force to use it anyway`,
		);
	for (const file of KEPT_FILES)
		if (existsSync(join(folder, file)) && !existsSync(join(root, file)))
			writeFileSync(join(root, file), readFileSync(join(folder, file)));
	const fetched: FetchState = {
		...result.validators,
		objects,
		fetchedAt: (options.now?.() ?? new Date()).toISOString(),
	};
	writeFileSync(join(root, STATE_FILE), `${JSON.stringify(fetched, null, '\t')}\n`);
	try {
		replaceFolder(folder, root);
	} catch (error) {
		return fail(`it could not be put in place of ${folder}: ${(error as Error).message}`);
	}
	rmSync(staging, { recursive: true, force: true });
	return {
		ok: true,
		status: 'updated',
		message: `The feed is updated: ${objects} objects in ${folder} (${previous} before).`,
	};
}
