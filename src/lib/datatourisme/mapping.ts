/**
 * What every DATAtourisme mapping (providers, events) returns: the entry's data, or the reasons the
 * object is rejected, with the values left out on the way.
 */
import type { GeoPoint } from '../geo/territory';
import type { VillageRecord } from './villages';

/** Text in French, and in English when the feed has it. */
export interface FeedText {
	fr: string;
	en?: string;
}

/** A field of the object at fault, and why. */
export interface Problem {
	/** Path of the field in the DATAtourisme object, e.g. `isLocatedAt.schema:geo`. */
	field: string;
	reason: string;
}

export interface MappingContext {
	/** The territory's villages (content/villages/). */
	villages: VillageRecord[];
	/**
	 * Whether a point is in the territory; the site's box by default. The tests of the real
	 * reference objects, which are all outside Lozère, read them with `() => true`.
	 */
	isInTerritory?: (point: GeoPoint) => boolean;
}

/** The common part of every mapping result. */
interface Outcome {
	/** The object's `@id` (or a placeholder naming its position when it has none). */
	sourceId: string;
	/** Values left out, with the reason. */
	warnings: Problem[];
}

export type FeedMapping<T> =
	(Outcome & { ok: true; id: string; data: T }) | (Outcome & { ok: false; problems: Problem[] });

/** "**providers → x** data does not match collection schema.\n  **field**: reason" → problems. */
export function problemsOfSchemaError(error: unknown): Problem[] {
	const message = (error instanceof Error ? error.message : String(error)).replace(/\*\*/g, '');
	const problems = message
		.split('\n')
		.map((line) => line.trim().match(/^([\w.:[\]-]+): (.+)$/))
		.filter((match): match is RegExpMatchArray => match !== null)
		.map((match) => ({ field: match[1] ?? '', reason: match[2] ?? '' }));
	return problems.length > 0
		? problems
		: [{ field: '(schema)', reason: message.split('\n')[0] ?? message }];
}
