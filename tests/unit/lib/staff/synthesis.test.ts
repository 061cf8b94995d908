/**
 * The annual synthesis for a seeded year of submissions on both stores, against figures computed
 * here independently (plain loops; the year read with Intl in Europe/Paris): questionnaires, each
 * rating's mean and distribution, would-recommend share, countries, départements, groups,
 * complaints and suggestions by topic and status, median time to answer, share within deadline —
 * overall and for one office. Also the chart geometry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATING_QUESTIONS } from '../../../../src/lib/feedback/choices';
import type {
	FeedbackRepository,
	NewSubmission,
	Submission,
} from '../../../../src/lib/feedback/repository';
import { barChart, CHART } from '../../../../src/lib/staff/charts';
import { allSubmissions } from '../../../../src/lib/staff/load';
import { periodBounds } from '../../../../src/lib/staff/periods';
import {
	median,
	periodSynthesis,
	synthesise,
	type PeriodSynthesis,
	type Synthesis,
} from '../../../../src/lib/staff/synthesis';
import { STORE_KINDS, suiteName, type TestStore } from '../../../tools/feedback-stores';
import { seed } from './seed';

const YEAR = 2025;
const OFFICES = ['vialas', 'florac', 'le-pont-de-montvert'];
const HOUR = 3_600_000;

/** A small deterministic random generator (mulberry32). */
function random(seedValue: number) {
	let state = seedValue;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Planned {
	submission: Omit<NewSubmission, 'reference' | 'idempotencyKey' | 'locale'>;
	status?: 'forwarded' | 'answered' | 'closed';
	answeredAfterHours?: number;
}

/** A year of submissions, plus some just outside it (Paris New Year, the year before). */
function plan(): Planned[] {
	const next = random(2025);
	const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
	const start = Date.parse('2024-12-20T00:00:00Z');
	const span = Date.parse('2026-01-10T00:00:00Z') - start;
	const when = () => new Date(start + Math.floor(next() * span));
	const planned: Planned[] = [];
	// Around the Paris New Year: 23:30 UTC on 31 December is already the next year in Paris.
	const edges = [
		new Date('2024-12-31T23:30:00Z'),
		new Date('2025-12-31T23:30:00Z'),
		new Date('2024-12-31T22:30:00Z'),
	];
	for (let index = 0; index < 140; index++) {
		const data: Record<string, unknown> = {
			overall: 1 + Math.floor(next() * 5),
			heardFrom: pick(['guidebook', 'returning', 'search-engine']),
		};
		for (const question of RATING_QUESTIONS)
			if (question !== 'overall' && next() < 0.7) data[question] = 1 + Math.floor(next() * 5);
		data['recommend'] = next() < 0.8 ? 'yes' : 'no';
		data['country'] = pick(['FR', 'FR', 'FR', 'BE', 'NL', 'DE']);
		if (data['country'] === 'FR') data['departement'] = pick(['30', '34', '48', '69', '2A']);
		data['groupType'] = pick(['alone', 'couple', 'family', 'friends']);
		if (next() < 0.6) data['groupSize'] = 1 + Math.floor(next() * 6);
		const officeId = pick(OFFICES);
		planned.push({
			submission: { kind: 'questionnaire', receivedAt: edges[index] ?? when(), officeId, data },
		});
	}
	for (let index = 0; index < 36; index++) {
		const receivedAt = edges[index % 3] && index < 3 ? (edges[index] as Date) : when();
		const topic = pick(['office', 'provider', 'event', 'other']);
		const status = pick([undefined, 'forwarded', 'answered', 'answered', 'closed'] as const);
		planned.push({
			submission: {
				kind: 'complaint',
				receivedAt,
				dueAt: new Date(receivedAt.getTime() + 72 * HOUR),
				topic,
				officeId: topic === 'office' ? pick(OFFICES) : undefined,
				data: { description: 'Une réclamation de test assez longue.' },
			},
			...(status ? { status } : {}),
			...(status === 'answered' || (status === 'closed' && next() < 0.5)
				? { answeredAfterHours: 1 + Math.floor(next() * 140) }
				: {}),
		});
	}
	for (let index = 0; index < 24; index++)
		planned.push({
			submission: {
				kind: 'suggestion',
				receivedAt: when(),
				topic: pick(['website', 'territory', 'office']),
				data: { message: 'Une idée.' },
			},
			...(next() < 0.5 ? { status: pick(['forwarded', 'closed'] as const) } : {}),
		});
	return planned;
}

const parisYear = (date: Date) =>
	Number(
		new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' }).format(date),
	);

/** The expected figures, from the plan alone. */
function expected(planned: Planned[], officeId?: string) {
	const items = planned.filter(
		(item) =>
			parisYear(item.submission.receivedAt) === YEAR &&
			(!officeId || item.submission.officeId === officeId),
	);
	const questionnaires = items
		.filter((item) => item.submission.kind === 'questionnaire')
		.map((item) => item.submission.data);
	const ratings = RATING_QUESTIONS.map((question) => {
		const values = questionnaires
			.map((data) => data[question])
			.filter((value): value is number => typeof value === 'number');
		const distribution = [1, 2, 3, 4, 5].map(
			(score) => values.filter((value) => value === score).length,
		);
		return {
			question,
			count: values.length,
			mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined,
			distribution,
		};
	});
	const count = (values: unknown[]) => {
		const counts: Record<string, number> = {};
		for (const value of values)
			if (typeof value === 'string') counts[value] = (counts[value] ?? 0) + 1;
		return counts;
	};
	const yes = questionnaires.filter((data) => data['recommend'] === 'yes').length;
	const sizes = questionnaires
		.map((data) => data['groupSize'])
		.filter((value): value is number => typeof value === 'number');
	const complaints = items.filter((item) => item.submission.kind === 'complaint');
	const finalStatus = (item: Planned) => item.status ?? 'new';
	const hours = complaints.flatMap((item) =>
		item.answeredAfterHours === undefined ? [] : [item.answeredAfterHours],
	);
	const sorted = [...hours].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	const suggestions = items.filter((item) => item.submission.kind === 'suggestion');
	return {
		questionnaires: questionnaires.length,
		ratings,
		yes,
		no: questionnaires.length - yes,
		countries: count(questionnaires.map((data) => data['country'])),
		departements: count(
			questionnaires.map((data) => (data['country'] === 'FR' ? data['departement'] : undefined)),
		),
		groups: count(questionnaires.map((data) => data['groupType'])),
		groupSizeMean: sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length : undefined,
		complaints: complaints.length,
		complaintTopics: count(complaints.map((item) => item.submission.topic)),
		complaintStatuses: count(complaints.map(finalStatus)),
		medianHours:
			sorted.length === 0
				? undefined
				: sorted.length % 2
					? sorted[Math.floor(middle)]
					: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2,
		withinDeadline: hours.filter((value) => value <= 72).length,
		suggestions: suggestions.length,
		suggestionStatuses: count(suggestions.map(finalStatus)),
	};
}

const asRecord = (counts: { value: string; count: number }[]) =>
	Object.fromEntries(
		counts.filter((item) => item.count > 0).map((item) => [item.value, item.count]),
	);

function check(actual: Synthesis, wanted: ReturnType<typeof expected>) {
	expect(actual.questionnaires).toBe(wanted.questionnaires);
	for (const rating of wanted.ratings) {
		const got = actual.ratings.find((item) => item.question === rating.question);
		expect(got?.count, rating.question).toBe(rating.count);
		expect(got?.distribution, rating.question).toEqual(rating.distribution);
		if (rating.mean === undefined) expect(got?.mean).toBeUndefined();
		else expect(got?.mean).toBeCloseTo(rating.mean, 10);
	}
	expect(actual.recommend.yes).toBe(wanted.yes);
	expect(actual.recommend.no).toBe(wanted.no);
	expect(actual.recommend.share).toBeCloseTo(wanted.yes / (wanted.yes + wanted.no), 10);
	expect(asRecord(actual.countries)).toEqual(wanted.countries);
	expect(asRecord(actual.departements)).toEqual(wanted.departements);
	expect(asRecord(actual.groups)).toEqual(wanted.groups);
	if (wanted.groupSizeMean !== undefined)
		expect(actual.groupSize.mean).toBeCloseTo(wanted.groupSizeMean, 10);
	expect(actual.complaints.total).toBe(wanted.complaints);
	expect(asRecord(actual.complaints.byTopic)).toEqual(wanted.complaintTopics);
	expect(asRecord(actual.complaints.byStatus)).toEqual(wanted.complaintStatuses);
	expect(actual.complaints.medianAnswerHours).toBe(wanted.medianHours);
	expect(actual.complaints.withinDeadline).toBe(wanted.withinDeadline);
	if (wanted.complaints)
		expect(actual.complaints.withinDeadlineShare).toBeCloseTo(
			wanted.withinDeadline / wanted.complaints,
			10,
		);
	expect(actual.suggestions.total).toBe(wanted.suggestions);
	expect(asRecord(actual.suggestions.byStatus)).toEqual(wanted.suggestionStatuses);
}

describe('synthesis helpers', () => {
	it('median and bar geometry', () => {
		expect(median([])).toBeUndefined();
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		const chart = barChart([
			{ label: 'Vialas', value: 10 },
			{ label: 'Un libellé vraiment beaucoup trop long pour tenir', value: 5, display: '5 (33 %)' },
		]);
		const area = CHART.width - CHART.valueWidth;
		expect(chart.bars.map((bar) => bar.width)).toEqual([area, area / 2]);
		expect(chart.bars[1]?.label.endsWith('…')).toBe(true);
		expect(chart.summary).toContain('Un libellé vraiment beaucoup trop long pour tenir : 5 (33 %)');
		expect(chart.height).toBe(2 * CHART.rowHeight);
		// A fixed scale: a share of 50 % is half the width whatever the other bars.
		expect(barChart([{ label: 'a', value: 50 }], 100).bars[0]?.width).toBe(area / 2);
		const compared = barChart(
			[{ label: 'a', value: 40, previous: 80, previousDisplay: '80 %' }],
			100,
		);
		expect(compared.bars[0]?.previous).toEqual({ width: (area * 80) / 100, display: '80 %' });
		expect(compared.rowHeight).toBe(CHART.rowHeight + CHART.previousRow);
		expect(barChart([{ label: 'a', value: 2.5 }], 5).bars[0]?.width).toBe(area / 2);
	});
});

for (const kind of STORE_KINDS) {
	describe.skipIf(kind.skip)(`annual synthesis — ${suiteName(kind)}`, () => {
		let stores: TestStore;
		let repository: FeedbackRepository;
		const planned = plan();
		let synthesis: PeriodSynthesis;

		beforeAll(async () => {
			stores = kind.create();
			repository = await stores.open();
			for (const item of planned) {
				const stored = await seed(repository, item.submission);
				const at = (hours: number) => new Date(item.submission.receivedAt.getTime() + hours * HOUR);
				if (item.status === 'forwarded' || item.answeredAfterHours !== undefined)
					await repository.changeStatus(stored.reference, {
						status: 'forwarded',
						actor: 'a@example.org',
						at: at(0.5),
						forwardedTo: 'Bureau',
					});
				if (item.answeredAfterHours !== undefined)
					await repository.changeStatus(stored.reference, {
						status: 'answered',
						actor: 'a@example.org',
						at: at(item.answeredAfterHours),
						answer: 'Réponse',
					});
				if (item.status === 'closed')
					await repository.changeStatus(stored.reference, {
						status: 'closed',
						actor: 'a@example.org',
						at: at(200),
					});
			}
			const { from, before } = periodBounds({ year: YEAR });
			synthesis = periodSynthesis(
				await allSubmissions(repository, { receivedFrom: from, receivedBefore: before }),
				{ year: YEAR },
				OFFICES,
			);
		}, 60_000);
		afterAll(() => stores.cleanup());

		it('has the right figures overall', () => {
			const wanted = expected(planned);
			expect(wanted.questionnaires).toBeGreaterThan(100);
			expect(wanted.complaints).toBeGreaterThan(20);
			check(synthesis.overall.current, wanted);
		});

		it('counts the Paris New Year on the right side', () => {
			// 31 Dec 2024 23:30 UTC (Paris: 1 Jan 2025) is in; 31 Dec 2025 23:30 UTC is not.
			expect(parisYear(new Date('2024-12-31T23:30:00Z'))).toBe(2025);
			expect(synthesis.overall.current.questionnaires).toBe(expected(planned).questionnaires);
		});

		it('has the right figures for each office', () => {
			expect(synthesis.offices.map((office) => office.officeId)).toEqual(OFFICES);
			for (const office of synthesis.offices)
				check(office.current, expected(planned, office.officeId));
		});
	});
}

describe('answer time of complaints', () => {
	const day = 24 * HOUR;
	const now = new Date('2026-07-15T10:00:00Z');
	const complaint = (receivedDaysAgo: number, answeredAfterDays?: number): Submission => {
		const receivedAt = new Date(now.getTime() - receivedDaysAgo * day);
		return {
			kind: 'complaint',
			status: answeredAfterDays === undefined ? 'new' : 'answered',
			receivedAt,
			dueAt: new Date(receivedAt.getTime() + 3 * day),
			answeredAt:
				answeredAfterDays === undefined
					? undefined
					: new Date(receivedAt.getTime() + answeredAfterDays * day),
			data: {},
		} as unknown as Submission;
	};

	it('counts as late only the complaints already due, never those whose due date is ahead', () => {
		const { complaints } = synthesise(
			[
				complaint(10, 1), // answered on time
				complaint(10, 5), // answered late
				complaint(10), // due a week ago, unanswered: late
				complaint(1), // due in two days: neither on time nor late yet
			],
			now,
		);
		expect(complaints.total).toBe(4);
		expect(complaints.due).toBe(3);
		expect(complaints.withinDeadline).toBe(1);
		expect(complaints.withinDeadlineShare).toBeCloseTo(1 / 3);
	});

	it('gives no share while no complaint is due yet', () => {
		expect(synthesise([complaint(1)], now).complaints.withinDeadlineShare).toBeUndefined();
	});
});
