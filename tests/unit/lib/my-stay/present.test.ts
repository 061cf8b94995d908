import { describe, expect, it } from 'vitest';
import { dayHeading, slotParts, type SlotTemplates } from '../../../../src/lib/my-stay/present';

const templates: SlotTemplates = {
	range: '{start} – {end}',
	from: 'from {time}',
	until: 'until {date}',
	otherDates: 'Also on: {dates}',
};

describe('an event’s line in the list', () => {
	it('gives times, and the later dates in words', () => {
		const parts = slotParts(
			{ f: '2026-12-01', s: '08:00', e: '12:30', x: 0 },
			[
				{ f: '2026-12-08', x: 0 },
				{ f: '2026-12-15', x: 0 },
			],
			'en',
			templates,
			'2026-11-30',
		);
		expect(parts).toEqual({
			times: '8am – 12.30pm',
			until: '',
			others: 'Also on: 8 December and 15 December',
		});
	});

	it('says until when for a long run, and lists at most four later dates', () => {
		const later = ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26', '2027-02-02'].map(
			(f) => ({ f, x: 0 }),
		);
		const parts = slotParts(
			{ f: '2026-12-01', l: '2026-12-20', s: '14:00', x: 0 },
			later,
			'fr',
			{ ...templates, from: 'à partir de {time}', until: 'jusqu’au {date}' },
			'2026-11-30',
		);
		expect(parts.times).toBe('à partir de 14 h');
		expect(parts.until).toBe('jusqu’au dimanche 20 décembre');
		expect(parts.others).toBe(
			'Also on: 5 janvier 2027, 12 janvier 2027, 19 janvier 2027, 26 janvier 2027…',
		);
	});

	it('heads a day with its weekday, capitalised', () => {
		expect(dayHeading('2026-12-05', 'fr', '2026-11-30')).toBe('Samedi 5 décembre');
		expect(dayHeading('2026-12-05', 'en', '2026-11-30')).toBe('Saturday 5 December');
	});
});
