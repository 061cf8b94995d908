/** The feed folder as the flux delivers it: its object files, its index, the objects of a file. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isNode } from './jsonld';
import type { FeedIndex } from './feed-report';

/** A path with forward slashes, as the store and the report write it. */
export const toPosix = (path: string): string => path.split(sep).join('/');

/** The name of the flux's index, beside its `objects/` folder. */
export const INDEX_FILE = 'index.json';

/**
 * Every .json / .jsonld file under a folder, sorted, as absolute paths; the flux's
 * `index.json` at the top of the folder is not an object file and is left out.
 */
export function feedFiles(folder: string): string[] {
	let names: string[];
	try {
		names = readdirSync(folder, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return names
		.filter((name) => /\.json(ld)?$/i.test(name) && name !== INDEX_FILE)
		.map((name) => join(folder, name))
		.sort();
}

/** JSON text without the byte-order mark some exports start with. */
export const withoutBom = (text: string): string =>
	text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

/**
 * The flux's index (`[{ "label", "lastUpdateDatatourisme", "file" }, …]`), checked against the
 * folder: how many objects it lists and which of their files are missing. Undefined without
 * an index, or with one that is not a list (then only a warning says so).
 */
export function readIndex(
	folder: string,
	root: string,
	present: Set<string>,
): { index?: FeedIndex; problem?: string } {
	const path = join(folder, INDEX_FILE);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return {};
	}
	let entries: unknown;
	try {
		entries = JSON.parse(withoutBom(text));
	} catch (error) {
		return { problem: `not valid JSON: ${(error as Error).message}` };
	}
	if (!Array.isArray(entries)) return { problem: "not a list of the flux's objects" };
	const missing = entries
		.map((entry) => (isNode(entry) && typeof entry['file'] === 'string' ? entry['file'] : ''))
		.filter((file) => file !== '' && !present.has(toPosix(join(folder, file))));
	return {
		index: {
			file: toPosix(relative(root, path)),
			listed: entries.length,
			missing: missing.slice(0, 20),
			missingCount: missing.length,
		},
	};
}

/** The objects of a parsed file: one object, an array of objects, or a JSON-LD `@graph`. */
export function objectsOfFile(json: unknown): unknown[] {
	if (Array.isArray(json)) return json;
	if (isNode(json) && Array.isArray(json['@graph'])) return json['@graph'];
	return [json];
}
