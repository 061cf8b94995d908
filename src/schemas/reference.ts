import { reference } from 'astro:content';
import { COLLECTION_FOLDERS, entryIdsOf, type FileCollection } from '../lib/content/sources';

/**
 * A reference to an entry of another collection that must exist: Astro's `reference()`
 * does not check existence, so an unknown id ("atlantis") would only surface as a missing
 * page. This fails the entry's validation instead, naming the id and the folder searched.
 */
export const existingReference = <C extends FileCollection>(collection: C) =>
	reference(collection).superRefine((value, context) => {
		if (value && !entryIdsOf(collection).has(value.id)) {
			context.addIssue({
				code: 'custom',
				message: `"${value.id}" is not in ${collection} (no content/${COLLECTION_FOLDERS[collection]}/${value.id}.yaml)`,
			});
		}
	});
