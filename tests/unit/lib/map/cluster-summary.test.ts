import Supercluster from 'supercluster';
import { describe, expect, it } from 'vitest';
import {
	mergeSummary,
	placeSummary,
	type ClusterSummary,
} from '../../../../src/lib/map/cluster-summary';

/** Places on a small grid around Vialas, half of them of a second layer, one of them an anchor. */
function index(count: number) {
	const clusters = new Supercluster<{ key: string; layer: string }, ClusterSummary>({
		radius: 50,
		maxZoom: 17,
		extent: 256,
		map: ({ key, layer }) =>
			placeSummary(layer, key, { anchor: key === 'offices/0', prominent: /\/[37]$/.test(key) }),
		reduce: mergeSummary,
	});
	clusters.load(
		Array.from({ length: count }, (_, position) => {
			const layer = position % 2 ? 'events' : 'offices';
			return {
				type: 'Feature' as const,
				geometry: {
					type: 'Point' as const,
					coordinates: [3.85 + (position % 5) * 0.002, 44.33 + Math.floor(position / 5) * 0.002],
				},
				properties: { key: `${layer}/${position}`, layer },
			};
		}),
	);
	return clusters;
}

describe('cluster summaries', () => {
	it('count each place once at every zoom: the counts per layer add up to the cluster size', () => {
		const clusters = index(40);
		for (let zoom = 7; zoom <= 17; zoom++) {
			for (const item of clusters.getClusters([-180, -85, 180, 85], zoom)) {
				const properties = item.properties as Partial<ClusterSummary> & { point_count?: number };
				if (!properties.counts) continue;
				const total = Object.values(properties.counts).reduce((sum, count) => sum + count, 0);
				expect(total).toBe(properties.point_count ?? 1);
			}
		}
	});

	it('keep the anchor and the prominent places of the whole cluster', () => {
		const [all] = index(10).getClusters([-180, -85, 180, 85], 7);
		const summary = all?.properties as ClusterSummary & { point_count: number };
		expect(summary.point_count).toBe(10);
		expect(summary.counts).toEqual({ offices: 5, events: 5 });
		expect(summary.anchors).toBe(1);
		expect(summary.anchorKey).toBe('offices/0');
		expect(summary.prominent).toBe(2);
	});

	it('leave the summary added unchanged', () => {
		const total = placeSummary('events', 'events/1', { anchor: false, prominent: false });
		const point = placeSummary('events', 'events/2', { anchor: true, prominent: false });
		const shared = total.counts;
		mergeSummary(total, point);
		expect(total.counts).toEqual({ events: 2 });
		expect(shared).toEqual({ events: 1 });
		expect(point.counts).toEqual({ events: 1 });
	});
});
