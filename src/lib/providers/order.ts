/**
 * The default order of a provider list: by kind, in the order the vocabulary lists a category's
 * kinds (src/lib/datatourisme/vocabulary.ts: hotels, guest houses, hostels, rentals, then
 * campsites), then by name. Name order alone put every "Aire naturelle …" first, small sites
 * a visitor looking for a bed rarely wants to see before anything else.
 */
import { KINDS_BY_CATEGORY, type ProviderCategory } from '../datatourisme/vocabulary';

/** What ordering reads of a provider. */
export interface Orderable {
	category: ProviderCategory;
	kinds: readonly string[];
	name: string;
}

const names = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** The rank of a provider's main kind in its category; unknown kinds last. */
function kindRank(provider: Orderable): number {
	const kinds: readonly string[] = KINDS_BY_CATEGORY[provider.category];
	const rank = kinds.indexOf(provider.kinds[0] ?? '');
	return rank === -1 ? kinds.length : rank;
}

/** A copy of the providers in the lists' default order. */
export function listOrder<T>(providers: readonly T[], data: (provider: T) => Orderable): T[] {
	return [...providers].sort((a, b) => {
		const [left, right] = [data(a), data(b)];
		return kindRank(left) - kindRank(right) || names.compare(left.name, right.name);
	});
}
