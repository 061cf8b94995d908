/**
 * `SAMPLE_DATA=off` for any loader: wraps it so that no sample entry reaches the collection. Each
 * entry the inner loader stores goes through the collection's rule (src/lib/content/sample-data.ts):
 * kept, kept without its sample parts, or left out. Entries an earlier build stored and the inner
 * loader left in place (unchanged files are not parsed again) are checked after it ran. The build
 * log says how many entries were left out or changed.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SampleRule } from '../lib/content/sample-data';

type Store = LoaderContext['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** What a rule did to the entries of one load. */
export interface SampleTally {
	leftOut: Set<string>;
	changed: Set<string>;
}

/**
 * The entry to store instead of `entry`, or undefined to store none. A changed entry gets its own
 * digest, so that a later build with the sample data parses the file again rather than keep the
 * changed version.
 */
export function publishableEntry(
	entry: StoredEntry,
	rule: SampleRule,
	tally: SampleTally,
): StoredEntry | undefined {
	const data = entry.data;
	const kept = rule(data);
	if (kept === undefined) {
		tally.leftOut.add(entry.id);
		return undefined;
	}
	if (kept === data) return entry;
	tally.changed.add(entry.id);
	return { ...entry, data: kept, digest: `${String(entry.digest ?? '')}:without-sample` };
}

/** The store seen by the inner loader: what it sets passes the rule first. */
function filteredStore(store: Store, rule: SampleRule, tally: SampleTally): Store {
	return new Proxy(store, {
		get(target, property, receiver) {
			if (property === 'set')
				return (entry: StoredEntry) => {
					const kept = publishableEntry(entry, rule, tally);
					if (kept === undefined) {
						target.delete(entry.id);
						return false;
					}
					return target.set(kept);
				};
			const value: unknown = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
		},
	});
}

/** `loader` without the sample entries, as the rule decides; `what` names them in the build log. */
export function withoutSamples(loader: Loader, rule: SampleRule, what: string): Loader {
	return {
		...loader,
		load: async (context) => {
			const tally: SampleTally = { leftOut: new Set(), changed: new Set() };
			await loader.load({ ...context, store: filteredStore(context.store, rule, tally) });
			for (const [id, entry] of context.store.entries()) {
				const kept = publishableEntry(entry, rule, tally);
				if (kept === undefined) context.store.delete(id);
				else if (kept !== entry) context.store.set(kept);
			}
			const parts = [
				tally.leftOut.size > 0 ? `${tally.leftOut.size} sample ${what} left out` : '',
				tally.changed.size > 0 ? `${tally.changed.size} ${what} without their sample parts` : '',
			].filter(Boolean);
			if (parts.length > 0) context.logger.info(`SAMPLE_DATA=off: ${parts.join(', ')}`);
		},
	};
}
