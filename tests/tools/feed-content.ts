/**
 * The providers the end-to-end tests expect, read from the same feed the site is built from
 * (content/feed/) and mapped by the same rules as the loader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from '../../src/lib/datatourisme/jsonld';
import { mapProvider, type MappedProvider } from '../../src/lib/datatourisme/map-provider';
import { feedFiles, objectsOfFile } from '../../src/lib/datatourisme/sync';
import { readVillages } from '../../src/loaders/datatourisme';
import { ROOT } from './built-site';

export type FeedProvider = MappedProvider & { id: string };

let cache: FeedProvider[] | undefined;

/** Every provider of content/feed/ that loads, in name order (French collation). */
export function feedProviders(): FeedProvider[] {
	if (cache) return cache;
	const villages = readVillages(join(ROOT, 'content'));
	cache = feedFiles(join(ROOT, 'content/feed'))
		.flatMap((file) => objectsOfFile(JSON.parse(readFileSync(file, 'utf8'))))
		.map((object) => mapProvider(object as Node, { villages }))
		.flatMap((mapping) => (mapping.ok ? [{ ...mapping.data, id: mapping.id }] : []))
		.sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
	return cache;
}
