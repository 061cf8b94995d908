/** Shapes the hike components receive from their views. */
import type { FacetPage } from './filters';

/** A group of links to facet pages, under a heading ("Secteur": Mont Lozère, Vallée Française…). */
export interface FacetLinkGroup {
	legend: string;
	links: { facet: FacetPage; label: string }[];
}

/**
 * A group of places near a hike, nearest first: the information offices near its start, places to
 * stay near its finish (its start for a loop). Another kind of place joins with the same shape.
 */
export interface NearbyGroup {
	/** Stable id, used for the heading's id and in tests ("offices", "stay"). */
	id: string;
	heading: string;
	/** Where distances are measured from: the hike's start, or the finish of a one-way hike. */
	from: 'start' | 'end';
	items: {
		name: string;
		url: string;
		metres: number;
		detail?: string | undefined;
		/** A sample entry: its line carries the mark "Exemple". */
		sample?: boolean | undefined;
	}[];
}
