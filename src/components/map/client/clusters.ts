/**
 * All visible layers clustered together (supercluster), so that markers of different layers never
 * pile up on a village and every marker keeps a target a finger can hit.
 */
import Supercluster from 'supercluster';
import { mergeSummary, placeSummary } from '~/lib/map/cluster-summary';
import { isProminent, placeKey } from './layers';
import type { ClusterFeature, MapContext, Summary } from './types';
import { fill } from './text';

/** The visible layers' clusters, rebuilt when a layer is shown or hidden. */
export interface ClusterIndex {
	rebuild(): void;
	/** The points and clusters at a zoom within bounds ([west, south, east, north]), by marker key. */
	inView(bounds: [number, number, number, number], zoom: number): Map<string, ClusterFeature>;
	/** The keys of a cluster's places (at most `limit`). */
	leafKeys(clusterId: number, limit: number): string[];
	/** The zoom at which a cluster breaks apart. */
	expansionZoom(clusterId: number): number;
}

export function clusterIndex({ config, layers, places }: MapContext): ClusterIndex {
	let index = new Supercluster<{ key: string }, Summary>();
	/** Changes whenever the index is rebuilt, so that no cluster marker outlives its index. */
	let generation = 0;
	return {
		rebuild() {
			generation += 1;
			index = new Supercluster<{ key: string }, Summary>({
				radius: config.clusterRadius,
				// Clusters down to the closest zoom: places at the same spot open as a list there.
				maxZoom: config.tiles.maxZoom,
				// Leaflet's tiles are 256 px: with this extent the radius is in screen pixels.
				extent: 256,
				map: ({ key }) => {
					const place = places.get(key);
					return placeSummary(place?.layer.config.id ?? '', key, {
						anchor: place?.layer.config.anchor ?? false,
						prominent: place ? isProminent(place) : false,
					});
				},
				reduce: mergeSummary,
			});
			index.load(
				layers
					.filter((layer) => layer.visible)
					.flatMap((layer) =>
						layer.features.map((feature) => ({
							type: 'Feature' as const,
							geometry: feature.geometry,
							properties: { key: placeKey(layer, feature.id) },
						})),
					),
			);
		},
		inView(bounds, zoom) {
			const wanted = new Map<string, ClusterFeature>();
			for (const item of index.getClusters(bounds, zoom)) {
				const clusterId = (item.properties as { cluster_id?: number }).cluster_id;
				const key =
					clusterId === undefined
						? (item.properties as { key: string }).key
						: `cluster-${generation}-${zoom}-${clusterId}`;
				wanted.set(key, item);
			}
			return wanted;
		},
		leafKeys: (clusterId, limit) =>
			index.getLeaves(clusterId, limit).map((leaf) => leaf.properties.key),
		expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
	};
}

/** A cluster's name for screen readers: its count and the layers in it. */
export function clusterLabel(
	{ config, layers }: MapContext,
	summary: Summary,
	count: number,
): string {
	const detail = layers
		.filter((layer) => summary.counts[layer.config.id])
		.map((layer) => `${layer.config.label} (${summary.counts[layer.config.id]})`)
		.join(', ');
	return fill(config.text.cluster, { count, detail });
}
