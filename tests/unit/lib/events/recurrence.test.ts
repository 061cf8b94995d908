import { describe, expect, it } from 'vitest';
import { expandRules } from '../../../../src/lib/calendar/occurrences';
import { parisToInstant } from '../../../../src/lib/calendar/paris-time';
import {
	agendaItems,
	byDay,
	linesUntil,
	withWeeklyLines,
	type AgendaEvent,
} from '../../../../src/lib/events/agenda';
import { eventFacets } from '../../../../src/lib/events/facets';
import { slotWhen } from '../../../../src/lib/events/present';
import { matches } from '../../../../src/lib/facets/filters';
import {
	partOfDay,
	ruleInWords,
	weeklyRules,
	type WeeklyRule,
} from '../../../../src/lib/events/recurrence';
import { useTranslations } from '../../../../src/lib/i18n/ui';

const fr = useTranslations('fr');
const en = useTranslations('en');

const event = (id: string, rules: Parameters<typeof expandRules>[0]): AgendaEvent => ({
	id,
	title: { fr: id },
	category: 'market',
	occurrences: expandRules(rules),
	free: true,
	familyFriendly: false,
	forChildren: false,
	village: 'vialas',
	sector: 'mont-lozere',
});

const TUESDAY_MARKET = {
	from: '2027-06-01',
	to: '2027-09-28',
	weekly: ['tu'] as const,
	start: '08:00',
	end: '12:30',
};

describe('weeklyRules', () => {
	it('finds a weekly market in its dates, a skipped week included', () => {
		const rules = weeklyRules(expandRules([{ ...TUESDAY_MARKET, except: ['2027-08-17'] }]));
		expect(rules).toEqual([
			{ weekdays: ['tu'], start: '08:00', end: '12:30', first: '2027-06-01', last: '2027-09-28' },
		]);
	});

	it('makes one rule of two weekdays at the same times over the same season', () => {
		const rules = weeklyRules(expandRules([{ ...TUESDAY_MARKET, weekly: ['tu', 'fr'] as const }]));
		expect(rules.map((rule) => rule.weekdays)).toEqual([['tu', 'fr']]);
	});

	it('finds no rule in a few dates, an exhibition every day or dates a month apart', () => {
		expect(
			weeklyRules(expandRules([{ ...TUESDAY_MARKET, from: '2027-06-01', to: '2027-06-15' }])),
		).toEqual([]);
		expect(
			weeklyRules(
				expandRules([
					{ date: '2027-06-01' },
					{ date: '2027-07-06' },
					{ date: '2027-08-03' },
					{ date: '2027-09-07' },
				]),
			),
		).toEqual([]);
	});

	it('keeps two series apart when their times differ', () => {
		const rules = weeklyRules(
			expandRules([TUESDAY_MARKET, { ...TUESDAY_MARKET, start: '18:00', end: '22:00' }]),
		);
		expect(rules).toHaveLength(2);
	});
});

describe('ruleInWords', () => {
	const rule = (extra: Partial<WeeklyRule>): WeeklyRule => ({
		weekdays: ['tu'],
		start: '08:00',
		end: '12:30',
		first: '2027-06-01',
		last: '2027-09-28',
		...extra,
	});

	it('words a summer market in both languages', () => {
		expect(ruleInWords(rule({}), 'fr', fr)).toBe('Tous les mardis matin, de juin à septembre');
		expect(ruleInWords(rule({}), 'en', en)).toBe('Every Tuesday morning, June to September');
	});

	it('joins weekdays, elides "de" before a vowel and names the years across a new year', () => {
		expect(
			ruleInWords(
				rule({ weekdays: ['tu', 'fr'], first: '2027-04-02', last: '2027-06-25' }),
				'fr',
				fr,
			),
		).toBe('Tous les mardis et vendredis matin, d’avril à juin');
		expect(
			ruleInWords(
				rule({ start: '18:00', end: '22:00', first: '2026-12-01', last: '2027-03-30' }),
				'en',
				en,
			),
		).toBe('Every Tuesday evening, December 2026 to March 2027');
	});

	it('says "all year round" and "in July", and leaves out the part of the day without times', () => {
		expect(ruleInWords(rule({ weekdays: ['su'], last: '2028-05-28' }), 'fr', fr)).toBe(
			'Tous les dimanches matin, toute l’année',
		);
		expect(
			ruleInWords(
				rule({ start: undefined, end: undefined, first: '2027-07-06', last: '2027-07-27' }),
				'en',
				en,
			),
		).toBe('Every Tuesday, in July');
	});

	it('tells the part of the day from the times', () => {
		expect(partOfDay({ start: '08:30', end: '12:30' })).toBe('morning');
		expect(partOfDay({ start: '14:00', end: '18:00' })).toBe('afternoon');
		expect(partOfDay({ start: '20:30' })).toBe('evening');
		expect(partOfDay({ start: '10:00', end: '18:00' })).toBeUndefined();
		expect(partOfDay({})).toBeUndefined();
	});
});

describe('withWeeklyLines', () => {
	const NOW = parisToInstant('2027-06-10', '04:00');
	const market = event('marche', [TUESDAY_MARKET]);
	const concert = event('concert', [{ date: '2027-06-19', start: '21:00' }]);

	it('shows a weekly market once, with its rule, at its next date', () => {
		const lines = withWeeklyLines(agendaItems([market, concert], NOW));
		expect(lines.map((line) => line.id)).toEqual(['marche/weekly-0', 'concert/2027-06-19T2100']);
		const [weekly] = lines;
		expect(weekly?.slot.day).toBe('2027-06-15');
		expect(weekly?.slot.last).toBe('2027-09-28');
		expect(weekly?.slot.dates).toHaveLength(16);
		expect(slotWhen(weekly!.slot, 'fr', fr, '2027-06-10').until).toBe(
			'Tous les mardis matin, de juin à septembre',
		);
	});

	it('keeps the rule of the whole season when the lines cover 30 days', () => {
		const lines = withWeeklyLines(linesUntil(agendaItems([market, concert], NOW), '2027-07-09'));
		const weekly = lines.find((line) => line.event.id === 'marche');
		expect(weekly?.slot.dates).toEqual(['2027-06-15', '2027-06-22', '2027-06-29', '2027-07-06']);
		expect(weekly?.slot.rule?.last).toBe('2027-09-28');
		expect(byDay(lines.filter((line) => !line.slot.rule)).map((day) => day.day)).toEqual([
			'2027-06-19',
		]);
	});

	it('is found by the filters on its own days only: not "this weekend" for a Tuesday market', () => {
		const lines = withWeeklyLines(agendaItems([market], NOW));
		const facets = eventFacets({
			today: '2027-06-10',
			sectors: ['mont-lozere'],
			villages: ['vialas'],
			categories: ['market'],
			items: lines.map((line) => line.values),
		});
		const found = (state: Record<string, string[]>) =>
			lines.filter((line) => matches(line.values, state, facets, { today: '2027-06-10' })).length;
		expect(found({ when: ['weekend'] })).toBe(0);
		expect(found({ when: ['next-15-days'] })).toBe(1);
		expect(found({ when: ['2027-09'] })).toBe(1);
		expect(found({ from: ['2027-09-29'] })).toBe(0);
		expect(found({ from: ['2027-09-28'] })).toBe(1);
		expect(found({ to: ['2027-06-14'] })).toBe(0);
		expect(found({ to: ['2027-06-15'] })).toBe(1);
	});

	it('leaves one-off events and a market of three dates as they are', () => {
		const short = event('marche-court', [
			{ ...TUESDAY_MARKET, from: '2027-06-15', to: '2027-06-29' },
		]);
		const lines = withWeeklyLines(agendaItems([short, concert], NOW));
		expect(lines).toHaveLength(4);
		expect(lines.every((line) => line.slot.rule === undefined)).toBe(true);
	});
});
