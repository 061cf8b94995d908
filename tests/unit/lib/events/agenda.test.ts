import { describe, expect, it } from 'vitest';
import { expandRules } from '../../../../src/lib/calendar/occurrences';
import { parisToInstant } from '../../../../src/lib/calendar/paris-time';
import {
	agendaItems,
	byDay,
	nextOfEach,
	type AgendaEvent,
} from '../../../../src/lib/events/agenda';
import { eventFacets, monthsFrom } from '../../../../src/lib/events/facets';
import { matches } from '../../../../src/lib/facets/filters';

const event = (
	id: string,
	rules: Parameters<typeof expandRules>[0],
	extra: Partial<AgendaEvent> = {},
): AgendaEvent => ({
	id,
	title: { fr: id },
	category: 'market',
	occurrences: expandRules(rules),
	free: false,
	familyFriendly: false,
	forChildren: false,
	village: 'vialas',
	sector: 'mont-lozere',
	...extra,
});

const NOW = parisToInstant('2026-11-26', '04:00');
const EVENTS = [
	event('exposition', [{ from: '2026-10-17', to: '2026-12-20', start: '14:00', end: '18:00' }], {
		category: 'exhibition',
		free: true,
	}),
	event(
		'marche',
		[{ weekly: ['su'], from: '2026-11-29', to: '2026-12-27', start: '08:00', end: '13:00' }],
		{
			village: 'le-collet-de-deze',
			sector: 'vallee-longue',
			familyFriendly: true,
		},
	),
	event('atelier', [{ date: '2026-11-28', start: '14:00', end: '17:00' }], {
		category: 'workshop',
		forChildren: true,
	}),
	event('fini', [{ date: '2026-11-20' }]),
];

describe('the agenda', () => {
	const items = agendaItems(EVENTS, NOW);

	it('lists upcoming lines by day, a running exhibition once under today, nothing that ended', () => {
		expect(items.map((item) => [item.slot.day, item.event.id])).toEqual([
			['2026-11-26', 'exposition'],
			['2026-11-28', 'atelier'],
			['2026-11-29', 'marche'],
			['2026-12-06', 'marche'],
			['2026-12-13', 'marche'],
			['2026-12-20', 'marche'],
			['2026-12-27', 'marche'],
		]);
		expect(items[0]?.slot.running).toBe(true);
	});

	it('gives each line a unique id and the values the filters read', () => {
		expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
		expect(items[1]?.values).toEqual({
			dates: ['2026-11-28', '2026-11-28'],
			sector: 'mont-lozere',
			village: 'vialas',
			category: 'workshop',
			family: true,
			free: false,
		});
	});

	it('groups lines by day', () => {
		expect(byDay(items).map((day) => [day.day, day.items.length])).toEqual([
			['2026-11-26', 1],
			['2026-11-28', 1],
			['2026-11-29', 1],
			['2026-12-06', 1],
			['2026-12-13', 1],
			['2026-12-20', 1],
			['2026-12-27', 1],
		]);
	});

	it('takes each event once, at its next line, for "coming up"', () => {
		expect(nextOfEach(items, 2).map((item) => item.event.id)).toEqual(['exposition', 'atelier']);
	});

	it('filters this weekend, free events and families as the facet pages do', () => {
		const facets = eventFacets({
			today: '2026-11-26',
			sectors: ['mont-lozere', 'vallee-longue'],
			villages: ['vialas', 'le-collet-de-deze', 'gabriac'],
			categories: ['market', 'exhibition', 'workshop', 'concert'],
			items: items.map((item) => item.values),
		});
		const ids = (state: Record<string, string[]>) =>
			items
				.filter((item) => matches(item.values, state, facets, { today: '2026-11-26' }))
				.map((item) => `${item.event.id} ${item.slot.day}`);
		expect(ids({ when: ['weekend'] })).toEqual([
			'exposition 2026-11-26',
			'atelier 2026-11-28',
			'marche 2026-11-29',
		]);
		expect(ids({ free: ['1'] })).toEqual(['exposition 2026-11-26']);
		expect(ids({ family: ['1'], sector: ['mont-lozere'] })).toEqual(['atelier 2026-11-28']);
		// Values no line has are not offered.
		const village = facets.find((facet) => facet.key === 'village');
		expect(village?.kind === 'list' && village.values).toEqual(['vialas', 'le-collet-de-deze']);
	});
});

describe('months of the "when" filter', () => {
	it('are the twelve months from the current one', () => {
		const months = monthsFrom('2026-11-26');
		expect(months).toHaveLength(12);
		expect(months[0]).toBe('2026-11');
		expect(months[2]).toBe('2027-01');
		expect(months.at(-1)).toBe('2027-10');
	});
});
