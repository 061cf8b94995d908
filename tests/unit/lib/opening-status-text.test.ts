import { describe, expect, it } from 'vitest';
import en from '../../../content/i18n/en';
import fr from '../../../content/i18n/fr';
import { formatMonthDay, formatTime } from '../../../src/lib/i18n/format';
import { describeStatus, type StatusMessages } from '../../../src/lib/opening-status-text';

const messagesFrom = (dictionary: typeof fr | typeof en): StatusMessages => ({
	openNow: dictionary['hours.openNow'].replace('{{time}}', '{time}'),
	opensToday: dictionary['hours.opensToday'].replace('{{time}}', '{time}'),
	opensTomorrow: dictionary['hours.opensTomorrow'].replace('{{time}}', '{time}'),
	opensOn: dictionary['hours.opensOn'].replace('{{time}}', '{time}').replace('{{day}}', '{day}'),
	closedForSeason: dictionary['hours.closedForSeason'],
	weekdays: {
		mo: dictionary['weekday.mo'],
		tu: dictionary['weekday.tu'],
		we: dictionary['weekday.we'],
		th: dictionary['weekday.th'],
		fr: dictionary['weekday.fr'],
		sa: dictionary['weekday.sa'],
		su: dictionary['weekday.su'],
	},
});

describe('describeStatus', () => {
	it('tells a French visitor the office is open and until when', () => {
		expect(describeStatus({ open: true, closes: '18:30' }, messagesFrom(fr), 'fr')).toBe(
			'Ouvert maintenant, jusqu’à 18 h 30',
		);
	});
	it('tells an English visitor when it opens on a later weekday', () => {
		const status = {
			open: false,
			next: { date: '2026-07-20', weekday: 'mo', opens: '09:30', daysAhead: 3 },
		} as const;
		expect(describeStatus(status, messagesFrom(en), 'en')).toBe('Closed, opens Monday at 9.30am');
	});
	it('gives the full date when the next opening is more than a week away', () => {
		const status = {
			open: false,
			next: { date: '2027-04-01', weekday: 'th', opens: '09:30', daysAhead: 120 },
		} as const;
		expect(describeStatus(status, messagesFrom(fr), 'fr')).toBe(
			'Fermé, ouvre le jeudi 1er avril à 9 h 30',
		);
	});
	it('says "tomorrow"', () => {
		const status = {
			open: false,
			next: { date: '2026-07-16', weekday: 'th', opens: '14:00', daysAhead: 1 },
		} as const;
		expect(describeStatus(status, messagesFrom(en), 'en')).toBe('Closed, opens tomorrow at 2pm');
	});
});

describe('formatting', () => {
	it('writes times the French and the British way', () => {
		expect(formatTime('09:00', 'fr')).toBe('9 h');
		expect(formatTime('14:30', 'fr')).toBe('14 h 30');
		expect(formatTime('12:00', 'en')).toBe('12pm');
		expect(formatTime('00:15', 'en')).toBe('12.15am');
	});
	it('writes "1er" for the first of the month in French only', () => {
		expect(formatMonthDay('07-01', 'fr')).toBe('1er juillet');
		expect(formatMonthDay('08-31', 'fr')).toBe('31 août');
		expect(formatMonthDay('07-01', 'en')).toBe('1 July');
	});
});
