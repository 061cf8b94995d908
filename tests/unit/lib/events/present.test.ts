import { describe, expect, it } from 'vitest';
import { expandRules } from '../../../../src/lib/calendar/occurrences';
import { parisToInstant } from '../../../../src/lib/calendar/paris-time';
import {
	dateLines,
	formatDay,
	localText,
	metaDescription,
	periodText,
	priceText,
	timeRange,
} from '../../../../src/lib/events/present';
import { useTranslations } from '../../../../src/lib/i18n/ui';

const fr = useTranslations('fr');
const en = useTranslations('en');

describe('how the agenda words it', () => {
	it('writes times in each language’s usage', () => {
		expect(timeRange({ start: '10:00', end: '12:30' }, 'fr', fr)).toBe('10 h – 12 h 30');
		expect(timeRange({ start: '10:00', end: '12:30' }, 'en', en)).toBe('10am – 12.30pm');
		expect(timeRange({ start: '19:30' }, 'fr', fr)).toBe('à partir de 19 h 30');
		expect(timeRange({}, 'en', en)).toBe('');
	});

	it('adds the year to dates of another year', () => {
		expect(formatDay('2026-12-01', 'fr', '2026-11-26')).toBe('mardi 1er décembre');
		expect(formatDay('2027-03-28', 'en', '2026-11-26')).toBe('Sunday 28 March 2027');
	});

	it('writes prices, and "free"', () => {
		expect(priceText({ free: true }, 'fr', fr)).toBe('Gratuit');
		expect(priceText({ free: false, price: { from: 10, to: 15 } }, 'en', en)).toBe('€10 to €15');
		expect(priceText({ free: false, price: { from: 5 } }, 'fr', fr)).toBe('5\u00a0€');
		expect(priceText({ free: false }, 'fr', fr)).toBeUndefined();
	});

	it('shows the French text, marked as French, where the feed has no English', () => {
		expect(localText({ fr: 'Marché' }, 'en')).toEqual({ text: 'Marché', lang: 'fr' });
		expect(localText({ fr: 'Marché', en: 'Market' }, 'en')).toEqual({ text: 'Market' });
	});

	it('names a fortnight', () => {
		expect(periodText('2026-12-01', '2026-12-15', 'fr')).toBe('du 1er au 15 décembre 2026');
		expect(periodText('2026-12-16', '2026-12-31', 'en')).toBe('16–31 December 2026');
	});
});

describe('an event’s dates on its page', () => {
	it('words an exhibition as one period with its closing day, and a market date by date', () => {
		const now = parisToInstant('2027-06-01', '04:00');
		const exhibition = expandRules([
			{
				from: '2027-06-15',
				to: '2027-09-15',
				weekly: ['tu', 'we', 'th', 'fr', 'sa', 'su'],
				start: '10:00',
				end: '18:00',
			},
		]);
		expect(
			dateLines(exhibition, now, 'fr', fr, '2027-06-01').map((line) => [line.text, line.times]),
		).toEqual([['du mardi 15 juin au mercredi 15 septembre (fermé le lundi)', '10 h – 18 h']]);
		expect(dateLines(exhibition, now, 'en', en, '2027-06-01')[0]?.text).toBe(
			'from Tuesday 15 June to Wednesday 15 September (closed on Mondays)',
		);
		const market = expandRules([
			{ weekly: ['th'], from: '2027-06-03', to: '2027-06-17', start: '08:00' },
		]);
		expect(dateLines(market, now, 'en', en, '2027-06-01').map((line) => line.text)).toEqual([
			'Thursday 3 June',
			'Thursday 10 June',
			'Thursday 17 June',
		]);
	});

	it('leaves out the dates that have ended, and says when each line ends', () => {
		const lines = dateLines(
			expandRules([
				{ date: '2027-07-01', start: '09:00', end: '11:00' },
				{ date: '2027-07-02', start: '09:00', end: '11:00' },
			]),
			parisToInstant('2027-07-01', '12:00'),
			'fr',
			fr,
			'2027-07-01',
		);
		expect(lines.map((line) => line.date)).toEqual(['2027-07-02']);
		expect(lines[0]?.endsAt).toBe(Date.parse('2027-07-02T09:00:00Z'));
	});
});

describe('meta descriptions', () => {
	it('use the summary when it fits 50 to 160 characters', () => {
		const summary = 'Un marché de producteurs au bord du Tarn, chaque jeudi de l’été.';
		expect(metaDescription(summary, 'x')).toBe(summary);
	});

	it('name the place and date when the summary is too short, and cut a long one at a word', () => {
		expect(
			metaDescription(
				'Concert.',
				'Concert. (Vialas, dimanche 20 décembre) au temple du village, avec la chorale',
			),
		).toMatch(/Vialas/);
		const long = metaDescription('mot '.repeat(60), '');
		expect(long.length).toBeLessThanOrEqual(160);
		expect(long.endsWith('mot…')).toBe(true);
	});
});
