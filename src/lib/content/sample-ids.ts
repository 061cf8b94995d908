/**
 * The ids of the sample entries, read from the content files themselves: the YAML entries marked
 * `sample: true` and the feed's objects marked `"sample": true`. With SAMPLE_DATA=off these entries
 * are not loaded; a reference to one of them (an experience's hike or member) is then left out,
 * whereas a reference to an id that exists nowhere still fails the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryIdFor } from '../datatourisme/map-provider';
import { textIn } from '../datatourisme/jsonld';
import type { SampleRule } from './sample-data';
import { COLLECTION_FOLDERS, CONTENT_ROOT, FEED_FOLDER, type FileCollection } from './sources';

const cache = new Map<string, Set<string>>();

/** A YAML entry marks itself sample with a top-level `sample: true`. */
const SAMPLE_LINE = /^sample:\s*true\s*(#.*)?$/m;

/** Ids of the sample entries of a collection of YAML files (events, hikes, shop products…). */
export function sampleYamlIds(collection: FileCollection, root = CONTENT_ROOT): Set<string> {
	const key = `${root}:${collection}`;
	let ids = cache.get(key);
	if (!ids) {
		const folder = join(root, COLLECTION_FOLDERS[collection]);
		const files = existsSync(folder) ? readdirSync(folder) : [];
		ids = new Set(
			files
				.filter((file) => /\.ya?ml$/.test(file))
				.filter((file) => SAMPLE_LINE.test(readFileSync(join(folder, file), 'utf8')))
				.map((file) => file.replace(/\.ya?ml$/, '')),
		);
		cache.set(key, ids);
	}
	return ids;
}

/** The objects of one feed file: one object, an array, or a `@graph`. */
function objectsOf(json: unknown): Record<string, unknown>[] {
	if (Array.isArray(json)) return json.flatMap(objectsOf);
	if (!json || typeof json !== 'object') return [];
	const node = json as Record<string, unknown>;
	return Array.isArray(node['@graph']) ? objectsOf(node['@graph']) : [node];
}

/** Ids of the feed's sample members, as the loader names their entries. */
export function sampleFeedIds(folder = FEED_FOLDER): Set<string> {
	const key = `feed:${folder}`;
	let ids = cache.get(key);
	if (!ids) {
		ids = new Set();
		const files = existsSync(folder)
			? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) =>
					/\.json(ld)?$/.test(file),
				)
			: [];
		for (const file of files) {
			let json: unknown;
			try {
				json = JSON.parse(readFileSync(join(folder, file), 'utf8'));
			} catch {
				continue;
			}
			for (const object of objectsOf(json)) {
				const name = textIn(object['rdfs:label'], 'fr');
				if (object['sample'] === true && typeof object['@id'] === 'string' && name)
					ids.add(entryIdFor(object['@id'], name));
			}
		}
		cache.set(key, ids);
	}
	return ids;
}

/** Whether a value is a reference to an entry (`{ collection, id }` once parsed, or a bare id). */
const referencedId = (value: unknown): string | undefined =>
	typeof value === 'string'
		? value
		: value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
			? (value as { id: string }).id
			: undefined;

/**
 * A rule for entries that refer to sample entries (an experience's hikes, members and events):
 * a sample entry is left out, and the others lose their references to sample entries, which are
 * not loaded. `fields` gives, for each list of references, the ids of its sample entries.
 */
export function withoutSampleReferences(
	fields: Record<string, () => ReadonlySet<string>>,
): SampleRule {
	return (data) => {
		if (data['sample'] === true) return undefined;
		let kept = data;
		for (const [field, sampleIds] of Object.entries(fields)) {
			const refs = data[field];
			if (!Array.isArray(refs)) continue;
			const ids = sampleIds();
			const real = refs.filter((ref) => !ids.has(referencedId(ref) ?? ''));
			if (real.length !== refs.length) kept = { ...kept, [field]: real };
		}
		return kept;
	};
}
