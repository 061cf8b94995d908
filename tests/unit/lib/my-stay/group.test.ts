import { describe, expect, it } from 'vitest';
import type { StayCatalogue, StayItem } from '../../../../src/lib/my-stay/catalogue';
import { boundsOf, dayOf, groupStay, placesOf } from '../../../../src/lib/my-stay/group';

const place = (k: StayItem['k'], t: string, extra: Partial<StayItem> = {}): StayItem => ({
	k,
	t,
	u: `/${t}/`,
	v: 'Vialas',
	m: 'hotel',
	g: [44.33, 3.9],
	...extra,
});
const at = (iso: string) => Date.parse(iso);

const catalogue: Pick<StayCatalogue, 'items'> = {
	items: {
		'p:gite': place('accommodation', 'Gîte'),
		'p:auberge': place('restaurant', 'Auberge'),
		'p:hotel': place('accommodation', 'Hôtel'),
		'h:tour': place('hike', 'Tour', { m: 'hike-easy' }),
		'e:marche': place('event', 'Marché', {
			d: [
				{ f: '2026-12-01', s: '08:00', e: '12:00', x: at('2026-12-01T11:00:00Z') },
				{ f: '2026-12-08', s: '08:00', e: '12:00', x: at('2026-12-08T11:00:00Z') },
			],
		}),
		'e:concert': place('event', 'Concert', {
			d: [{ f: '2026-12-01', s: '20:30', x: at('2026-12-01T22:30:00Z') }],
		}),
		'e:expo': place('event', 'Expo', {
			d: [{ f: '2026-11-20', l: '2026-12-20', x: at('2026-12-20T17:00:00Z') }],
		}),
		'e:fini': place('event', 'Fini', {
			d: [{ f: '2026-11-25', x: at('2026-11-25T18:00:00Z') }],
		}),
	},
};

describe('grouping the list', () => {
	const now = at('2026-11-30T09:00:00Z');
	const groups = groupStay(
		[
			'p:gite',
			'h:tour',
			'e:concert',
			'p:auberge',
			'e:marche',
			'p:hotel',
			'e:expo',
			'e:fini',
			'p:left',
		],
		catalogue,
		now,
		'2026-11-30',
	);

	it('groups members and hikes by kind, in the site’s order, items in the order added', () => {
		expect(groups.kinds.map(({ kind, entries }) => [kind, entries.map((e) => e.key)])).toEqual([
			['accommodation', ['p:gite', 'p:hotel']],
			['restaurant', ['p:auberge']],
			['hike', ['h:tour']],
		]);
	});

	it('lists events under the day of their next line, days in order, by start time in a day', () => {
		expect(groups.days.map(({ day, entries }) => [day, entries.map((e) => e.key)])).toEqual([
			['2026-11-30', ['e:expo']],
			['2026-12-01', ['e:marche', 'e:concert']],
		]);
	});

	it('keeps an event’s later lines with it', () => {
		const marche = groups.days[1]?.entries[0];
		expect(marche?.later.map((line) => line.f)).toEqual(['2026-12-08']);
	});

	it('sets apart what is over or no longer on the site', () => {
		expect(groups.gone).toEqual(['e:fini', 'p:left']);
	});

	it('drops a line that ended since the build', () => {
		const later = groupStay(['e:marche'], catalogue, at('2026-12-02T09:00:00Z'), '2026-12-02');
		expect(later.days.map(({ day }) => day)).toEqual(['2026-12-08']);
	});

	it('lists a run already going on under today', () => {
		expect(dayOf({ f: '2026-11-20' }, '2026-11-30')).toBe('2026-11-30');
		expect(dayOf({ f: '2026-12-20' }, '2026-11-30')).toBe('2026-12-20');
	});
});

describe('the map of the list', () => {
	it('takes the items that have a place', () => {
		const withoutPlace = { items: { ...catalogue.items, 'e:lyon': place('event', 'Salon') } };
		delete withoutPlace.items['e:lyon']?.g;
		expect(placesOf(['e:lyon', 'h:tour', 'p:unknown'], withoutPlace).map((p) => p.key)).toEqual([
			'h:tour',
		]);
	});

	it('frames every point', () => {
		expect(
			boundsOf([
				[44.3, 3.9],
				[44.4, 3.7],
			]),
		).toEqual([
			[44.3, 3.7],
			[44.4, 3.9],
		]);
		expect(boundsOf([])).toBeUndefined();
	});
});
