/**
 * The synthesis for the destination quality group: for one period (a year or a season, Paris
 * time: ./periods.ts) of submissions, per office and overall, beside the same period a year
 * earlier — questionnaires, each rating's mean and distribution, the share who would recommend
 * the destination, where visitors come from (countries, French départements), who they travel
 * with, how they heard of the destination; complaints and suggestions by topic and status, the
 * median time to answer a complaint and the share answered by its due date (of the complaints
 * already due); the visitors' own words grouped by subject. A figure drawn from fewer than
 * `MIN_SAMPLE` answers is not shown (`shown()`): its sample size is.
 */
import {
	GROUP_TYPES,
	HEARD_FROM,
	RATING_QUESTIONS,
	type RatingQuestion,
} from '../feedback/choices.ts';
import { SUBMISSION_STATUSES, type Submission } from '../feedback/repository.ts';
import { messageExtract } from './labels.ts';
import { periodBounds, previousPeriod, type Period } from './periods.ts';

/** Fewer answers than this, and a mean or a share says nothing: it is hidden, its count shown. */
export const MIN_SAMPLE = 5;

/** Whether a figure drawn from `count` answers is shown. */
export const shown = (count: number) => count >= MIN_SAMPLE;

/** The longest extract of a visitor's comment the synthesis quotes. */
export const COMMENT_LENGTH = 280;

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

/** Visitors' comments on one subject: questionnaire remarks, or a kind's topic. */
export interface CommentGroup {
	kind: 'questionnaire' | 'suggestion' | 'complaint';
	/** The suggestion's topic or the complaint's subject; none for questionnaire remarks. */
	topic?: string | undefined;
	count: number;
	comments: { reference: string; text: string }[];
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
		/** Median time from receipt to answer, in hours, of the due complaints answered. */
		medianAnswerHours: number | undefined;
		/** Due complaints answered by their due date. */
		withinDeadline: number;
		/**
		 * Complaints already due (their due date passed): the only ones the answer-time figures
		 * count — one whose due date is still ahead is neither on time nor late.
		 */
		due: number;
		/** withinDeadline / due. */
		withinDeadlineShare: number | undefined;
	};
	suggestions: KindStats;
	comments: CommentGroup[];
}

/** A synthesis and the same one a year earlier. */
export interface Compared {
	current: Synthesis;
	previous: Synthesis;
}

export interface PeriodSynthesis {
	period: Period;
	overall: Compared;
	/** The offices with at least one submission that names them this period, in the order given. */
	offices: (Compared & { officeId: string })[];
}

/**
 * Whether an item counts in a period: by the day it tells of (the visit or the review, for what
 * staff typed in), else the day it was received — a summer questionnaire typed in January counts
 * in that summer.
 */
export function inPeriod(
	submission: Pick<Submission, 'receivedAt' | 'datedAt'>,
	bounds: { from: Date; before: Date },
): boolean {
	const at = submission.datedAt ?? submission.receivedAt;
	return at >= bounds.from && at < bounds.before;
}

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

const COMMENT_KINDS = ['questionnaire', 'suggestion', 'complaint'] as const;

/**
 * The visitors' words, grouped by kind (questionnaire remarks, suggestions, complaints) then by
 * topic, the largest group of a kind first; each comment an extract with its reference.
 */
export function groupComments(submissions: readonly Submission[]): CommentGroup[] {
	const groups = new Map<string, CommentGroup>();
	for (const submission of submissions) {
		const kind = COMMENT_KINDS.find((name) => name === submission.kind);
		if (!kind) continue;
		const text = messageExtract(submission, COMMENT_LENGTH);
		if (!text) continue;
		const topic = kind === 'questionnaire' ? undefined : submission.topic;
		const key = `${kind} ${topic ?? ''}`;
		let group = groups.get(key);
		if (!group) groups.set(key, (group = { kind, topic, count: 0, comments: [] }));
		group.count++;
		group.comments.push({ reference: submission.reference, text });
	}
	return [...groups.values()].sort(
		(a, b) =>
			COMMENT_KINDS.indexOf(a.kind) - COMMENT_KINDS.indexOf(b.kind) ||
			b.count - a.count ||
			(a.topic ?? '').localeCompare(b.topic ?? ''),
	);
}

/**
 * The synthesis of a set of submissions (already limited to a period and, or not, an office), as
 * of `now` (complaints not yet due count neither as on time nor as late).
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
	const due = complaints.filter(
		(complaint) => complaint.dueAt !== undefined && complaint.dueAt <= now,
	);
	const answerHours = due.flatMap((complaint) =>
		complaint.answeredAt
			? [(complaint.answeredAt.getTime() - complaint.receivedAt.getTime()) / 3_600_000]
			: [],
	);
	const withinDeadline = due.filter(
		(complaint) =>
			complaint.answeredAt !== undefined &&
			complaint.dueAt !== undefined &&
			complaint.answeredAt <= complaint.dueAt,
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
			due: due.length,
			withinDeadlineShare: due.length ? withinDeadline / due.length : undefined,
		},
		suggestions: kindStats(submissions.filter((submission) => submission.kind === 'suggestion')),
		comments: groupComments(submissions),
	};
}

/**
 * A period's synthesis, overall and for each of `offices` that some submission of the period
 * names, each beside the same period a year earlier. `submissions` may hold more than both
 * periods: each is taken by the day its items tell of.
 */
export function periodSynthesis(
	submissions: readonly Submission[],
	period: Period,
	offices: readonly string[],
	now = new Date(),
): PeriodSynthesis {
	const current = submissions.filter((item) => inPeriod(item, periodBounds(period)));
	const previous = submissions.filter((item) =>
		inPeriod(item, periodBounds(previousPeriod(period))),
	);
	const ofOffice = (items: readonly Submission[], officeId: string) =>
		items.filter((item) => item.officeId === officeId);
	return {
		period,
		overall: { current: synthesise(current, now), previous: synthesise(previous, now) },
		offices: offices.flatMap((officeId) => {
			const mine = ofOffice(current, officeId);
			return mine.length
				? [
						{
							officeId,
							current: synthesise(mine, now),
							previous: synthesise(ofOffice(previous, officeId), now),
						},
					]
				: [];
		}),
	};
}
