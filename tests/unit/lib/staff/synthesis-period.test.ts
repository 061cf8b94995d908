/**
 * The synthesis as the groupe qualité's document: seasons and their bounds across the new year
 * (Paris time), the same period a year earlier beside it, figures hidden under the threshold with
 * their sample size, answer times counting only complaints already due, comments grouped by
 * subject, French plurals; the period's notes kept on both stores (migration 8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackRepository, Submission } from '../../../../src/lib/feedback/repository';
import { SqlRepository } from '../../../../src/lib/feedback/sql-repository';
import { useTranslations } from '../../../../src/lib/i18n/ui';
import { staffLabels } from '../../../../src/lib/staff/labels';
import {
	parsePeriod,
	periodBounds,
	periodKey,
	previousPeriod,
	seasonOf,
} from '../../../../src/lib/staff/periods';
import {
	groupComments,
	MIN_SAMPLE,
	periodSynthesis,
	synthesise,
} from '../../../../src/lib/staff/synthesis';
import {
	figures,
	periodLabel,
	sampleText,
	shareCharts,
} from '../../../../src/lib/staff/synthesis-format';
import { parseNotes, SynthesisNotesStore } from '../../../../src/lib/staff/synthesis-notes';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';

const t = useTranslations('fr');
const labels = staffLabels(t, [{ id: 'le-collet-de-deze', name: 'Le Collet-de-Dèze' }], []);
const DAY = 86_400_000;
let counter = 0;

/** A submission as the repository returns it, with only what the synthesis reads. */
function item(fields: Partial<Submission> & Pick<Submission, 'kind'>): Submission {
	counter++;
	return {
		id: counter,
		reference: `REF-${counter}`,
		status: 'new',
		locale: 'fr',
		receivedAt: new Date('2026-07-15T10:00:00Z'),
		data: {},
		...fields,
	} as Submission;
}

const questionnaire = (at: string, overall: number, extra: Record<string, unknown> = {}) =>
	item({
		kind: 'questionnaire',
		receivedAt: new Date(at),
		officeId: 'le-collet-de-deze',
		data: { overall, recommend: 'yes', country: 'FR', ...extra },
	});

describe('periods', () => {
	it('bounds each season in Paris time, winter across the new year', () => {
		const summer = periodBounds({ year: 2026, season: 'summer' });
		expect(summer.from.toISOString()).toBe('2026-05-31T22:00:00.000Z');
		expect(summer.before.toISOString()).toBe('2026-08-31T22:00:00.000Z');
		const winter = periodBounds({ year: 2026, season: 'winter' });
		expect(winter.from.toISOString()).toBe('2026-11-30T23:00:00.000Z');
		expect(winter.before.toISOString()).toBe('2027-02-28T23:00:00.000Z');
		const year = periodBounds({ year: 2026 });
		expect(year.from.toISOString()).toBe('2025-12-31T23:00:00.000Z');
		expect(year.before.toISOString()).toBe('2026-12-31T23:00:00.000Z');
	});

	it('puts January and February in the winter that began the December before', () => {
		expect(seasonOf('2027-02-28')).toEqual({ year: 2026, season: 'winter' });
		expect(seasonOf('2026-12-01')).toEqual({ year: 2026, season: 'winter' });
		expect(seasonOf('2026-03-01')).toEqual({ year: 2026, season: 'spring' });
		expect(seasonOf('2026-08-31')).toEqual({ year: 2026, season: 'summer' });
		expect(seasonOf('2026-11-30')).toEqual({ year: 2026, season: 'autumn' });
	});

	it('reads the period from the query, this year by default, never a future year', () => {
		const parse = (query: string) => parsePeriod(new URLSearchParams(query), 2026);
		expect(parse('')).toEqual({ year: 2026 });
		expect(parse('annee=2025&saison=ete')).toEqual({ year: 2025, season: 'summer' });
		expect(parse('annee=2031&saison=hiver')).toEqual({ year: 2026, season: 'winter' });
		expect(parse('annee=abc&saison=summer')).toEqual({ year: 2026 });
		expect(previousPeriod({ year: 2026, season: 'autumn' })).toEqual({
			year: 2025,
			season: 'autumn',
		});
		expect(periodKey({ year: 2026, season: 'autumn' })).toBe('2026-autumn');
		expect(periodKey({ year: 2026 })).toBe('2026');
	});

	it('names periods in French', () => {
		expect(periodLabel(t, { year: 2026, season: 'summer' })).toBe('Été 2026');
		expect(periodLabel(t, { year: 2026, season: 'winter' })).toBe('Hiver 2026-2027');
		expect(periodLabel(t, { year: 2026 })).toBe('Année 2026');
	});
});

describe('a season beside the same season last year', () => {
	const now = new Date('2026-12-07T10:00:00Z');
	const submissions = [
		// Summer 2026: six questionnaires at the Collet-de-Dèze, one typed in later with its visit day.
		...[5, 4, 4, 5, 3].map((overall, index) =>
			questionnaire(`2026-07-${10 + index}T10:00:00Z`, overall),
		),
		item({
			kind: 'questionnaire',
			receivedAt: new Date('2026-11-20T10:00:00Z'),
			datedAt: new Date('2026-08-30T10:00:00Z'),
			officeId: 'le-collet-de-deze',
			data: { overall: 5, recommend: 'no', country: 'BE', comment: 'Très bon accueil.' },
		}),
		// Summer 2025: three questionnaires only.
		...[2, 3, 4].map((overall, index) => questionnaire(`2025-07-0${1 + index}T10:00:00Z`, overall)),
		// Spring 2026: not in either summer.
		questionnaire('2026-05-31T21:30:00Z', 1),
	];
	const synthesis = periodSynthesis(
		submissions,
		{ year: 2026, season: 'summer' },
		['le-collet-de-deze', 'vialas'],
		now,
	);

	it('counts by the day of the visit, and takes last year from the same season', () => {
		expect(synthesis.overall.current.questionnaires).toBe(6);
		expect(synthesis.overall.previous.questionnaires).toBe(3);
		expect(synthesis.offices.map((office) => office.officeId)).toEqual(['le-collet-de-deze']);
		expect(synthesis.offices[0]?.previous.questionnaires).toBe(3);
	});

	it('shows a figure from enough answers, hides one from too few with its sample size', () => {
		const overall = figures(t, synthesis.overall).find((row) => row.label.endsWith('générale'));
		expect(overall).toEqual({
			label: 'Note moyenne sur 5 — Votre satisfaction générale',
			value: '4,3',
			shown: true,
			sample: '6 réponses',
			previous: 'trop peu de réponses (n = 3)',
		});
		expect(MIN_SAMPLE).toBe(5);
		const recommend = figures(t, synthesis.overall).find((row) => row.label.startsWith('Recomm'));
		expect(recommend?.value).toMatch(/^83\s%$/);
	});

	it('draws shares on 0–100 % and hides a distribution of too few answers', () => {
		const [countries] = shareCharts(t, labels, synthesis.overall).questionnaire;
		expect(countries?.hidden).toBeUndefined();
		expect(
			countries?.items.map((chartItem) => [chartItem.label, Math.round(chartItem.value)]),
		).toEqual([
			['France', 83],
			['Belgique', 17],
		]);
		// Last year's three answers are too few for a share: no comparison bar.
		expect(countries?.items[0]?.previous).toBeUndefined();
		const lastYear = periodSynthesis(submissions, { year: 2025, season: 'summer' }, [], now);
		const [few] = shareCharts(t, labels, lastYear.overall).questionnaire;
		expect(few?.hidden).toBe('trop peu de réponses (n = 3)');
	});

	it('writes French plurals and the office with its article', () => {
		expect(sampleText(t, 0)).toBe('0 réponse');
		expect(sampleText(t, 1)).toBe('1 réponse');
		expect(sampleText(t, 2)).toBe('2 réponses');
		expect(t('staff.synthesis.office', { name: 'Le Collet-de-Dèze' })).toBe(
			'Bureau du Collet-de-Dèze',
		);
	});
});

describe('answer times count only complaints already due', () => {
	const now = new Date('2026-07-15T10:00:00Z');
	const complaint = (receivedDaysAgo: number, answeredAfterDays?: number) => {
		const receivedAt = new Date(now.getTime() - receivedDaysAgo * DAY);
		return item({
			kind: 'complaint',
			receivedAt,
			dueAt: new Date(receivedAt.getTime() + 3 * DAY),
			answeredAt:
				answeredAfterDays === undefined
					? undefined
					: new Date(receivedAt.getTime() + answeredAfterDays * DAY),
		});
	};

	it('leaves out a complaint answered before its due date while that date is ahead', () => {
		const { complaints } = synthesise(
			[complaint(10, 1), complaint(10, 5), complaint(1, 0.5), complaint(2)],
			now,
		);
		expect(complaints.due).toBe(2);
		expect(complaints.withinDeadline).toBe(1);
		expect(complaints.answered).toBe(2);
		expect(complaints.medianAnswerHours).toBe(72);
		const [median, within] = figures(t, {
			current: synthesise([complaint(10, 1), complaint(10, 5)], now),
			previous: synthesise([], now),
		});
		expect(median?.value).toBe('trop peu de réponses (n = 2)');
		expect(within?.sample).toBe('2 réponses');
		expect(within?.previous).toBe('aucune réponse');
	});
});

describe('comments grouped by subject', () => {
	it('groups remarks, suggestions by topic and complaints by subject, with counts', () => {
		const groups = groupComments([
			item({ kind: 'questionnaire', data: { overall: 4, comment: 'Merci !' } }),
			item({ kind: 'questionnaire', data: { overall: 4 } }),
			item({ kind: 'suggestion', topic: 'website', data: { message: 'Une carte plus grande.' } }),
			item({ kind: 'suggestion', topic: 'office', data: { message: 'Ouvrir le dimanche.' } }),
			item({ kind: 'suggestion', topic: 'office', data: { message: 'Plus de <b>vélos</b>.' } }),
			item({
				kind: 'complaint',
				topic: 'provider',
				data: { description: 'Chambre froide.', expectation: 'Un geste.' },
			}),
			item({ kind: 'brochureRequest', data: { message: 'ignored' } }),
		]);
		expect(
			groups.map((group) => [group.kind, group.topic, group.count, group.comments.length]),
		).toEqual([
			['questionnaire', undefined, 1, 1],
			['suggestion', 'office', 2, 2],
			['suggestion', 'website', 1, 1],
			['complaint', 'provider', 1, 1],
		]);
		expect(groups[1]?.comments.map((comment) => comment.text)).toContain('Plus de <b>vélos</b>.');
		expect(groups[3]?.comments[0]?.text).toBe('Chambre froide. — Un geste.');
	});
});

describe('the notes form', () => {
	const form = (values: Record<string, string>) => {
		const data = new FormData();
		for (const [name, value] of Object.entries(values)) data.set(name, value);
		return data;
	};
	it('keeps both texts (either may be empty) and refuses a text too long', () => {
		expect(parseNotes(form({ improvements: ' Signalétique \r\n', actions: '' }))).toEqual({
			ok: true,
			fields: { improvements: 'Signalétique', actions: '' },
		});
		expect(parseNotes(form({ improvements: 'x'.repeat(10_001) })).ok).toBe(false);
	});
});

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`synthesis notes — ${suiteName(kind)}`, () => {
		let store: TestStore;
		let repository: FeedbackRepository;
		beforeAll(async () => {
			store = kind.create();
			repository = await store.open();
		});
		afterAll(() => store.cleanup());

		it('keeps each period its own notes, with who wrote them last and when', async () => {
			const notes = new SynthesisNotesStore((repository as SqlRepository).driver);
			expect(await notes.find('2026-summer')).toBeUndefined();
			const first = new Date('2026-09-10T08:00:00Z');
			await notes.save(
				'2026-summer',
				{ improvements: 'Panneaux', actions: '' },
				'a@example.org',
				first,
			);
			const second = new Date('2026-09-12T08:00:00Z');
			await notes.save(
				'2026-summer',
				{ improvements: 'Panneaux aux carrefours', actions: 'Commander 4 panneaux' },
				'b@example.org',
				second,
			);
			await notes.save('2026', { improvements: 'Année', actions: 'Bilan' }, 'a@example.org', first);
			expect(await notes.find('2026-summer')).toEqual({
				improvements: 'Panneaux aux carrefours',
				actions: 'Commander 4 panneaux',
				updatedAt: second,
				updatedBy: 'b@example.org',
			});
			expect((await notes.find('2026'))?.actions).toBe('Bilan');
		});
	});
}
