/**
 * The list as the page shows it: members and hikes grouped by kind (in the order they were
 * added), events by the day of their next line (in date and time order), and what the catalogue
 * no longer has (an event that is over, a member that left).
 */
import {
	STAY_KINDS,
	type StayCatalogue,
	type StayItem,
	type StayKey,
	type StayKind,
} from './catalogue';

export interface StayEntry {
	key: StayKey;
	item: StayItem;
}

/** An event under a day: the line that day, and its later lines. */
export interface DayEntry extends StayEntry {
	slot: NonNullable<StayItem['d']>[number];
	later: NonNullable<StayItem['d']>;
}

export interface StayGroups {
	/** Kinds other than events, in STAY_KINDS order; only kinds with items. */
	kinds: { kind: Exclude<StayKind, 'event'>; entries: StayEntry[] }[];
	/** Events, by day (ISO), days in order. */
	days: { day: string; entries: DayEntry[] }[];
	/** Keys the catalogue does not know (any longer), and events with no line left. */
	gone: StayKey[];
}

/** The day a line is listed under: its first date, or today for a run already going on. */
export const dayOf = (slot: { f: string }, today: string): string =>
	slot.f < today ? today : slot.f;

export function groupStay(
	keys: readonly StayKey[],
	catalogue: Pick<StayCatalogue, 'items'>,
	now: number,
	today: string,
): StayGroups {
	const byKind = new Map<StayKind, StayEntry[]>();
	const days = new Map<string, DayEntry[]>();
	const gone: StayKey[] = [];
	for (const key of keys) {
		const item = catalogue.items[key];
		if (!item) {
			gone.push(key);
			continue;
		}
		if (item.k !== 'event') {
			byKind.set(item.k, [...(byKind.get(item.k) ?? []), { key, item }]);
			continue;
		}
		const [slot, ...later] = (item.d ?? []).filter((line) => line.x > now);
		if (!slot) {
			gone.push(key);
			continue;
		}
		const day = dayOf(slot, today);
		days.set(day, [...(days.get(day) ?? []), { key, item, slot, later }]);
	}
	return {
		kinds: STAY_KINDS.flatMap((kind) => {
			const entries = byKind.get(kind);
			return kind !== 'event' && entries ? [{ kind, entries }] : [];
		}),
		days: [...days.entries()]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([day, entries]) => ({
				day,
				entries: entries.sort(
					(a, b) =>
						(a.slot.s ?? '').localeCompare(b.slot.s ?? '') || a.item.t.localeCompare(b.item.t),
				),
			})),
		gone,
	};
}

/** The positions of the items that have one, for the map, by key. */
export function placesOf(
	keys: readonly StayKey[],
	catalogue: Pick<StayCatalogue, 'items'>,
): { key: StayKey; item: StayItem & { g: [number, number] } }[] {
	return keys.flatMap((key) => {
		const item = catalogue.items[key];
		return item?.g ? [{ key, item: { ...item, g: item.g } }] : [];
	});
}

/** The box around points [lat, lon] as [[south, west], [north, east]]; undefined without points. */
export function boundsOf(
	points: readonly [number, number][],
): [[number, number], [number, number]] | undefined {
	if (points.length === 0) return undefined;
	const lats = points.map(([lat]) => lat);
	const lons = points.map(([, lon]) => lon);
	return [
		[Math.min(...lats), Math.min(...lons)],
		[Math.max(...lats), Math.max(...lons)],
	];
}
