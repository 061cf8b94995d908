/** An entry's id, which is also its page's address, from its DATAtourisme identifier and name. */

/** A stable 32-bit FNV-1a hash, as 8 hex digits. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** "La Maison à Côté" → "la-maison-a-cote". */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/**
 * The entry id, which is also the page's address: the name, then the first 8 hex digits of the
 * DATAtourisme identifier so that two businesses of the same name stay apart
 * (`https://data.datatourisme.fr/58/004729f1-…` → `la-maison-a-cote-004729f1`).
 */
export function entryIdFor(sourceId: string, name: string): string {
	const uuid = sourceId.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i)?.[0];
	const suffix = uuid ? uuid.slice(0, 8).toLowerCase() : shortHash(sourceId);
	const slug = slugify(name);
	return slug ? `${slug}-${suffix}` : suffix;
}
