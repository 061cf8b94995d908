/**
 * The annual synthesis for the destination quality group: for one year (Paris time) of
 * submissions, per office and overall — questionnaires, each rating's mean and distribution, the
 * share who would recommend the destination, where visitors come from (countries, French
 * départements), who they travel with, how they heard of the destination; complaints and
 * suggestions by topic and status, the median time to answer a complaint and the share answered
 * by its due date.
 */
import {
	GROUP_TYPES,
	HEARD_FROM,
	RATING_QUESTIONS,
	type RatingQuestion,
} from '../feedback/choices.ts';
import { SUBMISSION_STATUSES, type Submission } from '../feedback/repository.ts';
import { parisDate, parisDayStart } from './filters.ts';

export interface Count<T extends string = string> {
	value: T;
	count: number;
}

export interface RatingStats {
	question: RatingQuestion;
	/** Answers given (blank ones, "no opinion", are not counted). */
	count: number;
	mean: number | undefined;
	/** Answers 1 to 5, at index 0 to 4. */
	distribution: [number, number, number, number, number];
}

export interface KindStats {
	total: number;
	byTopic: Count[];
	byStatus: Count[];
}

export interface Synthesis {
	questionnaires: number;
	ratings: RatingStats[];
	recommend: { yes: number; no: number; share: number | undefined };
	countries: Count[];
	departements: Count[];
	groups: Count[];
	groupSize: { count: number; mean: number | undefined };
	heardFrom: Count[];
	complaints: KindStats & {
		answered: number;
		/** Median time from receipt to answer, in hours, of the complaints answered. */
		medianAnswerHours: number | undefined;
		/** Complaints answered by their due date. */
		withinDeadline: number;
		/** Complaints already due (their due date passed) or answered: those a deadline applies to. */
		due: number;
		/** withinDeadline / due: a complaint whose due date is still ahead is not late. */
		withinDeadlineShare: number | undefined;
	};
	suggestions: KindStats;
}

export interface AnnualSynthesis {
	year: number;
	overall: Synthesis;
	/** The offices with at least one submission that names them, in the order given. */
	offices: { officeId: string; synthesis: Synthesis }[];
}

/** The instants a Paris year starts and ends (the next one's start). */
export function yearBounds(year: number): { from: Date; before: Date } {
	return { from: parisDayStart(`${year}-01-01`), before: parisDayStart(`${year + 1}-01-01`) };
}

/**
 * Whether an item counts in a year: by the day it tells of (the visit or the review, for what
 * staff typed in), else the day it was received — a summer questionnaire typed in January counts
 * in that summer.
 */
export const inYear = (submission: Pick<Submission, 'receivedAt' | 'datedAt'>, year: number) =>
	parisDate(submission.datedAt ?? submission.receivedAt).startsWith(`${year}-`);

/** Counts of each value, most frequent first (ties by value), or in `order` when given. */
function tally(values: (string | undefined)[], order?: readonly string[]): Count[] {
	const counts = new Map<string, number>();
	for (const value of values)
		if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
	if (order) return order.map((value) => ({ value, count: counts.get(value) ?? 0 }));
	return [...counts]
		.map(([value, count]) => ({ value, count }))
		.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] ?? 0)
		: ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const mean = (values: readonly number[]) =>
	values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const num = (value: unknown) =>
	typeof value === 'number' && Number.isFinite(value)
		? value
		: typeof value === 'string' && /^\d+$/.test(value)
			? Number(value)
			: undefined;

function kindStats(submissions: readonly Submission[]): KindStats {
	return {
		total: submissions.length,
		byTopic: tally(submissions.map((submission) => submission.topic)),
		byStatus: tally(
			submissions.map((submission) => submission.status),
			SUBMISSION_STATUSES,
		),
	};
}

/**
 * The synthesis of a set of submissions (already limited to a year and, or not, an office), as of
 * `now` (complaints not yet due count neither as on time nor as late).
 */
export function synthesise(submissions: readonly Submission[], now = new Date()): Synthesis {
	const questionnaires = submissions.filter((submission) => submission.kind === 'questionnaire');
	const answers = questionnaires.map((submission) => submission.data);
	const ratings = RATING_QUESTIONS.map((question): RatingStats => {
		const values = answers
			.map((data) => num(data[question]))
			.filter((value): value is number => value !== undefined && value >= 1 && value <= 5);
		const distribution: RatingStats['distribution'] = [0, 0, 0, 0, 0];
		for (const value of values) distribution[value - 1] = (distribution[value - 1] ?? 0) + 1;
		return { question, count: values.length, mean: mean(values), distribution };
	});
	const yes = answers.filter((data) => data['recommend'] === 'yes').length;
	const no = answers.filter((data) => data['recommend'] === 'no').length;
	const sizes = answers
		.map((data) => num(data['groupSize']))
		.filter((value): value is number => value !== undefined);

	const complaints = submissions.filter((submission) => submission.kind === 'complaint');
	const answerHours = complaints.flatMap((complaint) =>
		complaint.answeredAt
			? [(complaint.answeredAt.getTime() - complaint.receivedAt.getTime()) / 3_600_000]
			: [],
	);
	const withinDeadline = complaints.filter(
		(complaint) =>
			complaint.answeredAt !== undefined &&
			complaint.dueAt !== undefined &&
			complaint.answeredAt <= complaint.dueAt,
	).length;
	const due = complaints.filter(
		(complaint) =>
			complaint.answeredAt !== undefined ||
			(complaint.dueAt !== undefined && complaint.dueAt <= now),
	).length;

	return {
		questionnaires: questionnaires.length,
		ratings,
		recommend: { yes, no, share: yes + no ? yes / (yes + no) : undefined },
		countries: tally(answers.map((data) => str(data['country']))),
		departements: tally(
			answers.map((data) => (data['country'] === 'FR' ? str(data['departement']) : undefined)),
		),
		groups: tally(
			answers.map((data) => str(data['groupType'])),
			GROUP_TYPES,
		),
		groupSize: { count: sizes.length, mean: mean(sizes) },
		heardFrom: tally(
			answers.map((data) => str(data['heardFrom'])),
			HEARD_FROM,
		).filter((item) => item.count > 0),
		complaints: {
			...kindStats(complaints),
			answered: answerHours.length,
			medianAnswerHours: median(answerHours),
			withinDeadline,
			due,
			withinDeadlineShare: due ? withinDeadline / due : undefined,
		},
		suggestions: kindStats(submissions.filter((submission) => submission.kind === 'suggestion')),
	};
}

/** The year's synthesis, overall and for each of `offices` that some submission names. */
export function annualSynthesis(
	submissions: readonly Submission[],
	year: number,
	offices: readonly string[],
	now = new Date(),
): AnnualSynthesis {
	const ofYear = submissions.filter((submission) => inYear(submission, year));
	return {
		year,
		overall: synthesise(ofYear, now),
		offices: offices.flatMap((officeId) => {
			const ofOffice = ofYear.filter((submission) => submission.officeId === officeId);
			return ofOffice.length ? [{ officeId, synthesis: synthesise(ofOffice, now) }] : [];
		}),
	};
}
