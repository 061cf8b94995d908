/**
 * The shape of the "My stay" catalogue: every item a visitor can keep (members, hikes, events)
 * in one language, as the build writes it (`/mon-sejour/elements.json`, `/en/my-stay/items.json`)
 * and the page reads it. Short keys: the file is fetched whole by the page, so every byte counts.
 * Plain types and constants, shared by the build and the browser.
 */
import type { CollectionPrefix } from './keys';

export type { CollectionPrefix, StayKey } from './keys';

/** What an item is, in the order the page lists them. */
export const STAY_KINDS = [
	'accommodation',
	'restaurant',
	'activity',
	'producer',
	'shop',
	'hike',
	'event',
] as const;

export type StayKind = (typeof STAY_KINDS)[number];

/**
 * An event's lines kept in the file: the page shows the next one and a few dates after it; more
 * would only weigh on the file (a weekly market has fifty), and the site is rebuilt daily.
 */
export const KEPT_LINES = 8;

/** One dated line of an event: an occurrence, or a long run shown once ("until …"). */
export interface StaySlot {
	/** First date (ISO), and last date when it differs. */
	f: string;
	l?: string;
	/** Start and end times (HH:MM, Paris wall clock), when known. */
	s?: string;
	e?: string;
	/** When it ends (ms since the epoch): the page drops lines that ended after the build. */
	x: number;
}

/** An item in one language. */
export interface StayItem {
	/** Its kind. */
	k: StayKind;
	/** Its name. */
	t: string;
	/** The language of its name when it differs from the page's (a French-only event title). */
	tl?: string;
	/** Its page. */
	u: string;
	/** Where it is: the village or the hike's starting point. */
	v: string;
	/** Its position [lat, lon], rounded to about 1 m; none for an event outside the territory. */
	g?: [number, number];
	/** The map's kind (marker and popup label): "hotel", "hike-easy", "concert"… */
	m: string;
	/** Events: the lines still to come at the build. */
	d?: StaySlot[];
	/** Set on a sample entry: the list shows it with the mark "Exemple". */
	ex?: 1;
}

/** The file: a version, the build's day, and every item by key. */
export interface StayCatalogue {
	v: 1;
	/** The build's day in Paris (ISO). */
	today: string;
	items: Record<string, StayItem>;
}

/** The collection prefix of a kind. */
export const prefixOf = (kind: StayKind): CollectionPrefix =>
	kind === 'hike' ? 'h' : kind === 'event' ? 'e' : 'p';

/** The map layer an item of this kind is drawn in (src/lib/map/layers.ts). */
export const MAP_LAYER_OF: Record<StayKind, string> = {
	accommodation: 'accommodation',
	restaurant: 'restaurants',
	activity: 'activities',
	producer: 'producers',
	shop: 'producers',
	hike: 'hikes',
	event: 'events',
};
