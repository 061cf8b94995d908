/** Shapes the hike components receive from their views. */
import type { FacetPage } from './filters';

/** A group of links to facet pages, under a heading ("Secteur": Mont Lozère, Vallée Française…). */
export interface FacetLinkGroup {
	legend: string;
	links: { facet: FacetPage; label: string }[];
}

/**
 * A group of places near a hike's start, nearest first. The offices group exists today; the
 * accommodation group joins when the providers' section lands (same shape).
 */
export interface NearbyGroup {
	/** Stable id, used for the heading's id and in tests ("offices", "stay"). */
	id: string;
	heading: string;
	items: { name: string; url: string; metres: number; detail?: string | undefined }[];
}
