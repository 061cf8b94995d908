/**
 * What each point and cluster of the map's index carries (supercluster's `map` and `reduce`):
 * how many places of each layer it holds, how many anchors (offices) and prominent places.
 *
 * supercluster starts a cluster's properties from a shallow copy of one of its children's, so a
 * nested object (`counts`) would be shared with that child: `mergeSummary` replaces it before
 * adding, or a cluster of 5 places would read "Agenda (10)".
 */
export interface ClusterSummary {
	counts: Record<string, number>;
	anchors: number;
	anchorKey?: string;
	prominent: number;
}

/** A single place's summary. */
export function placeSummary(
	layerId: string,
	key: string,
	{ anchor, prominent }: { anchor: boolean; prominent: boolean },
): ClusterSummary {
	return {
		counts: { [layerId]: 1 },
		anchors: anchor ? 1 : 0,
		...(anchor ? { anchorKey: key } : {}),
		prominent: prominent ? 1 : 0,
	};
}

/** Adds `point` (a place's or a cluster's summary) into `total`, leaving `point` unchanged. */
export function mergeSummary(total: ClusterSummary, point: ClusterSummary): void {
	const counts = { ...total.counts };
	for (const [layerId, count] of Object.entries(point.counts)) {
		counts[layerId] = (counts[layerId] ?? 0) + count;
	}
	total.counts = counts;
	total.anchors += point.anchors;
	if (total.anchorKey === undefined && point.anchorKey !== undefined) {
		total.anchorKey = point.anchorKey;
	}
	total.prominent += point.prominent;
}
