/**
 * Unpacking the flux's zip archive into a folder, and counting what it holds. The archive is
 * read with yauzl, which checks each entry's name (no absolute path, no `..`) and size; a
 * damaged or truncated archive is an error, so the previous feed stays.
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** The largest feed unpacked, in bytes: a damaged archive must not fill the disk. */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

/** An archive that cannot be unpacked, with the reason the command prints. */
export class ArchiveError extends Error {
	override name = 'ArchiveError';
}

const openZip = (buffer: Buffer) =>
	new Promise<ZipFile>((done, fail) =>
		yauzl.fromBuffer(buffer, { lazyEntries: true, strictFileNames: true }, (error, zip) =>
			error ? fail(error) : done(zip),
		),
	);

const openEntry = (zip: ZipFile, entry: Entry) =>
	new Promise<NodeJS.ReadableStream>((done, fail) =>
		zip.openReadStream(entry, (error, stream) => (error ? fail(error) : done(stream))),
	);

/** Unpacks a zip archive into `folder` (which must exist); the number of files written. */
export async function unpack(
	archive: Buffer,
	folder: string,
	maxBytes = MAX_UNPACKED_BYTES,
): Promise<number> {
	let zip: ZipFile;
	try {
		zip = await openZip(archive);
	} catch (error) {
		throw new ArchiveError(`not a readable zip archive: ${(error as Error).message}`);
	}
	const root = resolve(folder);
	let files = 0;
	let bytes = 0;
	try {
		await new Promise<void>((done, fail) => {
			zip.on('error', fail);
			zip.on('end', () => done());
			zip.on('entry', (entry: Entry) => {
				const target = resolve(root, entry.fileName);
				if (!target.startsWith(`${root}${sep}`)) {
					fail(new Error(`${entry.fileName}: outside the archive's folder`));
					return;
				}
				if (entry.fileName.endsWith('/')) {
					mkdirSync(target, { recursive: true });
					zip.readEntry();
					return;
				}
				bytes += entry.uncompressedSize;
				if (bytes > maxBytes) {
					fail(new Error(`more than ${maxBytes} bytes once unpacked`));
					return;
				}
				mkdirSync(dirname(target), { recursive: true });
				openEntry(zip, entry)
					.then((stream) => pipeline(stream, createWriteStream(target)))
					.then(() => {
						files++;
						zip.readEntry();
					})
					.catch(fail);
			});
			zip.readEntry();
		});
	} catch (error) {
		zip.close();
		throw new ArchiveError(`damaged archive: ${(error as Error).message}`);
	}
	return files;
}

/** The archive's folder: the flux's files are at its top, or in a single folder inside. */
export function feedRootOf(folder: string): string {
	const entries = readdirSync(folder, { withFileTypes: true });
	const only = entries.length === 1 ? entries[0] : undefined;
	return only?.isDirectory() ? join(folder, only.name) : folder;
}

/**
 * How many objects a feed folder holds: the length of the flux's `index.json` when there is
 * one, else the number of its JSON files.
 */
export function countObjects(folder: string): number {
	try {
		const index = JSON.parse(
			readFileSync(join(folder, 'index.json'), 'utf8').replace(/^\uFEFF/, ''),
		) as unknown;
		if (Array.isArray(index)) return index.length;
	} catch {
		// No index (or an unreadable one): count the files.
	}
	try {
		return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
			(name) =>
				/\.json(ld)?$/i.test(name) &&
				relative('.', name) !== 'index.json' &&
				!name.split(sep).some((part) => part.startsWith('.')),
		).length;
	} catch {
		return 0;
	}
}
