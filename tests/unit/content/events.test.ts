/**
 * The office's events (content/events/): sample data marked as such, spread over a year and the
 * four sectors, with the kinds the issue asks for (a weekly market, multi-day events, the
 * office's guided walks, the Rencontres d'automne for members, the salon du randonneur in Lyon),
 * each collection-valid, with a summary that can be its page's meta description.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EventSchema } from '../../../src/schemas/event';

const contentDir = new URL('../../../content/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, contentDir), 'utf8');

const sectorOf = new Map(
	readdirSync(new URL('villages/', contentDir))
		.filter((file) => file.endsWith('.yaml'))
		.map((file) => [
			file.replace('.yaml', ''),
			(parse(read(`villages/${file}`)) as { sector: string }).sector,
		]),
);

const events = readdirSync(new URL('events/', contentDir))
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => {
		const source = read(`events/${file}`);
		const raw = parse(source) as Record<string, unknown> & {
			village?: string;
			organiser?: string;
			occurrences: Record<string, unknown>[];
		};
		return { file, source, raw, data: EventSchema.parse(raw) };
	});

const OFFICE = 'Office de tourisme des Cévennes au Mont Lozère';

describe('the sample events', () => {
	it('are at least 60, each valid', () => {
		expect(events.length).toBeGreaterThanOrEqual(60);
	});

	it('say they are sample data, in a comment at the top and with sample: true', () => {
		for (const event of events) {
			expect(event.source.startsWith('# SAMPLE DATA'), event.file).toBe(true);
			expect(event.data.sample, event.file).toBe(true);
		}
	});

	it('cover the four sectors and every month of a year', () => {
		const sectors = new Set(events.map((event) => sectorOf.get(event.raw.village ?? '')));
		expect([...sectors].filter(Boolean).sort()).toEqual([
			'calbertois',
			'mont-lozere',
			'vallee-francaise',
			'vallee-longue',
		]);
		const months = new Set(
			events.flatMap((event) =>
				event.data.occurrences.map((occurrence) => occurrence.date.slice(0, 7)),
			),
		);
		for (let month = 0; month < 12; month++) {
			const date = new Date(Date.UTC(2026, 11 + month, 1)).toISOString().slice(0, 7);
			expect(months.has(date), date).toBe(true);
		}
	});

	it('include a weekly market, events over several days and the office’s own events', () => {
		expect(
			events.some(
				(event) =>
					event.data.category === 'market' &&
					event.raw.occurrences.some((rule) => Array.isArray(rule['weekly'])),
			),
		).toBe(true);
		expect(
			events.filter((event) =>
				event.raw.occurrences.some((rule) => 'from' in rule && !('weekly' in rule)),
			).length,
		).toBeGreaterThanOrEqual(5);
		const office = events.filter((event) => event.raw.organiser === OFFICE);
		expect(office.some((event) => event.data.category === 'guided-walk')).toBe(true);
		expect(
			office.some(
				(event) => event.data.membersOnly && /Rencontres d'automne/.test(event.data.title.fr),
			),
		).toBe(true);
		const salon = office.find((event) => /salon du randonneur/i.test(event.data.title.fr));
		expect(salon?.data.village).toBeUndefined();
		expect(salon?.data.place.town).toBe('Lyon');
	});

	it('have summaries of 50 to 160 characters (their pages’ meta descriptions), all different', () => {
		for (const event of events)
			for (const text of [event.data.summary.fr, event.data.summary.en ?? '']) {
				expect(text.length, `${event.file}: ${text}`).toBeGreaterThanOrEqual(50);
				expect(text.length, `${event.file}: ${text}`).toBeLessThanOrEqual(160);
			}
		const summaries = events.flatMap((event) => [event.data.summary.fr, event.data.summary.en]);
		expect(new Set(summaries).size).toBe(summaries.length);
	});

	it('include a guided walk at 10:00 on the last Sunday of March and of October', () => {
		const at = (date: string) =>
			events.some((event) =>
				event.data.occurrences.some(
					(occurrence) => occurrence.date === date && occurrence.start === '10:00',
				),
			);
		expect(at('2027-03-28')).toBe(true);
		expect(at('2027-10-31')).toBe(true);
	});
});
